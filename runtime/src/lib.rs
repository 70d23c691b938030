//! Python's async generators for Rust: write an `async fn` that yields, get a
//! [`Stream`].
//!
//! [`#[async_generator]`](macro@async_generator) turns an `async fn` whose body
//! yields into a plain fn returning `impl Stream<Item = T> + FusedStream`, where `T`
//! is the declared return type. Calling it runs nothing; each `poll_next` runs the
//! body to its next yield. It works on stable Rust and in `#![no_std]` crates, with
//! no allocation and no thread-local storage.
//!
//! ```
//! use asyncgen::async_generator;
//!
//! #[async_generator]
//! async fn countdown(from: u32) -> u32 {
//!     for i in (1..=from).rev() {
//!         yield_!(i);
//!     }
//! }
//! # let items = futures_executor_lite(countdown(3));
//! # assert_eq!(items, [3, 2, 1]);
//! # fn futures_executor_lite<S: futures_core::Stream>(s: S) -> Vec<S::Item> {
//! #     let mut s = core::pin::pin!(s);
//! #     let mut cx = core::task::Context::from_waker(core::task::Waker::noop());
//! #     let mut out = Vec::new();
//! #     while let core::task::Poll::Ready(Some(x)) = s.as_mut().poll_next(&mut cx) { out.push(x); }
//! #     out
//! # }
//! ```
//!
//! Consume it like any stream: `StreamExt::next` after `core::pin::pin!` (the
//! stream is `!Unpin`, like an `async fn`'s future), or by-value combinators such as
//! `collect`.
//!
//! # Supported syntax
//!
//! Inside the body, besides everything an `async fn` allows:
//!
//! - `yield_!(v)` yields `v`, which must have the item type. The stable spelling of
//!   `yield v`; it needs no import. It also works inside other macros' arguments
//!   (`assert!`, `vec![]`, `tokio::select!` arms, your `macro_rules!`).
//! - `#[for_await] for x in stream { .. }` loops over another stream (no `Unpin`
//!   needed), with patterns, labels, `break` and `continue`.
//! - `yield_from!(stream)` re-yields every item of another stream.
//! - `?` and `return Err(e)` when the item type is a `Result` (any path ending in
//!   `Result`): the error, converted with `From`, is the last item. `yield_!(Err(e))`
//!   yields an error and goes on; `return;` ends normally.
//!
//! ```
//! use asyncgen::async_generator;
//! use futures_core::Stream;
//!
//! #[async_generator]
//! async fn parse_each<S: Stream<Item = &'static str>>(texts: S) -> Result<u32, core::num::ParseIntError> {
//!     #[for_await]
//!     for text in texts {
//!         yield_!(Ok(text.parse()?));
//!     }
//! }
//!
//! #[async_generator]
//! async fn framed() -> Result<u32, core::num::ParseIntError> {
//!     yield_!(Ok(0));
//!     yield_from!(parse_each(from_slice(&["1", "2", "oops", "3"])));
//! }
//!
//! #[async_generator]
//! async fn from_slice(items: &'static [&'static str]) -> &'static str {
//!     for &item in items {
//!         yield_!(item);
//!     }
//! }
//! # let items = collect(framed());
//! # assert_eq!(items[..3], [Ok(0), Ok(1), Ok(2)]);
//! # assert!(items[3].is_err());
//! # assert_eq!(items.len(), 4);
//! # fn collect<S: futures_core::Stream>(s: S) -> Vec<S::Item> {
//! #     let mut s = core::pin::pin!(s);
//! #     let mut cx = core::task::Context::from_waker(core::task::Waker::noop());
//! #     let mut out = Vec::new();
//! #     while let core::task::Poll::Ready(Some(x)) = s.as_mut().poll_next(&mut cx) { out.push(x); }
//! #     out
//! # }
//! ```
//!
//! Where the attribute goes: free fns, inherent methods with any receiver (`self`,
//! `&self`, `&mut self`, `self: Box<Self>`, `self: Pin<&mut Self>`), trait method
//! declarations and their impls, with generics, `where` clauses, `impl Trait`
//! arguments, argument patterns, visibility, attributes and `unsafe`. Its arguments:
//!
//! - `boxed`: return `Pin<Box<dyn Stream<Item = T> + Send + '_>>`, for recursion and
//!   trait objects (needs the default `alloc` feature); `boxed_local`: the same
//!   without `Send`.
//! - `Send`: add `+ Send` to the returned `impl Stream`, for trait methods, whose
//!   callers do not see auto traits leak.
//! - `crate = path` (or `crate = "path"`): name the runtime through `path` instead
//!   of `::asyncgen`, for crates that reach asyncgen only through a re-export:
//!   `#[my_lib::async_generator(crate = my_lib::asyncgen)]`. Without it, a crate
//!   that does not depend on asyncgen gets an error at the attribute saying so (a
//!   renamed dependency is read from its Cargo.toml). [`async_gen!`] never needs
//!   it: it names the runtime through `$crate`, whatever re-export it was called
//!   by. Every other path the expansion writes goes through the runtime too (even
//!   `core`'s `Pin` and `Some`), so a user `mod core {}`, `extern crate x as core;`
//!   or items named `Result`, `Option`, `Pin` change nothing.
//! - `resume = R`: a [two-way generator](#two-way-generators-send-and-close): every
//!   yield evaluates to [`Resume<R>`], and the fn returns
//!   `impl AsyncGenerator<R, Item = T>`.
//!
//! ```
//! use asyncgen::async_generator;
//!
//! enum Tree {
//!     Leaf(u32),
//!     Node(Vec<Tree>),
//! }
//!
//! impl Tree {
//!     #[async_generator(boxed)]
//!     async fn leaves(&self) -> u32 {
//!         match self {
//!             Tree::Leaf(v) => yield_!(*v),
//!             Tree::Node(children) => {
//!                 for child in children {
//!                     yield_from!(child.leaves());
//!                 }
//!             }
//!         }
//!     }
//! }
//! # let tree = Tree::Node(vec![Tree::Leaf(1), Tree::Node(vec![Tree::Leaf(2)])]);
//! # let mut s = tree.leaves();
//! # let mut cx = core::task::Context::from_waker(core::task::Waker::noop());
//! # assert_eq!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(Some(1)));
//! # assert_eq!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(Some(2)));
//! # assert_eq!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(None));
//! ```
//!
//! ## The real keywords
//!
//! [`async_gen!`] takes the same fn with `yield v` and `for await x in s`, on
//! stable: rustc does not parse inside a macro call, and rustfmt formats it because
//! its content is an item. Attribute arguments go on an `#[async_generator(..)]`
//! inside the call.
//!
//! ```
//! asyncgen::async_gen!(
//!     async fn evens(n: u32) -> u32 {
//!         for i in 0..n {
//!             if i % 2 == 0 {
//!                 yield i;
//!             }
//!         }
//!     }
//! );
//! # let mut s = core::pin::pin!(evens(3));
//! # let mut cx = core::task::Context::from_waker(core::task::Waker::noop());
//! # use futures_core::Stream;
//! # assert_eq!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(Some(0)));
//! # assert_eq!(s.as_mut().poll_next(&mut cx), core::task::Poll::Ready(Some(2)));
//! ```
//!
//! Under the attribute itself, `yield v` and `for await` need nightly and
//! `#![feature(yield_expr)]` / `#![feature(async_for_loop)]` in your crate (stable
//! rustc rejects the syntax before any macro runs). The generated code never needs a
//! feature.
//!
//! # Semantics
//!
//! - The body starts at the first poll; `.await` works anywhere in it, and awaited
//!   futures see the consumer's own waker.
//! - The end of the body or `return` ends the stream: `None` for every later poll,
//!   `is_terminated()` true, `size_hint()` `(0, Some(0))`.
//! - A panic in the body propagates out of `poll_next`; afterwards the stream is
//!   terminated and never polls the body again.
//! - Dropping the stream drops the body's live locals and any produced but untaken
//!   item, each once.
//! - The stream is `Send`/`Sync` exactly when the body's state is, as for an
//!   `async fn`'s future, and `!Unpin` unless boxed.
//!
//! # Inline generators
//!
//! `async_gen!(async move { .. })` (or `async { .. }`, borrowing) is an expression:
//! a generator capturing locals as that async block would. The item type is inferred
//! from the yields and the expected type; the block is fallible exactly when it
//! uses `?` or `return Err(..)` itself (items `Result<T, E>`, the error last).
//!
//! ```
//! use asyncgen::{AsyncGenerator, async_gen};
//!
//! fn scaled(n: u32, scale: impl Fn(u32) -> u32) -> impl AsyncGenerator<Item = u32> {
//!     async_gen!(async move {
//!         for i in 0..n {
//!             yield scale(i);
//!         }
//!     })
//! }
//! # let _ = scaled(2, |x| x);
//! ```
//!
//! # Two-way generators: `send` and `close`
//!
//! With `resume = R`, yields evaluate to [`Resume<R>`]: [`Resume::Next`] when
//! resumed by `next()`, `Sent(v)` by [`send(v)`](AsyncGenerator::send), and `Close`
//! by [`close()`](AsyncGenerator::close), which then drives the body's cleanup,
//! `.await`s included, to its end (PEP 525's `asend` and `aclose`).
//!
//! ```
//! use asyncgen::{AsyncGenerator, Resume, async_generator};
//!
//! #[async_generator(resume = u32)]
//! async fn total() -> u32 {
//!     let mut sum = 0;
//!     loop {
//!         match yield_!(sum) {
//!             Resume::Next => {}
//!             Resume::Sent(v) => sum += v,
//!             Resume::Close => return, // cleanup may `.await` here
//!         }
//!     }
//! }
//! # let mut g = core::pin::pin!(total());
//! # let mut cx = core::task::Context::from_waker(core::task::Waker::noop());
//! # use core::future::Future;
//! # use futures_core::Stream;
//! # assert_eq!(g.as_mut().poll_next(&mut cx), core::task::Poll::Ready(Some(0)));
//! # let mut gm = g.as_mut();
//! # assert_eq!(core::pin::pin!(gm.send(4)).poll(&mut cx), core::task::Poll::Ready(Some(4)));
//! # assert_eq!(core::pin::pin!(gm.close()).poll(&mut cx), core::task::Poll::Ready(None));
//! ```
//!
//! # Without macros, and helpers that yield
//!
//! [`generator`] and [`try_generator`] build a generator from an async closure
//! taking a [`Yielder`]; the macros expand to them. Helpers are `async fn`s taking
//! `&mut Yielder<'_, T>`; inside a macro-form body, `yielder!()` is that body's
//! handle. The handle's brand keeps it inside its generator (see [`Yielder`]).
//!
//! # Sync generators
//!
//! [`#[sync_generator]`](macro@sync_generator) and [`sync_gen!`] are the same
//! macros for a plain `fn` (or a `move { .. }` block) that yields: they return a
//! [`SyncGenerator`], an [`Iterator`] by value (the body boxed once, on the first
//! `next()`) and, pinned, in place with no allocation (`for x in pin!(fib())`).
//! Everything above works but waiting: `.await`, `#[for_await]`, `yielder!()` and
//! `resume = R` are compile errors in them. `yield_from!` takes any
//! `IntoIterator`.
//!
//! ```
//! use asyncgen::sync_generator;
//!
//! #[sync_generator]
//! fn parse_all<'a>(texts: &'a [&'a str]) -> Result<u32, core::num::ParseIntError> {
//!     for text in texts {
//!         yield_!(text.parse::<u32>()?);
//!     }
//! }
//!
//! let items: Vec<_> = parse_all(&["1", "2", "x", "3"]).collect();
//! assert_eq!(items[..2], [Ok(1), Ok(2)]);
//! assert!(items[2].is_err());
//! assert_eq!(items.len(), 3);
//! ```
//!
//! An iterator has no consumer's waker to keep, so the yield channel is the
//! `Context` itself: each `next()` lends the body a slot on its own stack through
//! the waker's data pointer. A yield writes there only after checking the waker's
//! vtable and its generator's id (from a global counter, so sync generators exist
//! where `target_has_atomic = "ptr"`): a handle carried into another generator by a
//! hostile `macro_rules!` panics rather than writing into a slot of another type.
//!
//! # Limitations
//!
//! - Bodies nested hundreds of levels deep need the `deep-nesting` feature (it
//!   grows the macro's stack with the `stacker` crate); without it they are a
//!   compile error naming the feature, never a compiler crash.
//! - Dropping a generator without `close()` runs only synchronous drops: Rust has
//!   no async drop.
//! - A `yield` belongs to the generator's own body: one inside a nested closure,
//!   `async` block or fn item is a compile error pointing at it.
//! - `yield_!` inside a `macro_rules!` *defined* in the body is not rewritten; pass
//!   the yield to the macro as an argument instead.
//! - A generator that calls itself must be `boxed` (or `boxed_local`).
//! - A sync generator iterated by value allocates its body once; pin it to iterate
//!   without allocating (and for speed).
//!
//! # Soundness
//!
//! A generator's body reaches the item slot inside the generator through a raw
//! pointer in its [`Yielder`]; nothing checks at run time that the generator is
//! still there, is being polled, or has the same item type. The types make that so:
//!
//! - **The brand.** The body is a closure bounded `for<'y> AsyncFnOnce(Yielder<'y, T>)`
//!   and `Yielder` is invariant in `'y`, so the closure must work for a lifetime it
//!   knows nothing about: no place that outlives the call (an outer variable, a
//!   channel made outside, a `'static` box, a thread-local static, a spawned thread) has a
//!   type the handle fits into. `tests/ui/escape-*.rs` shows each rejected.
//! - **Where the body runs.** The body future lives inside the pinned generator and
//!   is only polled from `poll_next` / `poll_resume` and dropped from the generator's
//!   drop, and those touch the slot only before and after polling or dropping it.
//!   So the handle, confined to the body, is only ever used while the generator
//!   lends it the slot, by one user at a time (`&mut` on every method). A scoped
//!   thread the body starts is joined before the body's poll returns; a yield polled
//!   from a local's `Drop` runs while the generator drops the body, before the slot
//!   goes (field order).
//! - **Item types.** `Yielder` and its futures are invariant in `T` (async-stream
//!   #107 was a covariant sender).
//! - **Hidden API and macros.** What the expansion calls is this public API;
//!   `__private` re-exports it and adds only safe helpers (boxing, `next`). The
//!   handle's name in the expansion is hygienic, so a user `macro_rules!` cannot name
//!   it; `yielder!()` lends it as `&mut Yielder<'_, T>`, which the brand confines as
//!   above.
//!
//! The run-time tests pass under Miri with stacked and tree borrows, including
//! yield futures polled by hand, forgotten, or polled from a `Drop`.
//!
//! # What it expands to
//!
//! The `countdown` above becomes, as `cargo expand` prints it (formatted):
//!
//! ```
//! fn countdown(from: u32) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
//!     ::asyncgen::__private::generator(async move |mut yielder: ::asyncgen::__private::Yielder<'_, u32>| {
//!         let from = from;
//!         for i in (1..=from).rev() {
//!             let __item: u32 = i;
//!             yielder.yield_(__item).await;
//!         }
//!     })
//! }
//! # let _ = countdown(3);
//! ```
//!
//! [`generator`] wraps the async closure in a stream that, on its first poll,
//! calls it with a [`Yielder`]: a handle to an item slot inside the now pinned
//! stream. `yield_(v)` is a future that moves `v` into the slot and suspends
//! once; `poll_next` then returns the slot's item. The closure must accept a
//! `Yielder<'y, T>` for every brand `'y`, so the handle cannot leave the body,
//! which runs only inside the stream's own `poll_next` (and drop): no check is
//! needed per yield. The same functions are public, for [generators without
//! macros](Yielder) and helpers that yield.
#![no_std]
#![deny(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod async_generator;
mod machine;
mod output;
mod resume;
mod stream_ops;
#[cfg(target_has_atomic = "ptr")]
mod sync_generator;
#[cfg(target_has_atomic = "ptr")]
mod sync_machine;
mod yielder;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use asyncgen_macros::{async_generator, sync_generator};

pub use crate::async_generator::{AsyncGenerator, CloseFuture, SendFuture};
pub use crate::machine::{generator, try_generator};
pub use crate::resume::{Resume, YieldOutput};
pub use crate::stream_ops::YieldFrom;
#[cfg(target_has_atomic = "ptr")]
pub use crate::sync_generator::SyncGenerator;
#[cfg(target_has_atomic = "ptr")]
pub use crate::sync_machine::SyncBody;
pub use crate::yielder::{Yield, Yielder};

/// The trait every generator implements (re-exported from `futures-core`, so that
/// signatures can name it without another dependency).
pub use futures_core::Stream;

/// A [`Stream`] that knows when it has ended: generators report `true` once they
/// have returned `None` (re-exported from `futures-core`).
pub use futures_core::FusedStream;

/// The function-like twin of [`#[async_generator]`](macro@async_generator): one
/// `async fn` item with the real `yield` and `for await` keywords, or an inline
/// `async move { .. }` / `async { .. }` generator expression.
///
/// A `macro_rules!` in front of the procedural macro, so that the expansion names
/// this crate through `$crate`: it works through any crate that re-exports it, with
/// no `crate = path`.
///
/// ```
/// asyncgen::async_gen!(
///     async fn evens(n: u32) -> u32 {
///         for i in (0..n).step_by(2) {
///             yield i;
///         }
///     }
/// );
/// let doubled = |n: u32| asyncgen::async_gen!(async move {
///     for await i in evens(n) { yield i * 2; }
/// });
/// # let _ = doubled;
/// ```
#[macro_export]
macro_rules! async_gen {
    ($($tokens:tt)*) => {
        $crate::__private::async_gen! { $crate; $($tokens)* }
    };
}

/// The function-like twin of [`#[sync_generator]`](macro@sync_generator): one `fn`
/// item with the real `yield` keyword, or an inline `move { .. }` / `{ .. }`
/// generator expression that returns an [`Iterator`].
///
/// A `macro_rules!` in front of the procedural macro, as [`async_gen!`] is: it
/// works through any crate that re-exports it.
///
/// ```
/// asyncgen::sync_gen!(
///     fn evens(n: u32) -> u32 {
///         for i in (0..n).step_by(2) {
///             yield i;
///         }
///     }
/// );
/// let v = vec![1, 2, 3, 4];
/// let odds = asyncgen::sync_gen!(move {
///     for x in v { if x % 2 == 1 { yield x; } }
/// });
/// assert_eq!(odds.chain(evens(5)).collect::<Vec<_>>(), [1, 3, 0, 2, 4]);
/// ```
#[macro_export]
macro_rules! sync_gen {
    ($($tokens:tt)*) => {
        $crate::__private::sync_gen! { $crate; $($tokens)* }
    };
}

/// Yields a value from an `#[async_generator]` body (the stable spelling of `yield v`).
///
/// The attribute rewrites every `yield_!` in its body; this definition only
/// exists to report a use outside of one.
#[macro_export]
macro_rules! yield_ {
    ($($tt:tt)*) => {
        $crate::__private::core::compile_error! { "`yield_!` can only be used inside an `#[async_generator]` fn" }
    };
}

/// The body's own [`Yielder`], as `&mut Yielder<'_, T>`, inside an
/// `#[async_generator]` body: pass it to helpers that yield.
///
/// The attribute rewrites every `yielder!()` in its body; this definition only
/// exists to report a use outside of one.
#[macro_export]
macro_rules! yielder {
    ($($tt:tt)*) => {
        $crate::__private::core::compile_error! { "`yielder!` can only be used inside an `#[async_generator]` fn" }
    };
}

/// Re-yields every item of another stream from an `#[async_generator]` body.
///
/// The attribute rewrites every `yield_from!` in its body; this definition only
/// exists to report a use outside of one.
#[macro_export]
macro_rules! yield_from {
    ($($tt:tt)*) => {
        $crate::__private::core::compile_error! { "`yield_from!` can only be used inside an `#[async_generator]` fn" }
    };
}
