//! The state machine behind every generator, and the functions that build one.

use core::fmt;
use core::future::Future;
use core::marker::PhantomPinned;
use core::pin::Pin;
use core::ptr::NonNull;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};

use crate::async_generator::AsyncGenerator;
use crate::output::BodyOutput;
use crate::resume::{Resume, YieldOutput};
use crate::yielder::{Channel, Closing, Yielder};

/// Builds a generator from an async closure that yields through its [`Yielder`].
///
/// Nothing runs until the first poll; then the closure is called with the
/// handle, once the generator is pinned, and each poll runs the body to its next
/// yield. The `#[async_generator]` and `async_gen!` macros expand to this, so a
/// generator written by hand costs the same per item.
///
/// ```
/// use asyncgen::{AsyncGenerator, Yielder, generator};
///
/// fn countdown(from: u32) -> impl AsyncGenerator<Item = u32> {
///     generator(async move |mut y: Yielder<'_, u32>| {
///         for i in (1..=from).rev() {
///             y.yield_(i).await;
///         }
///     })
/// }
/// # let mut s = core::pin::pin!(countdown(2));
/// # let mut cx = core::task::Context::from_waker(core::task::Waker::noop());
/// # use futures_core::Stream;
/// # assert_eq!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(Some(2)));
/// ```
#[inline]
pub fn generator<T, R, O, F>(body: F) -> impl AsyncGenerator<R, Item = T>
where
    O: YieldOutput<Arg = R>,
    F: for<'y> AsyncFnOnce(Yielder<'y, T, O>),
{
    Gen::new(body, call::<T, O, F, ()>)
}

/// [`generator`] for a fallible body: the closure returns `Result<(), E>`, the
/// items are `Result<T, E>`, and an error it returns (with `?` or `Err(..)`) is
/// the last item.
///
/// ```
/// use asyncgen::{AsyncGenerator, Yielder, try_generator};
///
/// fn parse_all(texts: &[&str]) -> impl AsyncGenerator<Item = Result<u32, core::num::ParseIntError>> {
///     try_generator(async move |mut y: Yielder<'_, Result<u32, _>>| {
///         for text in texts {
///             y.yield_(Ok(text.parse()?)).await;
///         }
///         Ok(())
///     })
/// }
/// # let mut s = core::pin::pin!(parse_all(&["1", "x", "2"]));
/// # let mut cx = core::task::Context::from_waker(core::task::Waker::noop());
/// # use futures_core::Stream;
/// # assert_eq!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(Some(Ok(1))));
/// # assert!(matches!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(Some(Err(_)))));
/// # assert_eq!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(None));
/// ```
#[inline]
pub fn try_generator<T, E, R, O, F>(body: F) -> impl AsyncGenerator<R, Item = Result<T, E>>
where
    O: YieldOutput<Arg = R>,
    F: for<'y> AsyncFnOnce(Yielder<'y, Result<T, E>, O>) -> Result<(), E>,
{
    Gen::new(body, call::<Result<T, E>, O, F, Result<(), E>>)
}

/// Calls the body closure. A fn item, so that `Gen` can name the body's future
/// type (its return type) without naming `AsyncFnOnce`'s unstable associated
/// type. `'static` is only the brand this instantiation picks: the closure was
/// type-checked for every brand, so it cannot rely on this one.
#[inline(always)] // a forwarding call: never worth a frame
#[allow(clippy::inline_always)]
fn call<T, O, F, Out>(body: F, yielder: Yielder<'static, T, O>) -> impl Future<Output = Out>
where
    O: YieldOutput,
    F: for<'y> AsyncFnOnce(Yielder<'y, T, O>) -> Out,
{
    body(yielder)
}

/// A generator: what [`generator`] and [`try_generator`] return, as
/// `impl AsyncGenerator`.
pub(crate) struct Gen<T, O: YieldOutput, F, M, Fut> {
    /// Declared before `chan`: the body is dropped first, and its drops may
    /// still reach the channel.
    state: State<F, Fut>,
    chan: Channel<T, O::Arg>,
    /// The zero-sized fn item that calls `F` (its return type is `Fut`).
    call: M,
    // The body points into `chan` once started.
    _pinned: PhantomPinned,
}

enum State<F, Fut> {
    /// Not polled yet: holds the closure that makes the body.
    Start(F),
    /// The body, structurally pinned.
    Running(Fut),
    /// Returned, panicked, closed, or never to be polled again.
    Done,
}

/// One run of the body, up to a yield or its end.
enum Step<T> {
    Yielded(T),
    Pending,
    /// The body returned (or had already ended); maybe with a last item.
    Ended(Option<T>),
}

impl<T, O, F, M, Fut> Gen<T, O, F, M, Fut>
where
    O: YieldOutput,
    M: Fn(F, Yielder<'static, T, O>) -> Fut,
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    const fn new(body: F, call: M) -> Self {
        Gen { state: State::Start(body), chan: Channel::new(), call, _pinned: PhantomPinned }
    }

    /// Runs the body once: to its next yield, an await that is not ready, or its end.
    /// Always inlined: it is the whole hot path, and LLVM stops inlining it when a
    /// generator type is polled from several places (issue 13 measured 10-12
    /// instructions per item for that).
    #[inline(always)]
    #[allow(clippy::inline_always)]
    fn step(&mut self, cx: &mut Context<'_>) -> Step<T> {
        let state: *mut State<F, Fut> = &raw mut self.state;
        // SAFETY: `state` comes from `self`; the guard below only uses it after
        // the body's borrow has ended (on unwind).
        let State::Running(body) = (unsafe { &mut *state }) else {
            return self.step_cold(cx);
        };
        // SAFETY: the body is structurally pinned: dropped in place (by `Done`
        // assignments) and never moved while `Running`, and `self` is pinned.
        let body = unsafe { Pin::new_unchecked(body) };
        let poisoned = EndOnUnwind { state, chan: &raw const self.chan };
        let poll = body.poll(cx);
        core::mem::forget(poisoned);
        // SAFETY: the body is suspended; nothing else reaches the channel now.
        // A staged item (its yield future not polled yet) stays where it is.
        let item = unsafe { self.chan.take_ready() };
        match (poll, item) {
            (Poll::Pending, Some(item)) => Step::Yielded(item),
            (Poll::Pending, None) => Step::Pending,
            (Poll::Ready(output), item) => {
                // Drops the finished body in place; `Done` is written even if a drop panics.
                self.state = State::Done;
                // SAFETY: the body is gone; the channel is ours alone. What is left
                // is the staged item of a yield future the body forgot: never
                // polled, so never yielded.
                unsafe { self.chan.discard() };
                match item {
                    // A yield future polled by hand just before the end: the
                    // body's last item waits in the slot for the next poll.
                    Some(item) => {
                        if let Some(last) = output.last_item() {
                            // SAFETY: as above.
                            unsafe { self.chan.store(last, true) };
                        }
                        Step::Ended(Some(item))
                    }
                    None => Step::Ended(output.last_item()),
                }
            }
        }
    }

    /// The first poll (start the body, now that `chan` has its final address),
    /// and every poll after the end.
    #[cold]
    #[inline(never)]
    fn step_cold(&mut self, cx: &mut Context<'_>) -> Step<T> {
        match core::mem::replace(&mut self.state, State::Done) {
            State::Start(body) => {
                // SAFETY: `self` is pinned (every caller holds `Pin<&mut Self>`), so
                // `chan` keeps its address until the generator is dropped, after the
                // body (field order). The body is the handle's only holder (the
                // brand keeps it there) and runs only inside `step` or the drop of
                // `state`, when the generator touches the channel not at all.
                let yielder = unsafe { Yielder::new(NonNull::from(&self.chan)) };
                // If the closure panics, the state stays `Done`.
                self.state = State::Running((self.call)(body, yielder));
                self.step(cx)
            }
            // SAFETY: the body is gone; the channel is ours alone.
            State::Done => Step::Ended(unsafe { self.chan.take_ready() }),
            State::Running(_) => unreachable!("`step` handles a running body"),
        }
    }

    /// Two-way resumption: delivers `arg` (when `Some`) to the pending yield,
    /// then runs the body; see [`AsyncGenerator::poll_resume`].
    fn resume(&mut self, cx: &mut Context<'_>, arg: &mut Option<Resume<O::Arg>>) -> Poll<Option<T>> {
        let running = matches!(self.state, State::Running(_));
        // Only a `close()` reports what closing produced; a `next` / `send` that
        // finishes an abandoned cleanup returns `None`.
        let is_close = matches!(arg, Some(Resume::Close));
        match arg {
            None | Some(Resume::Next) => *arg = None,
            Some(Resume::Sent(_)) if !O::TWO_WAY => *arg = None,
            Some(Resume::Sent(_)) => {
                if matches!(self.state, State::Done) {
                    *arg = None; // refused after the end: dropped here, once
                    return Poll::Ready(None);
                }
                if self.chan.closing.get() == Closing::Open {
                    // On a panic the value stays in the caller's future, which drops it.
                    assert!(
                        self.chan.parked.get() || !running,
                        "asyncgen: send() while a step is still running (a next/send future was dropped mid-step): finish it with next() first"
                    );
                    assert!(
                        self.chan.parked.get(),
                        "asyncgen: send() before the first yield: pull the first item with next() first"
                    );
                    self.deliver(arg.take());
                } else {
                    *arg = None; // a closing generator takes no values
                }
            }
            Some(Resume::Close) => {
                *arg = None;
                if !running || !O::TWO_WAY {
                    // Before the start (drops the arguments), after the end, or a
                    // plain generator, whose yields cannot see `Close`.
                    self.state = State::Done;
                    return Poll::Ready(None);
                }
                if self.chan.closing.get() == Closing::Open {
                    if self.chan.parked.get() {
                        self.deliver(Some(Resume::Close));
                        self.chan.closing.set(Closing::Delivered);
                    } else {
                        self.chan.closing.set(Closing::Requested);
                    }
                }
            }
        }
        loop {
            self.chan.parked.set(false);
            let step = self.step(cx);
            // A resume value the body did not take (it polled its yield by hand).
            // SAFETY: the body is suspended or gone; the channel is ours alone.
            drop(unsafe { (*self.chan.resume.get()).take() });
            return match step {
                Step::Pending => Poll::Pending,
                Step::Ended(last) if self.chan.closing.get() == Closing::Open || is_close => {
                    Poll::Ready(last)
                }
                Step::Ended(_) => Poll::Ready(None),
                Step::Yielded(item) => match self.chan.closing.get() {
                    Closing::Open => {
                        self.chan.parked.set(true);
                        Poll::Ready(Some(item))
                    }
                    Closing::Requested => {
                        drop(item);
                        self.deliver(Some(Resume::Close));
                        self.chan.closing.set(Closing::Delivered);
                        continue;
                    }
                    Closing::Delivered => {
                        // The body yielded instead of returning: it ends here.
                        self.state = State::Done;
                        Poll::Ready(if is_close { Some(item) } else { None })
                    }
                },
            };
        }
    }

    fn deliver(&mut self, resume: Option<Resume<O::Arg>>) {
        // SAFETY: the body is suspended; nothing else reaches the channel now.
        unsafe { *self.chan.resume.get() = resume };
    }
}

impl<T, O, F, M, Fut> Stream for Gen<T, O, F, M, Fut>
where
    O: YieldOutput,
    M: Fn(F, Yielder<'static, T, O>) -> Fut,
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    type Item = T;

    #[inline]
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        // SAFETY: we never move `chan` (the body points to it) nor the body out of
        // `State::Running`; only the closure in `State::Start` is moved, and it is
        // never pinned.
        let this = unsafe { self.get_unchecked_mut() };
        if O::TWO_WAY {
            return this.resume(cx, &mut None);
        }
        match this.step(cx) {
            Step::Yielded(item) => Poll::Ready(Some(item)),
            Step::Pending => Poll::Pending,
            Step::Ended(last) => Poll::Ready(last),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match (&self.state, self.chan.closing.get()) {
            (State::Done, _) | (_, Closing::Requested | Closing::Delivered) => (0, Some(0)),
            _ => (0, None),
        }
    }
}

impl<T, O, F, M, Fut> FusedStream for Gen<T, O, F, M, Fut>
where
    O: YieldOutput,
    M: Fn(F, Yielder<'static, T, O>) -> Fut,
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    fn is_terminated(&self) -> bool {
        matches!(self.state, State::Done)
    }
}

impl<T, O, F, M, Fut> AsyncGenerator<O::Arg> for Gen<T, O, F, M, Fut>
where
    O: YieldOutput,
    M: Fn(F, Yielder<'static, T, O>) -> Fut,
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    fn poll_resume(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Resume<O::Arg>>,
    ) -> Poll<Option<T>> {
        // SAFETY: as in `poll_next`.
        unsafe { self.get_unchecked_mut() }.resume(cx, arg)
    }
}

/// Ends the generator if the body unwinds out of `poll`: a poisoned body is
/// never polled again.
struct EndOnUnwind<T, R, F, Fut> {
    state: *mut State<F, Fut>,
    chan: *const Channel<T, R>,
}

impl<T, R, F, Fut> Drop for EndOnUnwind<T, R, F, Fut> {
    fn drop(&mut self) {
        // SAFETY: the pointers are into the generator, which outlives this guard,
        // and the body's `poll` (the only other user) has unwound. The assignment
        // drops the body in place, as pinning requires; then nothing but the
        // generator reaches the channel, and an item a hand-polled yield left
        // there is dropped rather than handed out after the panic.
        unsafe {
            *self.state = State::Done;
            (*self.chan).discard();
        }
    }
}

// SAFETY: through `&Gen` only `state`'s discriminant and the channel's `closing`
// cell are read (`size_hint`, `is_terminated`, `Debug`), never written; the
// channel (that cell included) and the body are written only through
// `Pin<&mut Gen>`. So sharing `&Gen` is as safe as sharing the closure and the
// body. (`T: Sync` is not needed for that; it is asked because a staged
// item used to live in the body's yield future, which made a body that yields a
// `!Sync` item `!Sync`: the auto traits stay as they were.)
unsafe impl<T: Sync, O: YieldOutput, F: Sync, M: Sync, Fut: Sync> Sync for Gen<T, O, F, M, Fut> {}

impl<T, O: YieldOutput, F, M, Fut> fmt::Debug for Gen<T, O, F, M, Fut> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Start(_) => "not started",
            State::Running(_) if self.chan.closing.get() != Closing::Open => "closing",
            State::Running(_) => "running",
            State::Done => "done",
        };
        f.debug_struct("Gen").field("state", &state).finish_non_exhaustive()
    }
}
