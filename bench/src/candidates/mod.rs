//! Prototype yield channels for issue 19, measured beside the real runtime in the same
//! binaries. Plain generators only (no two-way, no fallible bodies, no `yield_from`):
//! just what workloads A, B, C and E need, through the macro-free form
//! `generator(async move |mut y| { .. y.yield_(v).await; .. })`.
//!
//! Both keep the runtime's brand (`for<'y> AsyncFnOnce(Y<'y, T>)`, invariant `'y`), so
//! the handle stays inside its body, which runs only inside the generator's own poll
//! or drop; they differ in where the item waits between the yield and `poll_next`:
//!
//! - [`out`] (candidate b, "the yield future's own output path"): the item stays in
//!   the yield future, inside the body's state; the future's first poll publishes
//!   the address of its item in the channel (one pointer), and `poll_next` moves the
//!   item straight out of the suspended body. The future is `!Unpin` and retracts
//!   the address when dropped, so the pointer never outlives the item.
//! - [`stack`] (candidate a, "the slot on `poll_next`'s stack"): `poll_next` lends a
//!   local `Option<T>` for the duration of the body's poll, its address written into
//!   the channel and cleared afterwards; the yield future's first poll moves the
//!   item there.
//!
//! Neither removes the pointer from the body to the generator (the only per-poll
//! input of a future on stable is its `Context`, and a wrapped waker is ruled out by
//! DESIGN §4), so neither lets LLVM promote the body's state to registers: what they
//! change is the channel's size and how many stores a yield costs.

#![allow(missing_debug_implementations)] // prototypes: measured, never printed

pub mod out;
pub mod stack;
pub mod work;

use core::marker::PhantomData;

/// The brand, invariant in `'y`, as in the runtime's `Yielder`.
type Brand<'y> = PhantomData<fn(&'y ()) -> &'y ()>;
/// Invariant in `T`.
type Inv<T> = PhantomData<fn(T) -> T>;

/// The body has not started, runs, or is gone; shared by both candidates.
enum State<F, Fut> {
    Start(F),
    Running(Fut),
    Done,
}
