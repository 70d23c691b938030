//! `futures::stream::unfold`: state threaded through one future per item.

use core::pin::Pin;

use futures::stream::{self, Stream, StreamExt};

use crate::{Big, PendingOnce, big};

/// Workload A.
pub fn a(n: u64) -> impl Stream<Item = u64> {
    stream::unfold(0u64, move |i| async move { (i < n).then_some((i, i + 1)) })
}

/// Workload B.
pub fn b(n: u64) -> impl Stream<Item = u64> {
    stream::unfold(0u64, move |i| async move {
        if i < n {
            let v = core::future::ready(i).await;
            Some((v, i + 1))
        } else {
            None
        }
    })
}

/// Workload C.
pub fn c(n: u64) -> impl Stream<Item = u64> {
    stream::unfold(0u64, move |i| async move {
        if i < n {
            PendingOnce::new().await;
            Some((i, i + 1))
        } else {
            None
        }
    })
}

/// One link of D: `unfold` needs the inner stream by value in each step's future, so
/// a `!Unpin` inner stream is boxed (one allocation per link per stream).
fn link<S: Stream<Item = u64>>(inner: S) -> impl Stream<Item = u64> {
    let inner: Pin<Box<S>> = Box::pin(inner);
    stream::unfold(inner, |mut s| async move {
        let x = s.next().await?;
        Some((x, s))
    })
}

/// Workload D.
pub fn d(n: u64) -> impl Stream<Item = u64> {
    link(link(link(crate::d_source(n))))
}

/// Workload E.
pub fn e(n: u64) -> impl Stream<Item = Big> {
    stream::unfold(0u64, move |i| async move { (i < n).then(|| (big(i), i + 1)) })
}
