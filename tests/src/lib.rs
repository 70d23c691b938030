//! Helpers shared by the run-time tests: a tiny executor, futures that suspend
//! on cue, and drop counters. No runtime dependency, so Miri runs them fast.
// Test helpers: panics are the point, and callers use every result.
#![allow(clippy::must_use_candidate, clippy::missing_panics_doc)]

use core::future::Future;
use core::pin::{Pin, pin};
use core::task::{Context, Poll, Waker};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::Wake;

use futures_core::Stream;

/// Polls `stream` to completion with a no-op waker, collecting every item.
///
/// Panics if the stream returns `Pending` more than `max_pending` times in a row
/// (nothing would wake it: a test bug).
pub fn collect<S: Stream>(stream: S) -> Vec<S::Item> {
    block_on(drain(stream))
}

/// Collects a stream inside an async context.
pub async fn drain<S: Stream>(stream: S) -> Vec<S::Item> {
    let mut stream = pin!(stream);
    let mut out = Vec::new();
    while let Some(item) = next(stream.as_mut()).await {
        out.push(item);
    }
    out
}

/// The next item of a pinned stream.
pub fn next<S: Stream + ?Sized>(mut stream: Pin<&mut S>) -> impl Future<Output = Option<S::Item>> {
    core::future::poll_fn(move |cx| stream.as_mut().poll_next(cx))
}

/// Runs a future to completion on this thread, parking on a real waker.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let waker = Arc::new(CountingWaker::default());
    let waker_ref = Waker::from(waker.clone());
    let mut cx = Context::from_waker(&waker_ref);
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        assert!(waker.wakes.swap(0, Ordering::SeqCst) > 0, "future pending with no wake-up queued");
    }
}

/// A waker that counts its wake-ups.
#[derive(Default, Debug)]
pub struct CountingWaker {
    pub wakes: AtomicUsize,
}

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.wakes.fetch_add(1, Ordering::SeqCst);
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.wakes.fetch_add(1, Ordering::SeqCst);
    }
}

/// A future that is `Pending` once (waking itself first), then `Ready(())`.
pub fn pending_once() -> PendingOnce {
    PendingOnce(false)
}

#[derive(Debug)]
pub struct PendingOnce(bool);

impl Future for PendingOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Counts the tokens it hands out and their drops.
#[derive(Clone, Default, Debug)]
pub struct DropCounter {
    drops: Rc<Cell<usize>>,
    created: Rc<Cell<usize>>,
}

impl DropCounter {
    pub fn token(&self) -> Token {
        self.created.set(self.created.get() + 1);
        Token(self.drops.clone())
    }
    pub fn drops(&self) -> usize {
        self.drops.get()
    }
    pub fn created(&self) -> usize {
        self.created.get()
    }
}

/// Increments its counter when dropped.
#[derive(Debug)]
pub struct Token(Rc<Cell<usize>>);

impl Drop for Token {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

/// Polls a pinned stream once with a no-op waker.
pub fn poll_once<S: Stream + ?Sized>(stream: Pin<&mut S>) -> Poll<Option<S::Item>> {
    stream.poll_next(&mut Context::from_waker(Waker::noop()))
}

/// The README's code blocks, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// The migration guide's asyncgen code blocks, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../MIGRATING.md")]
pub struct MigratingDoctests;
