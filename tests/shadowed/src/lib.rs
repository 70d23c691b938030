//! A `#![no_std]` edition 2024 user crate whose root rebinds `core`, `std` and
//! `futures_core` to a crate that has none of their items, and shadows the
//! prelude's names (futures-async-stream's `overwriting_core_crate`, widened):
//! every path the expansion writes must go through the runtime. It depends on
//! asyncgen renamed to `ag` (its manifest), and has a `mod asyncgen {}`.
#![no_std]
#![forbid(unsafe_code)]
#![allow(clippy::cast_possible_truncation, missing_debug_implementations)]

#[allow(unused_extern_crates)]
extern crate asyncgen_reexporter as core;
#[allow(unused_extern_crates)]
extern crate asyncgen_reexporter as futures_core;
#[allow(unused_extern_crates)]
extern crate asyncgen_reexporter as std;
extern crate core as real_core;

include!("shadows.rs");
include!("forms.rs");
