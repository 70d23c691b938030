//! The real keywords under the attribute, at a root whose `core`, `std` and
//! prelude names are another crate's (issue 20): every path the expansion
//! writes goes through the runtime.
#![feature(yield_expr, async_for_loop)]
#![allow(unused_extern_crates, dead_code)]

extern crate asyncgen_tests as core;
extern crate asyncgen_tests as std;
extern crate core as real_core;

struct Option;
struct Some;
struct None;
struct Pin;
struct Poll;
enum Result {}

#[::asyncgen::async_generator]
async fn numbers(n: u32) -> u32 {
    for i in 0..n {
        yield i;
    }
}

#[::asyncgen::async_generator]
async fn doubled(texts: &'static [&'static str]) -> real_core::result::Result<u32, real_core::num::ParseIntError> {
    for await x in numbers(texts.len() as u32) {
        yield real_core::result::Result::Ok(texts[x as usize].parse::<u32>()? * 2);
    }
}

#[test]
fn keywords_in_a_shadowed_root() {
    assert_eq!(::asyncgen_tests::collect(numbers(2)), [0, 1]);
    let items = ::asyncgen_tests::collect(doubled(&["1", "x"]));
    assert_eq!(items[0], real_core::result::Result::Ok(2));
    assert!(items[1].is_err());
}
