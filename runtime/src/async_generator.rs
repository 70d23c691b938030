//! The public trait of every generator: a stream that can also be resumed with a
//! value (`send`, PEP 525's `asend`) and closed with awaiting cleanup (`close`,
//! PEP 525's `aclose`).

use core::fmt;
use core::future::Future;
use core::ops::DerefMut;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::FusedStream;

use crate::resume::Resume;

/// An async generator: a [`FusedStream`] whose pending yield can be resumed
/// with a value or closed.
///
/// Every generator implements it: plain ones with `R = ()` (their `send(())` is
/// `next()`, and `close()` drops the body), two-way ones (`resume = R`, or a
/// [`Yielder`](crate::Yielder) whose yields evaluate to [`Resume<R>`]) with their `R`.
/// It is dyn-compatible: `Pin<Box<dyn AsyncGenerator<R, Item = T> + Send>>` works.
///
/// `send` and `close` need `Self: Unpin`, as `StreamExt::next` does: call them
/// on a pinned generator, `g.as_mut().send(v).await`, where `g` is a
/// `Pin<&mut G>` (from `core::pin::pin!`) or a `Pin<Box<..>>`.
pub trait AsyncGenerator<R = ()>: FusedStream {
    /// Resumes the generator and runs it to its next item, or its end.
    ///
    /// `*arg` is `Some` on the first poll of a resumption and is taken when it
    /// is delivered to the pending yield (`None`: resume with
    /// [`Resume::Next`], or go on with a step already begun). `poll_next` is
    /// `poll_resume` with `None`. Passing [`Resume::Close`] on every poll asks for
    /// the cleanup's outcome, as [`close`](AsyncGenerator::close) does.
    ///
    /// # Panics
    ///
    /// On `Sent(v)` while no yield is pending (before the first item, or while a
    /// step begun by a dropped future is unfinished), leaving `*arg` untouched.
    fn poll_resume(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Resume<R>>,
    ) -> Poll<Option<Self::Item>>;

    /// Resumes the pending yield with `Resume::Sent(value)` and completes with the
    /// next item, or `None` when the body ends (Python's `asend(value)`).
    ///
    /// After the end (also after a `close()`), completes with `None` and drops
    /// `value`. A plain generator's `send(())` is `next()`.
    ///
    /// # Panics
    ///
    /// At its first poll when no yield is pending: before the first item ("pull
    /// the first item with `next()` first"), or while a step begun by a dropped
    /// `next` / `send` future is unfinished. The generator is left as it was.
    fn send(&mut self, value: R) -> SendFuture<'_, Self, R>
    where
        Self: Unpin + Sized,
    {
        SendFuture { generator: self, arg: Some(Resume::Sent(value)) }
    }

    /// Resumes the pending yield with `Resume::Close` and drives the body's cleanup,
    /// awaits included, to its end (Python's `aclose()`).
    ///
    /// Completes with `None` when the body returned, or with the item closing
    /// produced: a fallible body's error, or a value the body yielded instead of
    /// returning (the body is then dropped). Before the first poll nothing runs and
    /// the arguments are dropped; after the end it is `None`. A plain generator's
    /// yields cannot see `Close`: its body is dropped in place.
    ///
    /// If a `next` / `send` future was dropped mid-step, `close()` first finishes
    /// that step and drops the item it yields, then delivers `Close`. If a `close()`
    /// future is dropped mid-cleanup, the generator stays closing: a later `next` or
    /// `send` (its value dropped) goes on with the cleanup and returns `None`; a later
    /// `close()` goes on with it too and returns what closing produced.
    fn close(&mut self) -> CloseFuture<'_, Self, R>
    where
        Self: Unpin + Sized,
    {
        CloseFuture { generator: self, _resume: core::marker::PhantomData }
    }
}

impl<P, R> AsyncGenerator<R> for Pin<P>
where
    P: DerefMut + Unpin,
    P::Target: AsyncGenerator<R>,
{
    fn poll_resume(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Resume<R>>,
    ) -> Poll<Option<Self::Item>> {
        self.get_mut().as_mut().poll_resume(cx, arg)
    }
}

impl<G, R> AsyncGenerator<R> for &mut G
where
    G: AsyncGenerator<R> + Unpin + ?Sized,
{
    fn poll_resume(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Resume<R>>,
    ) -> Poll<Option<Self::Item>> {
        Pin::new(&mut **self.get_mut()).poll_resume(cx, arg)
    }
}

/// Future returned by [`AsyncGenerator::send`].
#[must_use = "futures do nothing unless awaited"]
pub struct SendFuture<'a, G: ?Sized, R> {
    generator: &'a mut G,
    /// The value until it is delivered; dropped with the future if it never is.
    arg: Option<Resume<R>>,
}

// `R` is moved, never pinned.
impl<G: ?Sized, R> Unpin for SendFuture<'_, G, R> {}

impl<G: AsyncGenerator<R> + Unpin + ?Sized, R> Future for SendFuture<'_, G, R> {
    type Output = Option<G::Item>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        Pin::new(&mut *this.generator).poll_resume(cx, &mut this.arg)
    }
}

impl<G: ?Sized, R> fmt::Debug for SendFuture<'_, G, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendFuture").field("delivered", &self.arg.is_none()).finish_non_exhaustive()
    }
}

/// Future returned by [`AsyncGenerator::close`].
#[must_use = "futures do nothing unless awaited"]
pub struct CloseFuture<'a, G: ?Sized, R> {
    generator: &'a mut G,
    _resume: core::marker::PhantomData<fn(R)>,
}

impl<G: ?Sized, R> Unpin for CloseFuture<'_, G, R> {}

impl<G: AsyncGenerator<R> + Unpin + ?Sized, R> Future for CloseFuture<'_, G, R> {
    type Output = Option<G::Item>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // `Close` on every poll: the first delivers it, the later ones go on
        // with the cleanup and ask for its outcome.
        Pin::new(&mut *self.get_mut().generator).poll_resume(cx, &mut Some(Resume::Close))
    }
}

impl<G: ?Sized, R> fmt::Debug for CloseFuture<'_, G, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CloseFuture").finish_non_exhaustive()
    }
}
