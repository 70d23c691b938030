//! The yield channel: a slot inside the pinned generator that the body's
//! yield futures fill and `poll_next` empties.

use core::cell::UnsafeCell;
use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::mem;
use core::pin::Pin;
use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use core::task::{Context, Poll};

/// State shared between a generator and the one [`Co`] handle of its body.
///
/// Lives inside the pinned generator; all access goes through `&Shared`.
pub(crate) struct Shared<T> {
    /// The item produced during the current poll, if any.
    slot: UnsafeCell<Option<T>>,
    /// The `Context` the generator is being polled with right now; null between polls.
    /// Only a yield future polled with this very `Context` may touch `slot`.
    polling: AtomicPtr<()>,
    /// Set while a [`Co`] pointing here exists; the generator refuses to die before it.
    co_alive: AtomicBool,
}

impl<T> Shared<T> {
    pub(crate) const fn new() -> Self {
        Self {
            slot: UnsafeCell::new(None),
            polling: AtomicPtr::new(ptr::null_mut()),
            co_alive: AtomicBool::new(false),
        }
    }

    /// Opens the slot to yield futures polled with `cx`.
    #[inline]
    pub(crate) fn begin_poll(&self, cx: &mut Context<'_>) {
        self.polling.store(context_addr(cx), Ordering::Relaxed);
    }

    /// Closes the slot and takes what the body put there.
    #[inline]
    pub(crate) fn end_poll(&self) -> Option<T> {
        self.polling.store(ptr::null_mut(), Ordering::Relaxed);
        // SAFETY: only `Co::put` writes the slot, and only while `polling` holds the
        // address of a live `Context` that the generator's `poll_next` lent out; we
        // just reset it, and nothing else holds a reference into the slot.
        unsafe { (*self.slot.get()).take() }
    }

    pub(crate) fn mark_co_alive(&self) {
        self.co_alive.store(true, Ordering::Relaxed);
    }

    pub(crate) fn co_alive(&self) -> bool {
        self.co_alive.load(Ordering::Acquire)
    }
}

#[inline]
fn context_addr(cx: &mut Context<'_>) -> *mut () {
    ptr::from_mut(cx).cast()
}

/// The body's handle to its generator: yields go through it.
///
/// Invariant in `T` (async-stream #107 was a covariant sender that let a
/// short-lived value into a stream of longer-lived items).
pub struct Co<T> {
    shared: NonNull<Shared<T>>,
    _invariant: PhantomData<fn(T) -> T>,
}

// SAFETY: a `Co` only moves `T` values into the slot, which the generator then hands
// out on the thread that polls it: `T: Send` suffices. The slot is written only by a
// yield future polled with the generator's current `Context` (see `Co::put`), i.e.
// inside the generator's own `poll_next` call chain, never concurrently with it.
unsafe impl<T: Send> Send for Co<T> {}
// SAFETY: `&Co` allows the same operations as `Co` (everything takes `&self`), and
// each of them is guarded as argued for `Send`.
unsafe impl<T: Send> Sync for Co<T> {}

impl<T> Co<T> {
    /// # Safety
    /// `shared` must stay valid for as long as `Shared::co_alive` reports this handle
    /// alive, and the caller must have set `co_alive` before calling.
    pub(crate) unsafe fn new(shared: NonNull<Shared<T>>) -> Self {
        Co { shared, _invariant: PhantomData }
    }

    #[inline]
    fn shared(&self) -> &Shared<T> {
        // SAFETY: the generator that owns `Shared` aborts rather than let its memory go
        // while this handle lives (`Gen`'s `Drop`), and it is pinned, so the pointer
        // stays valid for our whole life. Access is shared; mutation is interior.
        unsafe { self.shared.as_ref() }
    }

    /// Yields `value` as the generator's next item: the returned future is
    /// `Pending` once (the generator then returns the item) and `Ready` when resumed.
    #[inline]
    pub fn yield_(&self, value: T) -> Yield<'_, T> {
        Yield { co: self, value: Some(value) }
    }

    /// Moves `value` into the slot if `cx` is the generator's current `Context`.
    #[inline]
    pub(crate) fn put(&self, cx: &mut Context<'_>, value: T) {
        self.put_from(cx, &mut Some(value));
    }

    /// Moves `*value` into the slot (leaving `None`), checked as in [`Co::put`].
    /// Moving the whole `Option` spares big items an unwrap and re-wrap copy.
    #[inline]
    fn put_from(&self, cx: &mut Context<'_>, value: &mut Option<T>) {
        let shared = self.shared();
        if shared.polling.load(Ordering::Relaxed) != context_addr(cx) {
            misplaced_yield();
        }
        // SAFETY: `polling` equals the address of the live `&mut Context` we were given,
        // so we run inside the generator's `poll_next`, which stored it before polling
        // the body and will reset it before touching the slot again: no other access
        // to the slot overlaps this one. Two distinct live `Context`s cannot share an
        // address, so a handle used from elsewhere (another thread, another
        // executor, after the poll) fails the check above.
        let old = unsafe { mem::replace(&mut *shared.slot.get(), value.take()) };
        // An item nobody took (only possible through misuse) drops outside the slot borrow.
        drop(old);
    }
}

impl<T> Drop for Co<T> {
    fn drop(&mut self) {
        self.shared().co_alive.store(false, Ordering::Release);
    }
}

impl<T> fmt::Debug for Co<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Co").finish_non_exhaustive()
    }
}

#[cold]
fn misplaced_yield() -> ! {
    crate::abort::abort("asyncgen: a yield was polled outside its generator's `poll_next`")
}

/// Future returned by [`Co::yield_`].
#[must_use = "a yield does nothing unless awaited"]
pub struct Yield<'a, T> {
    co: &'a Co<T>,
    value: Option<T>,
}

// The value is never pinned: it moves into the slot by value.
impl<T> Unpin for Yield<'_, T> {}

impl<T> Future for Yield<'_, T> {
    type Output = ();

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        if this.value.is_none() {
            return Poll::Ready(());
        }
        this.co.put_from(cx, &mut this.value);
        Poll::Pending
    }
}

impl<T> fmt::Debug for Yield<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Yield").field("pending", &self.value.is_some()).finish()
    }
}
