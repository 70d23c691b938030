//! Hand-written `poll_next` state machines: the floor.

use core::future::{Future, Ready, ready};
use core::pin::Pin;
use core::task::{Context, Poll};

use futures::Stream;
use futures::stream::FusedStream;

use crate::{Big, PendingOnce, big};

/// Workload A: yields `0..n`.
#[derive(Debug)]
#[must_use = "streams do nothing unless polled"]
pub struct Counter {
    i: u64,
    n: u64,
}

impl Counter {
    /// Counts from 0 to `n` (exclusive).
    pub const fn new(n: u64) -> Self {
        Self { i: 0, n }
    }
}

impl Stream for Counter {
    type Item = u64;

    #[inline]
    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<u64>> {
        if self.i < self.n {
            let i = self.i;
            self.i += 1;
            Poll::Ready(Some(i))
        } else {
            Poll::Ready(None)
        }
    }
}

impl FusedStream for Counter {
    fn is_terminated(&self) -> bool {
        self.i >= self.n
    }
}

/// Workload A.
pub fn a(n: u64) -> Counter {
    Counter::new(n)
}

/// Workload B: awaits `ready(i)` (polled in place), then yields it.
#[derive(Debug)]
#[must_use = "streams do nothing unless polled"]
pub struct ReadyThenYield {
    i: u64,
    n: u64,
}

impl Stream for ReadyThenYield {
    type Item = u64;

    #[inline]
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u64>> {
        if self.i >= self.n {
            return Poll::Ready(None);
        }
        let mut fut: Ready<u64> = ready(self.i);
        match Pin::new(&mut fut).poll(cx) {
            Poll::Ready(v) => {
                self.i += 1;
                Poll::Ready(Some(v))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

/// Workload B.
pub fn b(n: u64) -> ReadyThenYield {
    ReadyThenYield { i: 0, n }
}

/// Workload C: awaits a [`PendingOnce`] before each item.
#[derive(Debug)]
#[must_use = "streams do nothing unless polled"]
pub struct PendingThenYield {
    i: u64,
    n: u64,
    waiting: PendingOnce,
}

impl Stream for PendingThenYield {
    type Item = u64;

    #[inline]
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u64>> {
        if self.i >= self.n {
            return Poll::Ready(None);
        }
        let this = &mut *self;
        match Pin::new(&mut this.waiting).poll(cx) {
            Poll::Ready(()) => {
                this.waiting = PendingOnce::new();
                let i = this.i;
                this.i += 1;
                Poll::Ready(Some(i))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

/// Workload C.
pub fn c(n: u64) -> PendingThenYield {
    PendingThenYield { i: 0, n, waiting: PendingOnce::new() }
}

/// One link of workload D's chain: re-yields every item of the stream below.
#[derive(Debug)]
#[must_use = "streams do nothing unless polled"]
pub struct Reyield<S> {
    inner: S,
}

impl<S: Stream + Unpin> Stream for Reyield<S> {
    type Item = S::Item;

    #[inline]
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        Pin::new(&mut self.inner).poll_next(cx)
    }
}

/// Workload D: three re-yielding adapters over the counter.
pub fn d(n: u64) -> Reyield<Reyield<Reyield<Counter>>> {
    Reyield { inner: Reyield { inner: Reyield { inner: crate::d_source(n) } } }
}

/// Workload E: yields a 64-byte struct per index.
#[derive(Debug)]
#[must_use = "streams do nothing unless polled"]
pub struct BigCounter {
    i: u64,
    n: u64,
}

impl Stream for BigCounter {
    type Item = Big;

    #[inline]
    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Big>> {
        if self.i < self.n {
            let i = self.i;
            self.i += 1;
            Poll::Ready(Some(big(i)))
        } else {
            Poll::Ready(None)
        }
    }
}

/// Workload E.
pub fn e(n: u64) -> BigCounter {
    BigCounter { i: 0, n }
}
