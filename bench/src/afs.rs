//! `async-fn-stream`: an emitter handle sharing an `Arc`'d queue with the stream.

use async_fn_stream::fn_stream;
use futures::{Stream, StreamExt};

use crate::{Big, PendingOnce, big};

/// Workload A.
pub fn a(n: u64) -> impl Stream<Item = u64> {
    fn_stream(move |em| async move {
        for i in 0..n {
            em.emit(i).await;
        }
    })
}

/// Workload B.
pub fn b(n: u64) -> impl Stream<Item = u64> {
    fn_stream(move |em| async move {
        for i in 0..n {
            em.emit(core::future::ready(i).await).await;
        }
    })
}

/// Workload C.
pub fn c(n: u64) -> impl Stream<Item = u64> {
    fn_stream(move |em| async move {
        for i in 0..n {
            PendingOnce::new().await;
            em.emit(i).await;
        }
    })
}

fn link<S: Stream<Item = u64>>(inner: S) -> impl Stream<Item = u64> {
    fn_stream(move |em| async move {
        let mut inner = core::pin::pin!(inner);
        while let Some(x) = inner.next().await {
            em.emit(x).await;
        }
    })
}

/// Workload D.
pub fn d(n: u64) -> impl Stream<Item = u64> {
    link(link(link(crate::d_source(n))))
}

/// Workload E.
pub fn e(n: u64) -> impl Stream<Item = Big> {
    fn_stream(move |em| async move {
        for i in 0..n {
            em.emit(big(i)).await;
        }
    })
}
