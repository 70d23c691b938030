//! asyncgen: `#[async_generator]` with `yield_!`, `yield_from!` and `#[for_await]`.

use asyncgen::async_generator;
use futures::Stream;

use crate::{Big, PendingOnce, big};

/// Workload A.
#[async_generator]
pub async fn a(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
}

/// Workload B.
#[async_generator]
pub async fn b(n: u64) -> u64 {
    for i in 0..n {
        yield_!(core::future::ready(i).await);
    }
}

/// Workload C.
#[async_generator]
pub async fn c(n: u64) -> u64 {
    for i in 0..n {
        PendingOnce::new().await;
        yield_!(i);
    }
}

#[async_generator]
async fn link_yield_from<S: Stream<Item = u64>>(inner: S) -> u64 {
    yield_from!(inner);
}

#[async_generator]
async fn link_for_await<S: Stream<Item = u64>>(inner: S) -> u64 {
    #[for_await]
    for x in inner {
        yield_!(x);
    }
}

/// Workload D, links written `yield_from!(inner)`.
pub fn d(n: u64) -> impl Stream<Item = u64> {
    link_yield_from(link_yield_from(link_yield_from(crate::d_source(n))))
}

/// Workload D3: workload D's three links over this implementation's own workload A
/// (a generator), not the hand-written counter.
pub fn d_over_a(n: u64) -> impl Stream<Item = u64> {
    link_yield_from(link_yield_from(link_yield_from(a(n))))
}

/// Workload D, links written `#[for_await] for x in inner { yield_!(x) }`.
pub fn d_for_await(n: u64) -> impl Stream<Item = u64> {
    link_for_await(link_for_await(link_for_await(crate::d_source(n))))
}

/// Workload E.
#[async_generator]
pub async fn e(n: u64) -> Big {
    for i in 0..n {
        yield_!(big(i));
    }
}
