//! Futures that consume other streams inside a body: `#[for_await]` and `yield_from!`.

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::Stream;

use core::marker::PhantomData;
use core::ptr::NonNull;

use crate::yielder::{Channel, Invariant, Yielder};

/// Future of the next item of a pinned stream (what `#[for_await]` awaits).
#[must_use = "futures do nothing unless awaited"]
pub struct Next<'a, S: ?Sized> {
    stream: Pin<&'a mut S>,
}

/// Returns the future of `stream`'s next item.
#[inline]
pub fn next<S: Stream + ?Sized>(stream: Pin<&mut S>) -> Next<'_, S> {
    Next { stream }
}

impl<S: Stream + ?Sized> Future for Next<'_, S> {
    type Output = Option<S::Item>;

    #[inline]
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.stream.as_mut().poll_next(cx)
    }
}

impl<S: ?Sized> fmt::Debug for Next<'_, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Next").finish_non_exhaustive()
    }
}

/// Future that re-yields every item of `stream` (what `yield_from!` awaits).
#[must_use = "a yield does nothing unless awaited"]
pub struct YieldFrom<'a, T, S, M = Same> {
    chan: NonNull<Channel<T, ()>>,
    stream: S,
    map: M,
    /// Holds the `&mut Yielder` borrow: one yield in flight at a time.
    _borrow: PhantomData<(&'a mut (), Invariant<T>)>,
}

// SAFETY: as for `Yielder`, which this future borrows mutably; the stream and
// the map are owned.
unsafe impl<T: Send, S: Send, M: Send> Send for YieldFrom<'_, T, S, M> {}
// SAFETY: `&YieldFrom` gives access to nothing.
unsafe impl<T, S, M> Sync for YieldFrom<'_, T, S, M> {}

/// How [`YieldFrom`] turns an item of the inner stream into one of ours.
pub trait MapItem<I, T> {
    /// Converts one item.
    fn map_item(&mut self, item: I) -> T;
}

/// Items pass unchanged (`yield_from!`).
#[derive(Debug, Clone, Copy)]
pub struct Same;

impl<T> MapItem<T, T> for Same {
    #[inline]
    fn map_item(&mut self, item: T) -> T {
        item
    }
}

/// Items pass through a closure: a `#[for_await]` loop that only re-yields its
/// item becomes a delegation, and the closure keeps the coercions of `yield_!`.
#[derive(Debug, Clone, Copy)]
pub struct With<F>(pub F);

impl<I, T, F: FnMut(I) -> T> MapItem<I, T> for With<F> {
    #[inline]
    fn map_item(&mut self, item: I) -> T {
        (self.0)(item)
    }
}

impl<T> Yielder<'_, T> {
    /// Yields every item of `stream`, then completes (JavaScript's `yield*`).
    ///
    /// Only plain generators delegate: a two-way generator's yields have a value,
    /// which a delegated stream has no way to receive.
    #[inline]
    pub fn yield_from<S: Stream<Item = T>>(&mut self, stream: S) -> YieldFrom<'_, T, S> {
        YieldFrom { chan: self.chan(), stream, map: Same, _borrow: PhantomData }
    }

    /// Yields `map(item)` for every item of `stream`, then completes.
    #[doc(hidden)]
    #[inline]
    pub fn reyield<S: Stream, F: FnMut(S::Item) -> T>(
        &mut self,
        stream: S,
        map: F,
    ) -> YieldFrom<'_, T, S, With<F>> {
        YieldFrom { chan: self.chan(), stream, map: With(map), _borrow: PhantomData }
    }
}

impl<T, S: Stream, M: MapItem<S::Item, T>> Future for YieldFrom<'_, T, S, M> {
    type Output = ();

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: `stream` is structurally pinned: never moved out of `self`, and
        // `YieldFrom` has no `Drop` impl, and is `Unpin` only when `S` is.
        let this = unsafe { self.get_unchecked_mut() };
        // SAFETY: see above.
        let stream = unsafe { Pin::new_unchecked(&mut this.stream) };
        match stream.poll_next(cx) {
            Poll::Ready(Some(item)) => {
                let item = this.map.map_item(item);
                // SAFETY: `chan` comes from the `Yielder` this future borrows, which
                // the running body uses: it has the channel to itself.
                unsafe { this.chan.as_ref().store(item, true) };
                Poll::Pending
            }
            Poll::Ready(None) => Poll::Ready(()),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T, S, M> fmt::Debug for YieldFrom<'_, T, S, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("YieldFrom").finish_non_exhaustive()
    }
}
