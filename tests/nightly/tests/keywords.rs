//! The bare `yield` keyword under `#[async_generator]`.
#![feature(yield_expr)]

use asyncgen::async_generator;
use asyncgen_tests::{collect, pending_once};

#[async_generator]
async fn count(n: u32) -> u32 {
    for i in 0..n {
        pending_once().await;
        yield i;
    }
}

#[test]
fn bare_yield() {
    assert_eq!(collect(count(3)), [0, 1, 2]);
}

#[async_generator]
async fn in_macro_args(n: u32) -> u32 {
    assert!({ yield n; true });
    let v = vec![n + 1];
    for x in v {
        yield x;
    }
}

#[test]
fn yield_inside_other_macros() {
    assert_eq!(collect(in_macro_args(5)), [5, 6]);
}
