//! The stream type behind every generator: a three-state machine around the body.

use core::fmt;
use core::future::Future;
use core::marker::PhantomPinned;
use core::mem;
use core::pin::Pin;
use core::ptr::NonNull;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};

use crate::co::{Co, Shared};
use crate::output::BodyOutput;

/// A generator: the `Stream` an `#[async_generator]` fn returns.
///
/// Built by the macro through [`generator`](crate::__private::generator); named here so that
/// the type can appear in error messages and docs.
pub struct Gen<T, F, Fut> {
    shared: Shared<T>,
    state: State<F, Fut>,
    // `shared` is pointed to by the body's `Co` once started.
    _pinned: PhantomPinned,
}

enum State<F, Fut> {
    /// Not polled yet: holds the closure that makes the body from a `Co`.
    Start(F),
    /// The body, structurally pinned.
    Running(Fut),
    /// Finished, panicked or never to be polled again.
    Done,
}

impl<T, F, Fut> Gen<T, F, Fut>
where
    F: FnOnce(Co<T>) -> Fut,
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    /// Wraps the body-making closure; nothing runs until the first poll.
    pub const fn new(make_body: F) -> Self {
        Gen { shared: Shared::new(), state: State::Start(make_body), _pinned: PhantomPinned }
    }

    /// Creates the body, now that `shared` has its final address; false if the
    /// stream has ended instead.
    #[cold]
    fn start(&mut self) -> bool {
        let State::Start(make_body) = mem::replace(&mut self.state, State::Done) else {
            return false;
        };
        self.shared.mark_co_alive();
        // SAFETY: `self` is pinned (we are called from `poll_next`), so `shared` keeps
        // its address until `Drop`, which aborts rather than free it while the `Co`
        // lives; `co_alive` was just set.
        let co = unsafe { Co::new(NonNull::from(&self.shared)) };
        // If `make_body` panics, the state stays `Done` and `co` is dropped.
        self.state = State::Running(make_body(co));
        true
    }
}

impl<T, F, Fut> Stream for Gen<T, F, Fut>
where
    F: FnOnce(Co<T>) -> Fut,
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    type Item = T;

    #[inline]
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        // SAFETY: we never move `shared` (the `Co` points to it) nor the body out of
        // `State::Running`; only the closure in `State::Start` is moved, and it is
        // never pinned.
        let this = unsafe { self.get_unchecked_mut() };
        // One test on the hot path; the first poll and the end go out of line.
        if !matches!(this.state, State::Running(_)) && !this.start() {
            return Poll::Ready(None);
        }
        let state: *mut State<F, Fut> = &raw mut this.state;
        // SAFETY: `state` comes from `this`; the guard below only uses it after the
        // body's borrow has ended (on unwind).
        let State::Running(body) = (unsafe { &mut *state }) else {
            return Poll::Ready(None);
        };
        // SAFETY: the body is structurally pinned: it is dropped in place (`Done`
        // assignments drop it where it lies) and never moved while `Running`.
        let body = unsafe { Pin::new_unchecked(body) };

        // If the body panics, the guard ends the stream on the way out.
        let guard = EndOnUnwind { state, shared: &this.shared };
        this.shared.begin_poll(cx);
        let poll = body.poll(cx);
        let item = this.shared.end_poll();
        mem::forget(guard);

        match poll {
            Poll::Pending => match item {
                Some(item) => Poll::Ready(Some(item)),
                None => Poll::Pending,
            },
            Poll::Ready(output) => {
                // Drops the finished body in place; `Done` is written even if a drop panics.
                this.state = State::Done;
                Poll::Ready(item.or_else(|| output.last_item()))
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.state {
            State::Done => (0, Some(0)),
            _ => (0, None),
        }
    }
}

impl<T, F, Fut> FusedStream for Gen<T, F, Fut>
where
    F: FnOnce(Co<T>) -> Fut,
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    fn is_terminated(&self) -> bool {
        matches!(self.state, State::Done)
    }
}

/// Ends the stream if the body unwinds out of `poll`: a poisoned body is never
/// polled again.
struct EndOnUnwind<'a, T, F, Fut> {
    state: *mut State<F, Fut>,
    shared: &'a Shared<T>,
}

impl<T, F, Fut> Drop for EndOnUnwind<'_, T, F, Fut> {
    fn drop(&mut self) {
        drop(self.shared.end_poll());
        // SAFETY: `state` points into the generator, which outlives this guard, and
        // the body's `poll` (the only other user) has unwound. The assignment drops
        // the body in place, as pinning requires.
        unsafe { *self.state = State::Done };
    }
}

impl<T, F, Fut> Drop for Gen<T, F, Fut> {
    fn drop(&mut self) {
        // Runs even if dropping the body panics.
        struct CheckCo<'a, T>(&'a Shared<T>);
        impl<T> Drop for CheckCo<'_, T> {
            fn drop(&mut self) {
                if self.0.co_alive() {
                    crate::abort::abort("asyncgen: a generator's yield handle outlived it");
                }
            }
        }
        let _check = CheckCo(&self.shared);
        // The body goes first, dropped in place: its destructors may still use the
        // slot through `Co`.
        self.state = State::Done;
    }
}

// SAFETY: through `&Gen` only the state's discriminant is read (`size_hint`,
// `is_terminated`); the slot and the body are touched only through `Pin<&mut Gen>`.
// So sharing `&Gen` across threads is as safe as sharing the closure and body.
unsafe impl<T, F: Sync, Fut: Sync> Sync for Gen<T, F, Fut> {}

impl<T, F, Fut> fmt::Debug for Gen<T, F, Fut> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Start(_) => "not started",
            State::Running(_) => "running",
            State::Done => "done",
        };
        f.debug_struct("Gen").field("state", &state).finish_non_exhaustive()
    }
}
