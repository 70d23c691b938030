//! Unit tests at the `proc_macro2` level: expansion snapshots and a fuzz test.

mod fuzz;
mod snapshots;
