//! The yield channel: a slot inside the pinned generator that the body's yields
//! fill and the generator empties, and the branded handle that reaches it.

use core::cell::{Cell, UnsafeCell};
use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::mem::{self, MaybeUninit};
use core::pin::Pin;
use core::ptr::NonNull;
use core::task::{Context, Poll};

use crate::resume::{Resume, YieldOutput};

/// A marker invariant in `T`.
pub(crate) type Invariant<T> = fn(T) -> T;

/// Lives inside the pinned generator; the body reaches it through its [`Yielder`].
///
/// The item slot is empty, *staged* (the item of a [`Yield`] future not polled
/// yet: a yield future dropped unpolled yields nothing, but its item is already
/// in place, so it is moved once into the slot and once out of it), or *ready*
/// (to hand out when the body's poll returns).
///
/// Every method takes `&self` and is `unsafe`: the caller must have the channel to
/// itself for the call, which holds for the body while the generator is polling
/// or dropping it, and for the generator at any other time (see `Yielder::new`).
pub(crate) struct Channel<T, R> {
    /// Initialised when `ready` is set, and when an item is staged (which
    /// `staged` records for items with drop glue only).
    value: UnsafeCell<MaybeUninit<T>>,
    /// The item is ready. A flag of its own, so that the generator can clear it
    /// unconditionally when it looks (one load, one store, one branch).
    ready: Cell<bool>,
    /// The item is staged. Only kept up to date when `T` has drop glue: it only
    /// tells `discard` and `drop` whether there is something to drop.
    staged: Cell<bool>,
    /// How the consumer resumes the pending yield (two-way generators only).
    pub(crate) resume: UnsafeCell<Option<Resume<R>>>,
    /// Two-way generators only, the generator's own state (the body never touches
    /// it): the body is suspended at a yield. Kept here rather than in the generator
    /// so that it fills the channel's padding (issue 19: `size_of` 96 → 88 for A).
    /// A `Cell`, so that the body's `&Channel` never covers plain bytes the generator
    /// writes while the body is suspended.
    pub(crate) parked: Cell<bool>,
    /// Two-way generators only, the generator's own: how far a `close()` got.
    pub(crate) closing: Cell<Closing>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Closing {
    Open,
    /// `close()` arrived mid-step: finish the step, drop its item, then deliver `Close`.
    Requested,
    /// The body has seen `Close`: whatever it yields next ends it.
    Delivered,
}

impl<T, R> Channel<T, R> {
    pub(crate) const fn new() -> Self {
        Channel {
            value: UnsafeCell::new(MaybeUninit::uninit()),
            ready: Cell::new(false),
            staged: Cell::new(false),
            resume: UnsafeCell::new(None),
            parked: Cell::new(false),
            closing: Cell::new(Closing::Open),
        }
    }

    /// Whether there is an item to drop.
    #[inline(always)]
    #[allow(clippy::inline_always)]
    fn occupied(&self) -> bool {
        mem::needs_drop::<T>() && (self.ready.get() || self.staged.get())
    }

    /// Moves `value` into the slot, ready or staged, dropping an item nobody took
    /// (only possible when a body polls or forgets yield futures by hand).
    ///
    /// # Safety
    /// The caller has the channel to itself (see [`Channel`]).
    #[inline(always)]
    #[allow(clippy::inline_always)] // a store, on the hot path
    pub(crate) unsafe fn store(&self, value: T, ready: bool) {
        // SAFETY: the caller's contract.
        unsafe { self.discard() };
        // SAFETY: the caller's contract: no other reference to the value exists.
        unsafe { (*self.value.get()).write(value) };
        if mem::needs_drop::<T>() {
            self.staged.set(!ready);
        }
        self.ready.set(ready);
    }

    /// Makes the staged item ready.
    ///
    /// # Safety
    /// The caller has the channel to itself, and it holds a staged item.
    #[inline(always)]
    #[allow(clippy::inline_always)]
    pub(crate) unsafe fn make_ready(&self) {
        if mem::needs_drop::<T>() {
            self.staged.set(false);
        }
        self.ready.set(true);
    }

    /// Takes a ready item; leaves a staged one.
    ///
    /// # Safety
    /// The caller has the channel to itself (see [`Channel`]).
    #[inline(always)]
    #[allow(clippy::inline_always)] // the generator's hot path
    pub(crate) unsafe fn take_ready(&self) -> Option<T> {
        let ready = self.ready.replace(false);
        if ready {
            // SAFETY: `ready` means initialised, and it is now clear, so the item
            // is read out once. The caller's contract excludes other accesses.
            Some(unsafe { (*self.value.get()).assume_init_read() })
        } else {
            None
        }
    }

    /// Drops the item, staged or ready, if any; the slot is empty afterwards.
    ///
    /// # Safety
    /// The caller has the channel to itself (see [`Channel`]).
    #[inline(always)]
    #[allow(clippy::inline_always)] // a store; more only for items with drop glue
    pub(crate) unsafe fn discard(&self) {
        if self.occupied() {
            // Empty first: if the drop panics, the item is not dropped again.
            self.ready.set(false);
            self.staged.set(false);
            // SAFETY: occupied means initialised; the caller's contract excludes
            // other accesses.
            unsafe { (*self.value.get()).assume_init_drop() };
        } else {
            self.ready.set(false);
        }
    }
}

impl<T, R> Drop for Channel<T, R> {
    #[inline]
    fn drop(&mut self) {
        // No code at all for items without drop glue: this is in the drop glue
        // of every generator, and a delegating body inlines its inner
        // generator's (issue 13: a few instructions more there and LLVM stopped
        // inlining the links of a `yield_from` chain).
        if self.occupied() {
            // SAFETY: occupied means initialised, and `&mut self` means the body,
            // the only other user, is gone (it is declared before the channel in
            // the generator, so dropped first).
            unsafe { self.value.get_mut().assume_init_drop() };
        }
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
        // SAFETY: the handle is being used, so the body is running inside the
        // generator's poll or drop, and has the channel to itself (`Yielder::new`).
        // The item is only staged: the future's first poll hands it out, and its
        // drop takes it back if that poll never came. The `&mut self` borrow it
        // holds keeps every other yield of this handle out until then.
        unsafe { self.chan.as_ref().store(value, false) };
        Yield { chan: self.chan, polled: false, _borrow: PhantomData }
    }

    /// The channel, for the futures of `stream_ops`.
    #[inline]
    pub(crate) fn chan(&mut self) -> NonNull<Channel<T, O::Arg>> {
        self.chan
    }
}

impl<T, O: YieldOutput> fmt::Debug for Yielder<'_, T, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Yielder").finish_non_exhaustive()
    }
}

/// Future returned by [`Yielder::yield_`]: `Pending` once (the generator then
/// hands out the item), then `Ready` with how the consumer resumed it.
///
/// The item already waits in the generator, staged; dropping the future before
/// its first poll drops the item instead of yielding it.
#[must_use = "a yield does nothing unless awaited"]
pub struct Yield<'a, T, O: YieldOutput = ()> {
    chan: NonNull<Channel<T, O::Arg>>,
    /// Whether the first poll has handed the item out. Kept here, in the body's
    /// state, rather than read back from the channel: the body's own stores may
    /// alias the channel as far as the optimiser knows, so a read of it is a load.
    polled: bool,
    /// Holds the `&mut Yielder` borrow: one yield in flight at a time.
    _borrow: PhantomData<(&'a mut (), Invariant<(T, O)>)>,
}

// Nothing points into the future: the item waits in the generator's slot.
impl<T, O: YieldOutput> Unpin for Yield<'_, T, O> {}

// SAFETY: as for `Yielder`, which this future borrows mutably (its drop may drop
// a staged `T`, its poll may take an `R`).
unsafe impl<T: Send, O: YieldOutput + Send> Send for Yield<'_, T, O> {}
// SAFETY: `&Yield` gives access to nothing but `Debug`, which reads `polled`.
unsafe impl<T, O: YieldOutput> Sync for Yield<'_, T, O> {}

impl<T, O: YieldOutput> Future for Yield<'_, T, O> {
    type Output = O;

    #[inline]
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<O> {
        let this = self.get_mut();
        // SAFETY: `chan` comes from the `Yielder` this future borrows, which the
        // running body uses: it has the channel to itself (`Yielder::new`).
        let chan = unsafe { this.chan.as_ref() };
        if !this.polled {
            // The staged item is ours: the `&mut Yielder` borrow kept every other
            // yield out since `yield_` staged it. Hand it out.
            this.polled = true;
            // SAFETY: as above; the slot holds our staged item.
            unsafe { chan.make_ready() };
            return Poll::Pending;
        }
        if !O::TWO_WAY {
            return Poll::Ready(O::from_resume(None));
        }
        // SAFETY: as above; the generator wrote `resume` before it resumed the body.
        let resume = unsafe { (*chan.resume.get()).take() };
        Poll::Ready(O::from_resume(resume))
    }
}

impl<T, O: YieldOutput> Drop for Yield<'_, T, O> {
    #[inline]
    fn drop(&mut self) {
        if !self.polled {
            // Never polled: the item, still staged, is not yielded. (Once polled,
            // the item is the generator's: taken, or left for it to hand out.)
            // SAFETY: as in `poll`: the body that holds this future is running
            // (being polled or dropped) and has the channel to itself; the staged
            // item is this future's, as in `poll`.
            unsafe { self.chan.as_ref().discard() };
        }
    }
}

impl<T, O: YieldOutput> fmt::Debug for Yield<'_, T, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Yield").field("pending", &!self.polled).finish()
    }
}
