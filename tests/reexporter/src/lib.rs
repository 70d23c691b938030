//! Re-exports asyncgen, for `asyncgen-reexported`, which depends only on this crate:
//! the whole crate, and its macros at this crate's root (as async-stream's
//! `test-reexport` does with `stream!`).

pub use asyncgen;
pub use asyncgen::{async_gen, async_generator};
