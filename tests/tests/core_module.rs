//! A user module named `core` at the crate root changes nothing: every path the
//! expansion writes is absolute (futures-async-stream's `overwriting_core_crate`).
#![allow(dead_code)]

mod core {}

use asyncgen::async_generator;
use asyncgen_tests::collect;

#[async_generator]
async fn numbers(n: u32) -> u32 {
    for i in 0..n {
        yield_!(i);
    }
}

#[async_generator]
async fn fallible(n: u32) -> Result<u32, String> {
    #[for_await]
    for x in numbers(n) {
        if x == 2 {
            return;
        }
        yield_!(Ok(x));
    }
    Err(String::from("never"))?;
}

#[async_generator(boxed)]
async fn boxed(n: u32) -> u32 {
    yield_from!(numbers(n));
}

#[async_generator(Send)]
async fn sendable(n: u32) -> u32 {
    yield_from!(boxed(n));
}

#[test]
fn a_user_core_module_changes_nothing() {
    assert_eq!(collect(fallible(5)), [Ok(0), Ok(1)]);
    assert_eq!(collect(sendable(2)), [0, 1]);
}
