//! Unit tests at the `proc_macro2` level: expansion snapshots, a fuzz test and deep input.

mod deep;
mod fuzz;
mod snapshots;
