//! `asyncgen::async_gen!( .. )`: the real `yield` and `for await` keywords on
//! stable, wherever an item may stand.

use asyncgen::async_gen;
use asyncgen_tests::{collect, pending_once};
use core::pin::Pin;
use futures_core::Stream;

async_gen!(
    /// Doc comments and attributes stay on the generated fn.
    #[inline]
    pub async fn source(n: u32) -> u32 {
        for i in 0..n {
            pending_once().await;
            yield i;
        }
    }
);

async_gen!(
    async fn doubled(n: u32) -> u32 {
        for await x in source(n) {
            yield x * 2;
        }
        'outer: for await x in source(n) {
            for await y in source(n) {
                if y > x {
                    continue 'outer;
                }
                yield x * 10 + y;
            }
        }
    }
);

#[test]
fn yield_and_for_await_keywords() {
    assert_eq!(collect(doubled(2)), [0, 2, 0, 10, 11]);
}

async_gen!(
    async fn parsed(texts: Vec<&'static str>) -> Result<u32, core::num::ParseIntError> {
        for text in texts {
            yield Ok(text.parse()?);
        }
    }
);

#[test]
fn question_mark() {
    let items = collect(parsed(vec!["1", "x", "3"]));
    assert_eq!(items[0], Ok(1));
    assert!(items[1].is_err());
    assert_eq!(items.len(), 2);
}

async_gen!(
    #[async_generator(boxed)]
    async fn countdown(n: u32) -> u32 {
        yield n;
        if n > 0 {
            yield_from!(countdown(n - 1));
        }
    }
);

#[test]
fn arguments_and_yield_from() {
    let stream: Pin<Box<dyn Stream<Item = u32> + Send>> = countdown(2);
    assert_eq!(collect(stream), [2, 1, 0]);
}

mod in_a_module {
    asyncgen::async_gen!(
        pub(crate) async fn letters() -> char {
            yield 'a';
            yield 'b';
        }
    );
}

#[test]
fn in_modules() {
    assert_eq!(collect(in_a_module::letters()), ['a', 'b']);
}

struct Repeat(u32);

impl Repeat {
    async_gen!(
        async fn times(&self, n: usize) -> u32 {
            for _ in 0..n {
                yield self.0;
            }
        }
    );
}

trait Numbers {
    async_gen!(
        #[async_generator(Send)]
        async fn numbers(&self) -> u32;
    );

    async_gen!(
        async fn twice(&self) -> u32 {
            yield_from!(self.numbers());
            yield_from!(self.numbers());
        }
    );
}

impl Numbers for Repeat {
    async_gen!(
        #[async_generator(Send)]
        async fn numbers(&self) -> u32 {
            yield self.0;
        }
    );
}

#[test]
fn in_impl_blocks_and_traits() {
    let r = Repeat(4);
    assert_eq!(collect(r.times(2)), [4, 4]);
    assert_eq!(collect(r.twice()), [4, 4]);
}
