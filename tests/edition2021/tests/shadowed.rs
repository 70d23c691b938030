//! The same generators in an edition 2021 crate with the same shadowed root (its
//! `impl Trait` return types capture only the lifetimes they name).
#![allow(clippy::cast_possible_truncation, missing_debug_implementations)]

// `forms.rs` names the runtime `ag`, as the no_std crate's manifest renames it.
extern crate asyncgen as ag;
#[allow(unused_extern_crates)]
extern crate asyncgen_reexporter as core;
#[allow(unused_extern_crates)]
extern crate asyncgen_reexporter as futures_core;
#[allow(unused_extern_crates)]
extern crate asyncgen_reexporter as std;
extern crate core as real_core;

include!("../../shadowed/src/shadows.rs");
include!("../../shadowed/src/forms.rs");

#[test]
fn every_form_runs_on_edition_2021() {
    use ::ag::AsyncGenerator as _;
    use ::asyncgen_tests::{block_on, collect, next};
    assert_eq!(collect(numbers(3)), [0, 1, 2]);
    assert_eq!(collect(parsed(&["1", "", "3"])), [real_core::result::Result::Ok(1)]);
    assert_eq!(collect(countdown(2)), [2, 1]);
    assert_eq!(collect(sendable(1)), [1]);
    assert_eq!(collect(keywords(1)), [0, 9, 9]);
    assert_eq!(collect(keywords_boxed(1)).len(), 2);
    assert_eq!(collect(inline(1, "4")), [real_core::result::Result::Ok(0), real_core::result::Result::Ok(4)]);
    assert_eq!(sync_parsed(&["1", "", "3"]).count(), 1);
    assert_eq!(sync_keywords(1).sum::<u32>(), 3);
    assert_eq!(sync_inline(2).sum::<u32>(), 10);
    let mut echo = real_core::pin::pin!(echo());
    block_on(async {
        assert_eq!(next(echo.as_mut()).await, real_core::option::Option::Some(0));
        assert_eq!(echo.as_mut().send(3).await, real_core::option::Option::Some(3));
    });
}
