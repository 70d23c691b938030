//! Candidate a: `poll_next` lends a slot on its own stack for each poll of the body.

use core::cell::Cell;
use core::future::Future;
use core::marker::{PhantomData, PhantomPinned};
use core::pin::Pin;
use core::ptr::{self, NonNull};
use core::task::{Context, Poll};

use futures::Stream;

use super::{Brand, Inv, State};

/// The channel: the address of `poll_next`'s slot while it polls the body, else null.
struct Chan<T> {
    slot: Cell<*mut Option<T>>,
}

/// The branded handle.
pub struct Y<'y, T> {
    chan: NonNull<Chan<T>>,
    _brand: Brand<'y>,
    _t: Inv<T>,
}

impl<T> Y<'_, T> {
    /// Yields `v`.
    #[inline]
    pub fn yield_(&mut self, v: T) -> Yield<'_, T> {
        Yield { chan: self.chan, item: Some(v), _b: PhantomData }
    }
}

/// The yield future; holds the item until its first poll moves it to the slot.
pub struct Yield<'a, T> {
    chan: NonNull<Chan<T>>,
    item: Option<T>,
    _b: PhantomData<&'a mut ()>,
}

impl<T> Unpin for Yield<'_, T> {}

impl<T> Future for Yield<'_, T> {
    type Output = ();
    #[inline]
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        let Some(item) = this.item.take() else { return Poll::Ready(()) };
        // SAFETY: the brand keeps this future inside the body, which only runs inside
        // the generator's poll (slot lent) or drop (slot null).
        let slot = unsafe { this.chan.as_ref() }.slot.get();
        if !slot.is_null() {
            // SAFETY: `poll_next`'s local, alive for this whole poll of the body.
            unsafe { *slot = Some(item) };
        }
        Poll::Pending
    }
}

/// The generator.
pub struct Gen<T, F, Fut, M> {
    state: State<F, Fut>,
    chan: Chan<T>,
    call: M,
    _pin: PhantomPinned,
}

/// Builds a candidate-a generator.
#[inline]
pub fn generator<T, F>(body: F) -> impl Stream<Item = T>
where
    F: for<'y> AsyncFnOnce(Y<'y, T>),
{
    Gen {
        state: State::Start(body),
        chan: Chan { slot: Cell::new(ptr::null_mut()) },
        call: call::<T, F>,
        _pin: PhantomPinned,
    }
}

#[inline(always)]
#[allow(clippy::inline_always)]
fn call<T, F: for<'y> AsyncFnOnce(Y<'y, T>)>(body: F, y: Y<'static, T>) -> impl Future<Output = ()> {
    body(y)
}

impl<T, F, Fut: Future<Output = ()>, M: Fn(F, Y<'static, T>) -> Fut> Stream for Gen<T, F, Fut, M> {
    type Item = T;
    #[inline]
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        // SAFETY: the body is never moved out of `Running`, nor the channel.
        let this = unsafe { self.get_unchecked_mut() };
        if let State::Start(_) = this.state {
            let State::Start(body) = core::mem::replace(&mut this.state, State::Done) else { unreachable!() };
            // SAFETY: `this` is pinned; the brand keeps the handle in the body.
            let y = Y { chan: NonNull::from(&this.chan), _brand: PhantomData, _t: PhantomData };
            this.state = State::Running((this.call)(body, y));
        }
        let State::Running(body) = &mut this.state else { return Poll::Ready(None) };
        let mut slot: Option<T> = None;
        this.chan.slot.set(&raw mut slot);
        // SAFETY: structurally pinned.
        let poll = unsafe { Pin::new_unchecked(body) }.poll(cx);
        this.chan.slot.set(ptr::null_mut());
        match poll {
            Poll::Ready(()) => {
                this.state = State::Done;
                Poll::Ready(slot)
            }
            Poll::Pending if slot.is_some() => Poll::Ready(slot),
            Poll::Pending => Poll::Pending,
        }
    }
}
