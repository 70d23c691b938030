//! `#[sync_generator]`'s iterator: a body driven by value (boxed once) or in place.

use core::fmt;
use core::iter::FusedIterator;
use core::pin::Pin;

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::sync_machine::SyncBody;

/// What `#[sync_generator]` fns and `sync_gen!` return: an iterator over the items
/// of a generator body `B`.
///
/// The body may borrow from itself across yields, so it must not move once started
/// (`B` is `!Unpin`). Two ways to iterate:
///
/// - **by value** (`alloc` feature, on by default): `SyncGenerator<B>` is an
///   [`Iterator`]. Its first `next()` moves the not-yet-started body into a `Box`,
///   once per generator (never per item), so `for x in fib()` and
///   `fib().take(10).collect()` work as for any iterator.
/// - **in place, no allocation**: `Pin<&mut SyncGenerator<B>>` is an [`Iterator`]
///   too: `for x in core::pin::pin!(fib()) { .. }`. The only way without `alloc`,
///   and the fastest (`BENCHMARKS.md`).
///
/// Both are fused, also after a panic in the body, and `size_hint()` is
/// `(0, Some(0))` after the end. Dropping the iterator drops the body's live
/// locals, once.
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
pub struct SyncGenerator<B: SyncBody> {
    state: State<B>,
}

enum State<B: SyncBody> {
    /// Not boxed: not started, or started in place through `Pin<&mut Self>`.
    /// Structurally pinned.
    Inline(B),
    /// Started by value: moved, not yet started, into its own allocation. With
    /// the function that resumes it, for `Pin<&mut Self>::next`: a call through a
    /// pointer, so that a program that only iterates in place has one call of the
    /// body's poll, which LLVM then inlines whatever its size.
    #[cfg(feature = "alloc")]
    Boxed(Pin<Box<B>>, fn(Pin<&mut B>) -> Option<B::Item>),
    /// Only while the body moves into its box (left there if that panics, out of
    /// memory): an iterator that has ended.
    #[cfg(feature = "alloc")]
    Moving,
}

impl<B: SyncBody> SyncGenerator<B> {
    /// Wraps a body (what the macros do).
    #[doc(hidden)]
    #[inline]
    pub const fn new(body: B) -> Self {
        SyncGenerator { state: State::Inline(body) }
    }

    fn is_done(&self) -> bool {
        match &self.state {
            State::Inline(body) => body.is_done(),
            #[cfg(feature = "alloc")]
            State::Boxed(body, _) => body.is_done(),
            #[cfg(feature = "alloc")]
            State::Moving => true,
        }
    }
}

/// `(0, Some(0))` once ended, else unknown.
fn hint(done: bool) -> (usize, Option<usize>) {
    if done { (0, Some(0)) } else { (0, None) }
}

impl<B: SyncBody> Iterator for Pin<&mut SyncGenerator<B>> {
    type Item = B::Item;

    /// Runs the body in place: no allocation.
    #[inline(always)]
    #[allow(clippy::inline_always)] // the whole per-item path: LLVM stops inlining it otherwise
    fn next(&mut self) -> Option<B::Item> {
        // SAFETY: `state` is structurally pinned: `SyncGenerator` has no `Drop`, is
        // `Unpin` only when `B` is, and moves `B` out of `Inline` only through
        // `&mut Self` (`Iterator::next` by value), never through a `Pin`. A boxed
        // body is pinned by its box.
        match unsafe { &mut self.as_mut().get_unchecked_mut().state } {
            // SAFETY: as above. Not one `resume` on a pointer chosen by the match:
            // then LLVM can keep a body iterated in place in registers.
            State::Inline(body) => unsafe { Pin::new_unchecked(body) }.resume(),
            // Pinned after a first `next()` by value (rare): through the pointer
            // `boxed` stored, which a program that only iterates in place never
            // instantiates, so the body's poll has one call there.
            #[cfg(feature = "alloc")]
            State::Boxed(body, resume) => resume(body.as_mut()),
            #[cfg(feature = "alloc")]
            State::Moving => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        hint(self.is_done())
    }
}

impl<B: SyncBody> FusedIterator for Pin<&mut SyncGenerator<B>> {}

/// Resumes a boxed body: for `next` by value, and through the pointer in `Boxed`
/// for `Pin<&mut Self>::next`. LLVM inlines it into `next` where that pays (by value,
/// A / C / E gain, a three-deep `yield_from!` chain loses: `BENCHMARKS.md`).
#[cfg(feature = "alloc")]
#[inline]
fn resume_boxed<B: SyncBody>(body: Pin<&mut B>) -> Option<B::Item> {
    body.resume()
}

#[cfg(feature = "alloc")]
impl<B: SyncBody> Iterator for SyncGenerator<B> {
    type Item = B::Item;

    /// The first call moves the not-yet-started body into a `Box`; every call
    /// then runs it there.
    #[inline(always)]
    #[allow(clippy::inline_always)] // the whole per-item path
    fn next(&mut self) -> Option<B::Item> {
        let body = match &mut self.state {
            State::Boxed(body, _) => body,
            State::Inline(_) => self.boxed(),
            State::Moving => return None,
        };
        resume_boxed(body.as_mut())
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        hint(self.is_done())
    }
}

#[cfg(feature = "alloc")]
impl<B: SyncBody> FusedIterator for SyncGenerator<B> {}

#[cfg(feature = "alloc")]
impl<B: SyncBody> SyncGenerator<B> {
    /// Moves the body into a `Box`. Holding `&mut self`, the generator is not
    /// pinned (or `B: Unpin`), so the body has not started where it is.
    #[cold]
    #[inline(never)]
    fn boxed(&mut self) -> &mut Pin<Box<B>> {
        if let State::Inline(body) = core::mem::replace(&mut self.state, State::Moving) {
            self.state = State::Boxed(Box::pin(body), resume_boxed::<B>);
        }
        match &mut self.state {
            State::Boxed(body, _) => body,
            _ => unreachable!("asyncgen: the body was just boxed"),
        }
    }
}

/// What `#[sync_generator(boxed)]` returns, inside its `Box<dyn Iterator>`: the body
/// in the same allocation, pinned because no one can move it out. This type is
/// private, and only [`boxed_sync`] makes one, straight into a `Box` as `dyn
/// Iterator`: a `dyn` value cannot be moved out of its box (it is unsized), and
/// nothing downcasts it back to this type.
#[cfg(feature = "alloc")]
struct InBox<B>(B);

#[cfg(feature = "alloc")]
impl<B: SyncBody> Iterator for InBox<B> {
    type Item = B::Item;

    #[inline]
    fn next(&mut self) -> Option<B::Item> {
        // SAFETY: `self` is inside its box for good (see `InBox`).
        unsafe { Pin::new_unchecked(&mut self.0) }.resume()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        hint(self.0.is_done())
    }
}

#[cfg(feature = "alloc")]
impl<B: SyncBody> FusedIterator for InBox<B> {}

/// Boxes a body for `#[sync_generator(boxed)]`: one allocation.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed_sync<'a, B: SyncBody + Send + 'a>(body: B) -> Box<dyn Iterator<Item = B::Item> + Send + 'a> {
    Box::new(InBox(body))
}

/// Boxes a body for `#[sync_generator(boxed_local)]`: one allocation.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed_local_sync<'a, B: SyncBody + 'a>(body: B) -> Box<dyn Iterator<Item = B::Item> + 'a> {
    Box::new(InBox(body))
}

impl<B: SyncBody> fmt::Debug for SyncGenerator<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = match self.state {
            State::Inline(_) => "in place",
            #[cfg(feature = "alloc")]
            State::Boxed(..) => "boxed",
            #[cfg(feature = "alloc")]
            State::Moving => "lost",
        };
        f.debug_struct("SyncGenerator").field("body", &at).finish_non_exhaustive()
    }
}
