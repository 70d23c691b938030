//! Re-exports asyncgen, for `asyncgen-reexported`, which depends only on this crate.

pub use asyncgen;
