//! The real `yield` keyword under `#[sync_generator]`, in a crate that enables
//! its feature, beside nightly's own `gen` blocks.
#![feature(yield_expr, gen_blocks)]

use asyncgen::sync_generator;

#[sync_generator]
fn fib() -> u64 {
    let (mut a, mut b) = (0, 1);
    loop {
        yield a;
        (a, b) = (b, a + b);
    }
}

#[sync_generator]
fn parsed(texts: &[&str]) -> Result<u32, std::num::ParseIntError> {
    for text in texts {
        yield Ok(text.parse()?);
    }
}

#[test]
fn bare_yield() {
    assert_eq!(fib().take(6).collect::<Vec<_>>(), [0, 1, 1, 2, 3, 5]);
    assert_eq!(core::pin::pin!(fib()).nth(10), Some(55));
}

#[test]
fn question_mark_where_gen_blocks_have_none() {
    let items: Vec<_> = parsed(&["1", "x", "2"]).collect();
    assert_eq!(items.len(), 2);
    assert!(items[1].is_err());
}

#[test]
fn same_items_as_a_gen_block() {
    let native = gen {
        let (mut a, mut b) = (0u64, 1u64);
        loop {
            yield a;
            (a, b) = (b, a + b);
        }
    };
    assert!(native.take(20).eq(fib().take(20)));
}
