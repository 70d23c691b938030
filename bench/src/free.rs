//! asyncgen without macros: `asyncgen::generator` over an async closure that yields
//! through its `Yielder`, the form the `#[async_generator]` attribute expands to.
//! BENCHMARKS.md compares it with [`crate::ours`] to show the two cost the same.

use asyncgen::{Yielder, generator};
use futures::{Stream, StreamExt};

use crate::{Big, PendingOnce, big};

/// Workload A.
pub fn a(n: u64) -> impl Stream<Item = u64> {
    generator(async move |mut y: Yielder<'_, u64>| {
        for i in 0..n {
            y.yield_(i).await;
        }
    })
}

/// Workload B. The awaited value is bound first, as the attribute's expansion does:
/// in `y.yield_(ready(i).await)` the `&mut y` borrow is taken before the argument is
/// evaluated, so it lives across that await, in the body's state (BENCHMARKS.md:
/// 2 instructions and 8 bytes more).
pub fn b(n: u64) -> impl Stream<Item = u64> {
    generator(async move |mut y: Yielder<'_, u64>| {
        for i in 0..n {
            let v = core::future::ready(i).await;
            y.yield_(v).await;
        }
    })
}

/// Workload C.
pub fn c(n: u64) -> impl Stream<Item = u64> {
    generator(async move |mut y: Yielder<'_, u64>| {
        for i in 0..n {
            PendingOnce::new().await;
            y.yield_(i).await;
        }
    })
}

fn link_yield_from<S: Stream<Item = u64>>(inner: S) -> impl Stream<Item = u64> {
    generator(async move |mut y: Yielder<'_, u64>| {
        y.yield_from(inner).await;
    })
}

fn link_while_let<S: Stream<Item = u64>>(inner: S) -> impl Stream<Item = u64> {
    generator(async move |mut y: Yielder<'_, u64>| {
        let mut inner = core::pin::pin!(inner);
        while let Some(x) = inner.next().await {
            y.yield_(x).await;
        }
    })
}

/// Workload D, links written `y.yield_from(inner).await`.
pub fn d(n: u64) -> impl Stream<Item = u64> {
    link_yield_from(link_yield_from(link_yield_from(crate::d_source(n))))
}

/// Workload D, links written `while let Some(x) = inner.next().await { y.yield_(x).await }`
/// (what the attribute's `#[for_await]` loop would be without its delegation rewrite).
pub fn d_while_let(n: u64) -> impl Stream<Item = u64> {
    link_while_let(link_while_let(link_while_let(crate::d_source(n))))
}

/// Workload E.
pub fn e(n: u64) -> impl Stream<Item = Big> {
    generator(async move |mut y: Yielder<'_, Big>| {
        for i in 0..n {
            y.yield_(big(i)).await;
        }
    })
}
