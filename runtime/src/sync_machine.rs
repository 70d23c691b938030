//! The state machine behind a sync generator, and the channel its yields use.
//!
//! An iterator has no consumer's waker to keep, so the channel is the `Context`:
//! each `resume` lends the body a `Frame` on its own stack through the waker's data
//! pointer, and a yield moves its item there. The body then holds no pointer into
//! the generator, which lets LLVM keep a generator iterated in place in registers
//! (an async generator's handle points into the stream, which keeps its state in
//! memory: `BENCHMARKS.md`, sync generators).
//!
//! A yield checks that the frame is its own generator's before it writes: the
//! waker's vtable must be this module's, and the frame's id the one its generator
//! gave its handle (a handle pulled into another generator's body by a hostile
//! `macro_rules!` meets a frame of another id, perhaps of another item type).

use core::cell::UnsafeCell;
use core::fmt;
use core::future::Future;
use core::marker::{PhantomData, PhantomPinned};
use core::pin::Pin;
use core::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use crate::output::BodyOutput;
use crate::yielder::Invariant;

/// What tells generators apart: unique among the generators that have started, so
/// a frame and a handle with the same id belong to the same generator.
type Id = usize;

static NEXT_ID: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(1);

/// A fresh id from a global counter: an integer, not an address, so the body holds
/// nothing that points into the generator. Never reused: when the counter would
/// wrap (only reachable with a 32-bit `usize`), starting another generator panics.
#[inline]
fn fresh_id() -> Id {
    use core::sync::atomic::Ordering::Relaxed;
    let mut id = NEXT_ID.load(Relaxed);
    loop {
        let Some(next) = id.checked_add(1) else {
            panic!("asyncgen: more sync generators started than a `usize` can count");
        };
        match NEXT_ID.compare_exchange_weak(id, next, Relaxed, Relaxed) {
            Ok(_) => return id,
            Err(now) => id = now,
        }
    }
}

/// The slot a yield fills, on `resume`'s stack for one poll of the body. `id`
/// first, at the same offset for every `T`, so it can be read before `T` is known
/// to be right.
#[repr(C)]
struct Frame<T> {
    id: Id,
    item: UnsafeCell<Option<T>>,
}

/// The waker that carries a frame. Its clones carry nothing ([`INERT`]): a clone
/// kept past the poll is a no-op waker, never a way back to the frame.
static FRAME: RawWakerVTable = RawWakerVTable::new(clone_inert, no_op, no_op, no_op);
static INERT: RawWakerVTable = RawWakerVTable::new(clone_inert, no_op, no_op, no_op);

fn clone_inert(_: *const ()) -> RawWaker {
    RawWaker::new(core::ptr::null(), &INERT)
}

fn no_op(_: *const ()) {}

/// The frame `cx` carries, if it is one of generator `id`'s.
///
/// # Safety
/// Only called from a poll, with the `cx` that poll got.
#[inline(always)]
#[allow(clippy::inline_always)] // the yield's whole hot path
unsafe fn frame_of<'a, T>(cx: &'a Context<'_>, id: Id) -> Option<&'a Frame<T>> {
    let waker = cx.waker();
    // `FRAME` and `INERT` are distinct `static`s, so distinct addresses (rustc
    // gives statics no `unnamed_addr`: they are never merged), and `FRAME` is only
    // ever paired with a live frame.
    if !core::ptr::eq(waker.vtable(), &raw const FRAME) {
        return None;
    }
    // SAFETY: a waker with the `FRAME` vtable is only made by `Machine::resume`,
    // with the address of a `Frame` that lives until `resume` returns, and the
    // caller's `cx` cannot outlive the poll `resume` is in. `repr(C)` puts the id
    // first, whatever that frame's item type.
    let frame_id = unsafe { waker.data().cast::<Id>().read() };
    let frame = waker.data().cast::<Frame<T>>();
    // SAFETY: same id, same generator (`fresh_id`), so the frame's item type is the
    // handle's `T`: `Machine` makes both from its own `T`.
    (frame_id == id).then(|| unsafe { &*frame })
}

/// The handle a sync generator lends its body: yields go through it.
///
/// `'y` is the brand, as for [`Yielder`](crate::Yielder): the body closure must
/// accept a handle for every `'y`, so the handle cannot leave the body by any
/// typed route. Even so it does not rely on that: a handle only writes into a
/// frame its own generator lent (see the module docs).
pub struct SyncYielder<'y, T> {
    id: Id,
    _brand: PhantomData<fn(&'y ()) -> &'y ()>,
    /// Invariant in `T`, and `Send` only when `T` is: a yield from a scoped thread
    /// moves its item to the thread that called `next()`.
    _types: PhantomData<(Invariant<T>, T)>,
}

impl<T> SyncYielder<'_, T> {
    const fn new(id: Id) -> Self {
        SyncYielder { id, _brand: PhantomData, _types: PhantomData }
    }

    /// Yields `value`: awaiting the future suspends the body until the next `next()`.
    #[inline]
    pub fn yield_(&mut self, value: T) -> SyncYield<'_, T> {
        SyncYield { item: Some(value), id: self.id, _borrow: PhantomData }
    }
}

impl<T> SyncYielder<'_, T> {
    /// Yields every item of `iter`: awaiting the future runs the iterator to its
    /// end, one item per `next()` of the generator.
    #[inline]
    pub fn yield_from<I: IntoIterator<Item = T>>(&mut self, iter: I) -> SyncYieldFrom<'_, I::IntoIter> {
        SyncYieldFrom { iter: iter.into_iter(), id: self.id, _borrow: PhantomData }
    }
}

/// Future of [`SyncYielder::yield_from`]: `Pending` once per item of the iterator,
/// each moved into the generator's frame, then `Ready`.
#[must_use = "a yield does nothing unless awaited"]
pub struct SyncYieldFrom<'a, I> {
    iter: I,
    id: Id,
    /// The borrow, and no auto traits: see the impls below.
    _borrow: PhantomData<(&'a mut (), *const ())>,
}

// The iterator is not pinned: `next` takes `&mut`.
impl<I> Unpin for SyncYieldFrom<'_, I> {}

// SAFETY: polled from another (scoped) thread, the future moves the iterator's
// items to the thread that called `next()`, so they must be `Send` too.
unsafe impl<I: Iterator + Send> Send for SyncYieldFrom<'_, I> where I::Item: Send {}
// SAFETY: `&SyncYieldFrom` reaches nothing (`poll` takes `Pin<&mut Self>`).
unsafe impl<I: Sync> Sync for SyncYieldFrom<'_, I> {}

impl<I: Iterator> Future for SyncYieldFrom<'_, I> {
    type Output = ();

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        // SAFETY: `cx` is this poll's.
        let Some(frame) = (unsafe { frame_of::<I::Item>(cx, this.id) }) else {
            panic!("asyncgen: a sync generator's yield was polled outside its own generator's `next()`");
        };
        match this.iter.next() {
            Some(item) => {
                // SAFETY: as in `SyncYield::poll`.
                unsafe { *frame.item.get() = Some(item) };
                Poll::Pending
            }
            None => Poll::Ready(()),
        }
    }
}

impl<I> fmt::Debug for SyncYieldFrom<'_, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncYieldFrom").finish_non_exhaustive()
    }
}

impl<T> fmt::Debug for SyncYielder<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncYielder").finish_non_exhaustive()
    }
}

/// Future of [`SyncYielder::yield_`]: `Pending` once, having moved its item into
/// the generator's frame, then `Ready`.
#[must_use = "a yield does nothing unless awaited"]
pub struct SyncYield<'a, T> {
    item: Option<T>,
    id: Id,
    /// Holds the `&mut SyncYielder` borrow: one yield in flight at a time.
    _borrow: PhantomData<(&'a mut (), Invariant<T>)>,
}

// Nothing points into the future.
impl<T> Unpin for SyncYield<'_, T> {}

impl<T> Future for SyncYield<'_, T> {
    type Output = ();

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        let Some(item) = this.item.take() else {
            return Poll::Ready(());
        };
        // SAFETY: `cx` is this poll's.
        let Some(frame) = (unsafe { frame_of::<T>(cx, this.id) }) else {
            panic!("asyncgen: a sync generator's yield was polled outside its own generator's `next()`");
        };
        // SAFETY: the frame is ours and `resume` does not touch it during the poll;
        // no reference into the slot is alive (the slot is only ever read or written
        // whole). An item a hand-polled yield left there is dropped.
        unsafe { *frame.item.get() = Some(item) };
        Poll::Pending
    }
}

impl<T> fmt::Debug for SyncYield<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncYield").field("pending", &self.item.is_some()).finish()
    }
}

/// A sync generator's body: what a [`SyncGenerator`](crate::SyncGenerator)
/// drives. Implemented by the runtime only.
pub trait SyncBody: sealed::Sealed {
    /// The items the body yields.
    type Item;

    /// Runs the body to its next yield (`Some`) or its end (`None`, and `None`
    /// from then on).
    #[doc(hidden)]
    fn resume(self: Pin<&mut Self>) -> Option<Self::Item>;

    /// Whether the body has ended (or panicked).
    #[doc(hidden)]
    fn is_done(&self) -> bool;
}

mod sealed {
    pub trait Sealed {}
    impl<T, Fut> Sealed for super::Machine<T, Fut> {}
}

/// Builds a sync generator's body from an async closure that yields through its
/// [`SyncYielder`]; what `#[sync_generator]` expands to. The closure is called at
/// once (which runs none of its body) with a handle of a fresh id.
#[inline]
pub fn sync_body<T, F>(body: F) -> impl SyncBody<Item = T>
where
    F: for<'y> AsyncFnOnce(SyncYielder<'y, T>),
{
    let id = fresh_id();
    Machine::new(call::<T, F, ()>(body, SyncYielder::new(id)), id)
}

/// [`sync_body`] for a fallible body: an error it returns is the last item.
#[inline]
pub fn sync_try_body<T, E, F>(body: F) -> impl SyncBody<Item = Result<T, E>>
where
    F: for<'y> AsyncFnOnce(SyncYielder<'y, Result<T, E>>) -> Result<(), E>,
{
    let id = fresh_id();
    Machine::new(call::<Result<T, E>, F, Result<(), E>>(body, SyncYielder::new(id)), id)
}

/// Calls the body closure: a fn item, so `Machine` can name the future's type.
/// `'static` is only the brand this instantiation picks: the closure was
/// type-checked for every brand, so it cannot rely on this one.
#[inline(always)]
#[allow(clippy::inline_always)] // a forwarding call
fn call<T, F, Out>(body: F, yielder: SyncYielder<'static, T>) -> impl Future<Output = Out>
where
    F: for<'y> AsyncFnOnce(SyncYielder<'y, T>) -> Out,
{
    body(yielder)
}

/// The body, and whether it has ended. One flag, not an enum around the body: the
/// body's own state is the only switch on the per-item path, which LLVM can then
/// fold into the consumer's loop.
pub struct Machine<T, Fut> {
    /// Structurally pinned. Kept after the end: a finished (or panicked) body
    /// holds nothing, its locals are dropped.
    body: Fut,
    /// The body returned, panicked, or waited: never polled again.
    done: bool,
    id: Id,
    _types: PhantomData<Invariant<T>>,
    /// The body may borrow from itself once started.
    _pinned: PhantomPinned,
}

impl<T, Fut> Machine<T, Fut>
where
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    const fn new(body: Fut, id: Id) -> Self {
        Machine { body, done: false, id, _types: PhantomData, _pinned: PhantomPinned }
    }
}

/// What the generator hands out after a poll that did not just yield: the body's
/// last item. An item a yield polled by hand left in the frame just before the end
/// is dropped, as for any yield polled outside its generator's `next()`.
#[cold]
#[inline(never)]
fn ended<T, O: BodyOutput<T>>(poll: Poll<O>, item: Option<T>) -> Option<T> {
    drop(item);
    match poll {
        Poll::Ready(output) => output.last_item(),
        Poll::Pending => panic!(
            "asyncgen: a sync generator's body waited on a future that was not ready \
             (an `.await` the macros could not see, e.g. inside a `macro_rules!` expansion); \
             sync generators cannot wait: use #[async_generator] for a `Stream`"
        ),
    }
}

impl<T, Fut> SyncBody for Machine<T, Fut>
where
    Fut: Future,
    Fut::Output: BodyOutput<T>,
{
    type Item = T;

    #[inline(always)]
    #[allow(clippy::inline_always)] // the whole per-item path
    fn resume(self: Pin<&mut Self>) -> Option<T> {
        // SAFETY: the body is structurally pinned: never moved out, dropped with
        // the machine.
        let this = unsafe { self.get_unchecked_mut() };
        if this.done {
            return None;
        }
        // SAFETY: as above.
        let body = unsafe { Pin::new_unchecked(&mut this.body) };
        let frame = Frame { id: this.id, item: UnsafeCell::new(None) };
        let raw = RawWaker::new((&raw const frame).cast(), &FRAME);
        // SAFETY: the vtable's functions do nothing, or make an inert waker, and
        // are callable from any thread; the data pointer is only read by
        // `frame_of`, during this poll, while `frame` is alive.
        let waker = unsafe { Waker::from_raw(raw) };
        let guard = DoneOnUnwind(&mut this.done);
        let poll = body.poll(&mut Context::from_waker(&waker));
        core::mem::forget(guard);
        match (poll, frame.item.into_inner()) {
            (Poll::Pending, Some(item)) => Some(item),
            (poll, item) => {
                this.done = true;
                ended(poll, item)
            }
        }
    }

    #[inline]
    fn is_done(&self) -> bool {
        self.done
    }
}

/// Ends the generator if the body panics: later calls return `None`.
struct DoneOnUnwind<'a>(&'a mut bool);

impl Drop for DoneOnUnwind<'_> {
    fn drop(&mut self) {
        *self.0 = true;
    }
}

impl<T, Fut> fmt::Debug for Machine<T, Fut> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncBody").field("done", &self.done).finish_non_exhaustive()
    }
}
