//! `async-stream` 0.3: `stream!` with `yield` (thread-local slot).

use futures::{Stream, StreamExt};

use crate::{Big, PendingOnce, big};

/// Workload A.
pub fn a(n: u64) -> impl Stream<Item = u64> {
    async_stream::stream! {
        for i in 0..n {
            yield i;
        }
    }
}

/// Workload B.
pub fn b(n: u64) -> impl Stream<Item = u64> {
    async_stream::stream! {
        for i in 0..n {
            yield core::future::ready(i).await;
        }
    }
}

/// Workload C.
pub fn c(n: u64) -> impl Stream<Item = u64> {
    async_stream::stream! {
        for i in 0..n {
            PendingOnce::new().await;
            yield i;
        }
    }
}

fn link_while_let<S: Stream<Item = u64>>(inner: S) -> impl Stream<Item = u64> {
    async_stream::stream! {
        let mut inner = core::pin::pin!(inner);
        while let Some(x) = inner.next().await {
            yield x;
        }
    }
}

fn link_for_await<S: Stream<Item = u64>>(inner: S) -> impl Stream<Item = u64> {
    async_stream::stream! {
        for await x in inner {
            yield x;
        }
    }
}

/// Workload D, links written `while let Some(x) = s.next().await { yield x }`.
pub fn d(n: u64) -> impl Stream<Item = u64> {
    link_while_let(link_while_let(link_while_let(crate::d_source(n))))
}

/// Workload D3: workload D's three links over this implementation's own workload A.
pub fn d_over_a(n: u64) -> impl Stream<Item = u64> {
    link_while_let(link_while_let(link_while_let(a(n))))
}

/// Workload D, links written `for await x in s { yield x }`.
pub fn d_for_await(n: u64) -> impl Stream<Item = u64> {
    link_for_await(link_for_await(link_for_await(crate::d_source(n))))
}

/// Workload E.
pub fn e(n: u64) -> impl Stream<Item = Big> {
    async_stream::stream! {
        for i in 0..n {
            yield big(i);
        }
    }
}
