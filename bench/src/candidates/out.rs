//! Candidate b: the item waits in the yield future; the generator takes it from there.

use core::cell::Cell;
use core::future::Future;
use core::marker::{PhantomData, PhantomPinned};
use core::pin::Pin;
use core::ptr::{self, NonNull};
use core::task::{Context, Poll};

use futures::Stream;

use super::{Brand, Inv, State};

/// The channel: the address of a polled yield future's item, or null.
struct Chan<T> {
    item: Cell<*mut Option<T>>,
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
        Yield { chan: self.chan, item: Some(v), polled: false, _b: PhantomData, _pin: PhantomPinned }
    }
}

/// The yield future; holds the item until the generator takes it.
pub struct Yield<'a, T> {
    chan: NonNull<Chan<T>>,
    item: Option<T>,
    polled: bool,
    _b: PhantomData<&'a mut ()>,
    // The channel may point at `item`: never moved once polled.
    _pin: PhantomPinned,
}

impl<T> Future for Yield<'_, T> {
    type Output = ();
    #[inline]
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: nothing is moved out; `item` stays in place (pinned) until `drop`.
        let this = unsafe { self.get_unchecked_mut() };
        if this.polled {
            return Poll::Ready(());
        }
        this.polled = true;
        // SAFETY: the handle's brand keeps this future inside the body, which only
        // runs inside the generator's poll or drop: the channel is alive and ours.
        // The address stays valid: the future is pinned, and `drop` retracts it.
        unsafe { this.chan.as_ref() }.item.set(&raw mut this.item);
        Poll::Pending
    }
}

impl<T> Drop for Yield<'_, T> {
    #[inline]
    fn drop(&mut self) {
        if self.polled {
            // SAFETY: as in `poll` (a drop of the body runs inside the generator's).
            let chan = unsafe { self.chan.as_ref() };
            if ptr::eq(chan.item.get(), &raw mut self.item) {
                chan.item.set(ptr::null_mut());
            }
        }
    }
}

/// The generator.
pub struct Gen<T, F, Fut> {
    state: State<F, Fut>,
    chan: Chan<T>,
    _pin: PhantomPinned,
}

/// Builds a candidate-b generator.
#[inline]
pub fn generator<T, F>(body: F) -> impl Stream<Item = T>
where
    F: for<'y> AsyncFnOnce(Y<'y, T>),
{
    Gen { state: State::Start(body), chan: Chan { item: Cell::new(ptr::null_mut()) }, _pin: PhantomPinned }
        .with_call(call::<T, F>)
}

#[inline(always)]
#[allow(clippy::inline_always)]
fn call<T, F: for<'y> AsyncFnOnce(Y<'y, T>)>(body: F, y: Y<'static, T>) -> impl Future<Output = ()> {
    body(y)
}

impl<T, F, Fut> Gen<T, F, Fut> {
    #[inline]
    fn with_call<M: Fn(F, Y<'static, T>) -> Fut>(self, call: M) -> Wrap<T, F, Fut, M> {
        Wrap { gen_: self, call }
    }
}

/// The generator and its zero-sized `call` (names the body's future type).
pub struct Wrap<T, F, Fut, M> {
    gen_: Gen<T, F, Fut>,
    call: M,
}

impl<T, F, Fut: Future<Output = ()>, M: Fn(F, Y<'static, T>) -> Fut> Stream for Wrap<T, F, Fut, M> {
    type Item = T;
    #[inline]
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        // SAFETY: the body is never moved out of `Running`, nor the channel.
        let this = unsafe { self.get_unchecked_mut() };
        let g = &mut this.gen_;
        if let State::Start(_) = g.state {
            let State::Start(body) = core::mem::replace(&mut g.state, State::Done) else { unreachable!() };
            // SAFETY: `g` is pinned; the brand keeps the handle in the body.
            let y = Y { chan: NonNull::from(&g.chan), _brand: PhantomData, _t: PhantomData };
            g.state = State::Running((this.call)(body, y));
        }
        let State::Running(body) = &mut g.state else { return Poll::Ready(None) };
        // SAFETY: structurally pinned.
        match unsafe { Pin::new_unchecked(body) }.poll(cx) {
            Poll::Ready(()) => {
                g.state = State::Done;
                Poll::Ready(None)
            }
            Poll::Pending => {
                let p = g.chan.item.replace(ptr::null_mut());
                if p.is_null() {
                    Poll::Pending
                } else {
                    // SAFETY: a polled, pinned, live yield future published `p`
                    // (its drop retracts it), and the body is suspended.
                    Poll::Ready(unsafe { (*p).take() })
                }
            }
        }
    }
}
