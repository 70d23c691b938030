//! Python's async generators for Rust: write an `async fn` that yields, get a
//! [`Stream`](futures_core::Stream).
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
#![no_std]
#![deny(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod abort;
mod co;
mod generator;
mod output;
mod stream_ops;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use asyncgen_macros::{async_gen, async_generator};

/// Yields a value from an `#[async_generator]` body (the stable spelling of `yield v`).
///
/// The attribute rewrites every `yield_!` in its body; this definition only
/// exists to report a use outside of one.
#[macro_export]
macro_rules! yield_ {
    ($($tt:tt)*) => {
        ::core::compile_error! { "`yield_!` can only be used inside an `#[async_generator]` fn" }
    };
}

/// Re-yields every item of another stream from an `#[async_generator]` body.
///
/// The attribute rewrites every `yield_from!` in its body; this definition only
/// exists to report a use outside of one.
#[macro_export]
macro_rules! yield_from {
    ($($tt:tt)*) => {
        ::core::compile_error! { "`yield_from!` can only be used inside an `#[async_generator]` fn" }
    };
}
