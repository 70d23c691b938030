//! The yield channel: a slot inside the pinned generator that the body's yield
//! futures fill and the generator empties, and the branded handle that reaches it.

use core::cell::UnsafeCell;
use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::mem;
use core::pin::Pin;
use core::ptr::NonNull;
use core::task::{Context, Poll};

use crate::resume::{Resume, YieldOutput};

/// A marker invariant in `T`.
pub(crate) type Invariant<T> = fn(T) -> T;

/// Lives inside the pinned generator; the body reaches it through its [`Yielder`].
pub(crate) struct Channel<T, R> {
    /// The item the body yielded during the current poll, if any.
    pub(crate) item: UnsafeCell<Option<T>>,
    /// How the consumer resumes the pending yield (two-way generators only).
    pub(crate) resume: UnsafeCell<Option<Resume<R>>>,
}

impl<T, R> Channel<T, R> {
    pub(crate) const fn new() -> Self {
        Channel { item: UnsafeCell::new(None), resume: UnsafeCell::new(None) }
    }
}

/// The handle a generator lends its body: yields go through it.
///
/// `'y` is the brand. A generator's body is a closure that must accept a
/// `Yielder<'y, ..>` for *every* `'y` (`for<'y> AsyncFnOnce(Yielder<'y, T>)`), and
/// `Yielder` is invariant in `'y`, so no place outside the body (a variable, a
/// channel, another thread, a leaked `'static` box) has a type the handle fits
/// into: the compiler keeps it inside the generator that lent it. Helpers that
/// yield take `&mut Yielder<'_, T>`.
///
/// `O` is what a yield evaluates to: `()` (plain), or [`Resume<R>`] for a
/// two-way generator that [`send`](crate::AsyncGenerator::send) resumes with `R`.
///
/// ```
/// use asyncgen::{AsyncGenerator, Yielder, generator};
///
/// fn numbers(n: u32) -> impl AsyncGenerator<Item = u32> {
///     generator(async move |mut y: Yielder<'_, u32>| {
///         for i in 0..n {
///             y.yield_(i).await;
///         }
///         pair(&mut y, 100).await;
///     })
/// }
///
/// async fn pair(y: &mut Yielder<'_, u32>, v: u32) {
///     y.yield_(v).await;
///     y.yield_(v + 1).await;
/// }
/// # let mut s = core::pin::pin!(numbers(2));
/// # let mut cx = core::task::Context::from_waker(core::task::Waker::noop());
/// # use futures_core::Stream;
/// # let mut all = Vec::new();
/// # while let core::task::Poll::Ready(Some(x)) = s.as_mut().poll_next(&mut cx) { all.push(x); }
/// # assert_eq!(all, [0, 1, 100, 101]);
/// ```
pub struct Yielder<'y, T, O: YieldOutput = ()> {
    chan: NonNull<Channel<T, O::Arg>>,
    /// Invariant in `'y`: a brand cannot be widened or narrowed to fit elsewhere.
    _brand: PhantomData<fn(&'y ()) -> &'y ()>,
    /// Invariant in `T` (async-stream #107 was a covariant sender that let a
    /// short-lived value into a stream of longer-lived items).
    _types: PhantomData<Invariant<(T, O)>>,
}

// SAFETY: a `Yielder` moves `T` values into the channel and `R` values out of it;
// the generator hands those over on the thread that polls it, so `T: Send` and
// `O: Send` (that is, `R: Send`) suffice. The brand keeps the handle inside the
// body, which only runs inside the generator's own `poll_next` or drop: a thread
// it was sent to (a scoped one) uses it while that call is blocked, never
// concurrently with the generator's own accesses.
unsafe impl<T: Send, O: YieldOutput + Send> Send for Yielder<'_, T, O> {}
// SAFETY: `&Yielder` gives access to nothing (every operation takes `&mut self`).
unsafe impl<T, O: YieldOutput> Sync for Yielder<'_, T, O> {}

impl<T, O: YieldOutput> Yielder<'_, T, O> {
    /// # Safety
    /// `chan` must stay valid, and be accessed by nobody else, whenever the
    /// returned handle (or a future borrowing it) is used: the caller keeps it
    /// inside a body that only runs while the channel's owner lends it out.
    pub(crate) unsafe fn new(chan: NonNull<Channel<T, O::Arg>>) -> Self {
        Yielder { chan, _brand: PhantomData, _types: PhantomData }
    }

    /// Yields `value` as the generator's next item. Awaiting the returned future
    /// suspends the body until the consumer resumes it, and evaluates to how it
    /// was resumed: `()` in a plain generator, a [`Resume`] in a two-way one.
    #[inline]
    pub fn yield_(&mut self, value: T) -> Yield<'_, T, O> {
        Yield { chan: self.chan, value: Some(value), _borrow: PhantomData }
    }

    /// The channel, for the futures of `stream_ops`.
    #[inline]
    pub(crate) fn chan(&mut self) -> NonNull<Channel<T, O::Arg>> {
        self.chan
    }
}

/// Moves `item` into the channel's slot.
///
/// # Safety
/// `chan` comes from a live [`Yielder`] (or a future borrowing one) that is
/// being used by the running body, as `Yielder::new` requires.
#[inline]
pub(crate) unsafe fn put<T, R>(chan: NonNull<Channel<T, R>>, item: &mut Option<T>) {
    // SAFETY: the caller's contract: the body runs inside the generator's poll or
    // drop, which touches the channel only before and after running it, so this
    // access overlaps no other. An item nobody took (only possible when a body
    // polls yield futures by hand) is dropped here, once.
    let old = unsafe { mem::replace(&mut *chan.as_ref().item.get(), item.take()) };
    drop(old);
}

impl<T, O: YieldOutput> fmt::Debug for Yielder<'_, T, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Yielder").finish_non_exhaustive()
    }
}

/// Future returned by [`Yielder::yield_`]: `Pending` once (the generator then
/// hands out the item), then `Ready` with how the consumer resumed it.
#[must_use = "a yield does nothing unless awaited"]
pub struct Yield<'a, T, O: YieldOutput = ()> {
    chan: NonNull<Channel<T, O::Arg>>,
    value: Option<T>,
    /// Holds the `&mut Yielder` borrow: one yield in flight at a time.
    _borrow: PhantomData<(&'a mut (), Invariant<(T, O)>)>,
}

// The value is never pinned: it moves into the slot by value.
impl<T, O: YieldOutput> Unpin for Yield<'_, T, O> {}

// SAFETY: as for `Yielder`, which this future borrows mutably.
unsafe impl<T: Send, O: YieldOutput + Send> Send for Yield<'_, T, O> {}
// SAFETY: `&Yield` gives access to nothing but `Debug`, which reads `value`'s tag.
unsafe impl<T: Sync, O: YieldOutput> Sync for Yield<'_, T, O> {}

impl<T, O: YieldOutput> Future for Yield<'_, T, O> {
    type Output = O;

    #[inline]
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<O> {
        let this = self.get_mut();
        if this.value.is_some() {
            // SAFETY: `chan` comes from the `Yielder` this future borrows.
            unsafe { put(this.chan, &mut this.value) };
            return Poll::Pending;
        }
        if !O::TWO_WAY {
            return Poll::Ready(O::from_resume(None));
        }
        // SAFETY: as in `put`: only the running body touches the channel, and the
        // generator wrote `resume` before it resumed the body.
        let resume = unsafe { (*this.chan.as_ref().resume.get()).take() };
        Poll::Ready(O::from_resume(resume))
    }
}

impl<T, O: YieldOutput> fmt::Debug for Yield<'_, T, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Yield").field("pending", &self.value.is_some()).finish()
    }
}
