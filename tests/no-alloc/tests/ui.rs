//! Compile-fail tests against `asyncgen` without its `alloc` feature.
//! The expected output is stable rustc's, so nightly skips them.

#[test]
#[cfg_attr(miri, ignore = "compiles crates")]
#[rustversion::attr(not(stable), ignore = "diagnostics are pinned to stable")]
fn ui() {
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
