//! The real `yield` and `for await` keywords under `#[async_generator]`, in a
//! crate that enables their features.
#![feature(yield_expr, async_for_loop)]

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

#[async_generator]
async fn doubled(n: u32) -> u32 {
    for await x in count(n) {
        yield x * 2;
    }
    'outer: for await x in count(n) {
        for await y in count(n) {
            if y > x {
                continue 'outer;
            }
            yield x * 10 + y;
        }
    }
}

#[test]
fn for_await_keyword() {
    assert_eq!(collect(doubled(2)), [0, 2, 0, 10, 11]);
}

#[async_generator]
async fn parsed(texts: Vec<&'static str>) -> Result<u32, std::num::ParseIntError> {
    for text in texts {
        if text == "stop" {
            return;
        }
        yield Ok(text.parse()?);
    }
}

#[test]
fn fallible_body_with_keywords() {
    let items = collect(parsed(vec!["1", "x", "3"]));
    assert_eq!(items.len(), 2);
    assert!(items[1].is_err());
    assert_eq!(collect(parsed(vec!["1", "stop", "3"])), [Ok(1)]);
}
