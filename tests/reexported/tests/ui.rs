//! The attribute through a re-export, without `crate = path`: a crate that does not
//! depend on asyncgen gets one error at the attribute that names the fix.
//! (Here, unlike in asyncgen-tests, the compiled crates do not depend on asyncgen.)

#[test]
#[cfg_attr(miri, ignore = "compiles crates")]
#[rustversion::attr(not(stable), ignore = "diagnostics are pinned to stable")]
fn ui() {
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
