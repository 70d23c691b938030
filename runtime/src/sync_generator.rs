//! `#[sync_generator]`: the async generator's state machine, driven as an `Iterator`.
//!
//! A sync generator's body is the same async closure as an async generator's, with
//! no `.await` in it (the macros reject one), so every poll ends at a yield or at
//! the end of the body. Polling it with a no-op waker is then all an `Iterator`
//! needs, and the channel, the brand and the soundness argument are the async
//! side's, unchanged.

use core::fmt;
use core::iter::FusedIterator;
use core::pin::Pin;
use core::task::{Context, Poll, Waker};

#[cfg(feature = "alloc")]
use alloc::boxed::Box;
use futures_core::{FusedStream, Stream};

/// What `#[sync_generator]` fns and `sync_gen!` return: an iterator over the items
/// of a generator body `G` that never waits.
///
/// The body borrows from itself across yields, so it must not move once started
/// (`G` is `!Unpin`). Two ways to iterate:
///
/// - **by value** (`alloc` feature, on by default): `SyncGenerator<G>` is an
///   [`Iterator`]. Its first `next()` moves the not-yet-started body into a `Box`,
///   once per generator (no allocation per item), so `for x in fib()` and
///   `fib().take(10).collect()` work as for any iterator.
/// - **in place, no allocation**: `Pin<&mut SyncGenerator<G>>` is an [`Iterator`]
///   too: `for x in core::pin::pin!(fib()) { .. }`. The only route without `alloc`.
///
/// Both are fused, and `size_hint()` is `(0, Some(0))` after the end.
///
/// ```
/// use asyncgen::sync_generator;
///
/// #[sync_generator]
/// fn fib() -> u64 {
///     let (mut a, mut b) = (0, 1);
///     loop {
///         yield_!(a);
///         (a, b) = (b, a + b);
///     }
/// }
///
/// let boxed: Vec<u64> = fib().take(6).collect();
/// let in_place: Vec<u64> = core::pin::pin!(fib()).take(6).collect();
/// assert_eq!(boxed, [0, 1, 1, 2, 3, 5]);
/// assert_eq!(boxed, in_place);
/// ```
///
/// [`SyncGenerator::new`] also wraps a macro-free [`generator`](crate::generator)
/// whose closure never awaits anything but its yields. If a body does wait (a
/// future that returns `Pending`, which only a `.await` hidden from the macros in
/// a `macro_rules!` expansion can reach), `next()` panics with a message saying so
/// and the iterator is finished: it never hangs.
pub struct SyncGenerator<G> {
    state: State<G>,
}

enum State<G> {
    /// Not boxed: not started, or started in place through `Pin<&mut Self>`.
    /// Structurally pinned.
    Inline(G),
    /// Started by value: moved, not yet started, into its own allocation.
    #[cfg(feature = "alloc")]
    Boxed(Pin<Box<G>>),
    /// Ended, panicked, or waited.
    Done,
}

impl<G> SyncGenerator<G> {
    /// Wraps a generator whose body yields without ever waiting.
    #[inline]
    #[must_use = "iterators do nothing unless iterated"]
    pub const fn new(generator: G) -> Self {
        SyncGenerator { state: State::Inline(generator) }
    }

    /// The state, pinned.
    #[inline(always)]
    #[allow(clippy::inline_always)] // a field projection, on the hot path
    fn state(self: Pin<&mut Self>) -> Pin<&mut State<G>> {
        // SAFETY: `state` is structurally pinned: `SyncGenerator` has no `Drop`, is
        // `Unpin` only when `G` is, and moves `G` out of `Inline` only through
        // `&mut Self` (`Iterator::next` by value), never through a `Pin`.
        unsafe { self.map_unchecked_mut(|this| &mut this.state) }
    }
}

/// One run of a body: to its next yield or its end.
#[inline(always)]
#[allow(clippy::inline_always)] // the whole per-item path
fn resume<G: Stream + ?Sized>(generator: Pin<&mut G>) -> Poll<Option<G::Item>> {
    generator.poll_next(&mut Context::from_waker(Waker::noop()))
}

/// Ends the iterator after a poll that did not yield: the end, or a wait.
#[cold]
#[inline(never)]
fn finish<G, T>(mut state: Pin<&mut State<G>>, poll: Poll<Option<T>>) -> Option<T> {
    // Dropped in place, as pinning requires; later calls return `None`.
    state.set(State::Done);
    ended(poll)
}

/// The last item of a poll that did not yield, or the panic for one that waited.
fn ended<T>(poll: Poll<Option<T>>) -> Option<T> {
    match poll {
        Poll::Ready(item) => item,
        Poll::Pending => panic!(
            "asyncgen: a sync generator's body waited on a future that was not ready \
             (an `.await` the macros could not see, e.g. inside a `macro_rules!` expansion); \
             sync generators cannot wait: use #[async_generator] for a `Stream`"
        ),
    }
}

impl<G: Stream> Iterator for Pin<&mut SyncGenerator<G>> {
    type Item = G::Item;

    /// Runs the body in place: no allocation.
    #[inline]
    fn next(&mut self) -> Option<G::Item> {
        let mut state = self.as_mut().state();
        // SAFETY: `body` is only pinned again, never moved (structural pinning,
        // see `SyncGenerator::state`); the box is `Unpin` and moved by no one.
        let poll = match unsafe { state.as_mut().get_unchecked_mut() } {
            // SAFETY: as above: the body stays where it is.
            State::Inline(body) => resume(unsafe { Pin::new_unchecked(body) }),
            #[cfg(feature = "alloc")]
            State::Boxed(body) => resume(body.as_mut()),
            State::Done => return None,
        };
        match poll {
            Poll::Ready(Some(item)) => Some(item),
            poll => finish(state, poll),
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.as_ref().get_ref().size_hint_inner()
    }
}

impl<G: FusedStream> FusedIterator for Pin<&mut SyncGenerator<G>> {}

#[cfg(feature = "alloc")]
impl<G: Stream> Iterator for SyncGenerator<G> {
    type Item = G::Item;

    /// The first call moves the not-yet-started body into a `Box`; every call
    /// then runs it there.
    #[inline]
    fn next(&mut self) -> Option<G::Item> {
        let body = match &mut self.state {
            State::Boxed(body) => body,
            State::Inline(_) => self.boxed(),
            State::Done => return None,
        };
        match resume(body.as_mut()) {
            Poll::Ready(Some(item)) => Some(item),
            poll => {
                self.state = State::Done; // drops the box
                ended(poll)
            }
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.size_hint_inner()
    }
}

#[cfg(feature = "alloc")]
impl<G: FusedStream> FusedIterator for SyncGenerator<G> {}

#[cfg(feature = "alloc")]
impl<G> SyncGenerator<G> {
    /// Moves the body into a `Box`. Holding `&mut self`, the generator is not
    /// pinned (or `G: Unpin`), so the body has not started where it is.
    #[cold]
    #[inline(never)]
    fn boxed(&mut self) -> &mut Pin<Box<G>> {
        if let State::Inline(body) = core::mem::replace(&mut self.state, State::Done) {
            self.state = State::Boxed(Box::pin(body));
        }
        match &mut self.state {
            State::Boxed(body) => body,
            _ => unreachable!("asyncgen: the body was just boxed"),
        }
    }
}

impl<G: Stream> SyncGenerator<G> {
    fn size_hint_inner(&self) -> (usize, Option<usize>) {
        match &self.state {
            State::Inline(body) => body.size_hint(),
            #[cfg(feature = "alloc")]
            State::Boxed(body) => body.size_hint(),
            State::Done => (0, Some(0)),
        }
    }
}

impl<G> fmt::Debug for SyncGenerator<G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Inline(_) => "inline",
            #[cfg(feature = "alloc")]
            State::Boxed(_) => "boxed",
            State::Done => "done",
        };
        f.debug_struct("SyncGenerator").field("state", &state).finish_non_exhaustive()
    }
}
