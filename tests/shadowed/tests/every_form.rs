//! The `no_std` library's generators, run.

use ag::AsyncGenerator;
use asyncgen_shadowed as lib;
use asyncgen_tests::{block_on, collect, next};
use core::pin::pin;

#[test]
fn every_form_runs_in_a_crate_that_shadows_core_std_and_the_prelude() {
    assert_eq!(collect(lib::numbers(3)), [0, 1, 2]);
    let parsed = collect(lib::parsed(&["1", "x", "3"]));
    assert_eq!(parsed[0], Ok(1));
    assert!(parsed[1].is_err());
    assert_eq!(parsed.len(), 2);
    assert_eq!(collect(lib::parsed(&["1", "", "3"])), [Ok(1)]);
    assert_eq!(collect(lib::countdown(3)), [3, 2, 1]);
    assert_eq!(collect(lib::sendable(2)), [2, 1]);
    assert_eq!(collect(lib::keywords(2)), [0, 1, 9, 9]);
    let boxed = collect(lib::keywords_boxed(2));
    assert_eq!(boxed[..2], [Ok(0), Ok(1)]);
    assert!(boxed[2].is_err());
    assert_eq!(collect(lib::inline(2, "7")), [Ok(0), Ok(10), Ok(7)]);
    let parsed: Vec<_> = lib::sync_parsed(&["1", "x", "3"]).collect();
    assert_eq!(parsed[0], Ok(1));
    assert!(parsed[1].is_err());
    assert_eq!(parsed.len(), 2);
    assert_eq!(lib::sync_keywords(2).collect::<Vec<_>>(), [0, 1, 2, 1]);
    assert_eq!(pin!(lib::sync_keywords(1)).collect::<Vec<_>>(), [0, 2, 1]);
    assert_eq!(lib::sync_inline(2).collect::<Vec<_>>(), [0, 10]);

    let mut total = pin!(lib::total());
    let mut echo = pin!(lib::echo());
    block_on(async {
        assert_eq!(next(total.as_mut()).await, Some(0));
        assert_eq!(total.as_mut().send(5).await, Some(5));
        assert_eq!(total.as_mut().close().await, None);
        assert_eq!(next(echo.as_mut()).await, Some(0));
        assert_eq!(echo.as_mut().send(7).await, Some(7));
        assert_eq!(next(echo.as_mut()).await, Some(8));
        assert_eq!(echo.as_mut().close().await, None);
    });
}
