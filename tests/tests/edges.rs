//! Regression tests for the edge forms of issue 14: everything an `async fn`
//! accepts, and what the peers' own test suites exercise.
// A `//!` in a loop body is what issue 14 found panicking; rustc calls it unused.
#![allow(unused_doc_comments)]

use asyncgen::{async_gen, async_generator};
use asyncgen_tests::{DropCounter, Token, collect, poll_once};
use core::pin::{Pin, pin};
use futures_core::Stream;

#[async_generator]
async fn source(n: u32) -> u32 {
    for i in 0..n {
        yield_!(i);
    }
}

// 1. Inner attributes in a `#[for_await]` / `for await` loop body are kept.
// rustfmt drops inner attributes of loop bodies.
#[rustfmt::skip]
#[async_generator]
async fn loop_inner_attrs(n: u32) -> u32 {
    #[for_await]
    for x in source(n) {
        #![allow(unused_variables)]
        let unused = 1;
        yield_!(x);
    }
    #[for_await]
    'outer: for x in source(n) {
        //! A doc comment first.
        yield_!(x + 10);
        if x > 0 {
            break 'outer;
        }
    }
}

#[rustfmt::skip]
async_gen!(
    async fn keyword_loop_inner_attrs(n: u32) -> u32 {
        'l: for await x in source(n) {
            #![allow(unused_variables)]
            let unused = 1;
            yield x;
            if x > 10 {
                break 'l;
            }
        }
    }
);

#[test]
fn inner_attributes_in_loop_bodies() {
    assert_eq!(collect(loop_inner_attrs(2)), [0, 1, 10, 11]);
    assert_eq!(collect(keyword_loop_inner_attrs(2)), [0, 1]);
}

// 2. Arguments bound by `_` live until the stream is dropped.
struct Pair {
    a: u32,
    #[allow(dead_code)]
    guard: Token,
}

#[async_generator]
async fn underscore_args(_: Token, (a, _): (u32, Token), Pair { a: b, .. }: Pair) -> u32 {
    yield_!(a + b);
}

#[test]
fn underscore_arguments_live_as_long_as_the_stream() {
    let counter = DropCounter::default();
    let stream =
        underscore_args(counter.token(), (1, counter.token()), Pair { a: 2, guard: counter.token() });
    assert_eq!(counter.drops(), 0, "the call dropped an argument");
    let mut stream = Box::pin(stream);
    assert_eq!(poll_once(stream.as_mut()), core::task::Poll::Ready(Some(3)));
    assert_eq!(counter.drops(), 0);
    drop(stream);
    assert_eq!(counter.drops(), 3);
}

// 3. Inner attributes at the start of the body.
#[async_generator]
async fn body_inner_attrs() -> u32 {
    #![allow(unused_mut)]
    let mut x = 1;
    yield_!(x);
}

// 5. `ref mut` and cfg'd arguments.
#[async_generator]
async fn argument_forms(
    ref mut x: u32,
    ref y: u32,
    (ref mut z, w): (u32, u32),
    #[cfg(any())] gone: u32,
) -> u32 {
    *x += 1;
    *z += w;
    yield_!(*x + *y + *z);
}

#[test]
fn body_inner_attributes_and_argument_forms() {
    assert_eq!(collect(body_inner_attrs()), [1]);
    assert_eq!(collect(argument_forms(1, 10, (100, 1000))), [1112]);
}

// 4. `return;` in a closure or async block inside another macro's arguments
// returns from that closure, not from a `Result` generator.
#[allow(clippy::needless_return, clippy::needless_for_each)]
#[async_generator]
async fn return_in_macro_closure(items: Vec<u32>) -> Result<u32, String> {
    let mut seen = Vec::new();
    let mut push = |x: u32| {
        if x == 2 {
            return;
        }
        seen.push(x);
    };
    assert!({
        items.iter().for_each(|&x| {
            if x == 1 {
                return;
            }
            push(x);
        });
        true
    });
    let fut = vec![async move {
        if items.is_empty() {
            return;
        }
    }];
    drop(fut);
    for x in seen {
        yield_!(Ok(x));
    }
    if false {
        return;
    }
}

#[test]
fn return_in_closure_inside_macro() {
    assert_eq!(collect(return_in_macro_closure(vec![1, 2, 3])), [Ok(3)]);
}

/// Stands for any macro that puts its argument last in a block.
macro_rules! last_in_block {
    ($e:expr) => {{ $e }};
    ($($t:tt)*) => {{ $($t)* }};
}

// A bare `return` inside another macro's arguments followed by `,` (a
// `tokio::select!` arm) or last in its group also ends a `Result` generator
// without an error item: it used to stay `return`, E0308.
#[allow(clippy::needless_return, unreachable_code)]
#[async_generator]
async fn bare_return_in_macro_arms(stop_at: u32) -> Result<u32, String> {
    for i in 0.. {
        tokio::select! {
            biased;
            () = async {}, if i == stop_at => return,
            () = async {} => yield_!(Ok(i)),
        }
        if i > 10 {
            last_in_block!(return);
        }
    }
}

#[allow(clippy::needless_return)]
#[async_generator]
async fn bare_return_last_in_macro_group() -> Result<u32, String> {
    yield_!(Ok(1));
    last_in_block! { if true { return } }
    yield_!(Ok(2));
}

// The label that keeps yields in other macros' arguments out of closures is
// hygienic: a user label of the same name is the user's own.
#[async_generator]
async fn user_label_named_like_ours() -> u32 {
    let mut i = 0;
    'async_generator: loop {
        last_in_block!(yield_!(i));
        i += 1;
        if i == 2 {
            break 'async_generator;
        }
    }
}

#[test]
fn user_label_named_like_the_attribute() {
    assert_eq!(collect(user_label_named_like_ours()), [0, 1]);
}

#[test]
fn bare_return_before_comma_or_at_group_end() {
    assert_eq!(collect(bare_return_in_macro_arms(2)), [Ok(0), Ok(1)]);
    assert_eq!(collect(bare_return_in_macro_arms(100)).len(), 12);
    assert_eq!(collect(bare_return_last_in_macro_group()), [Ok(1)]);
}

// 8. A generator inside a generator's body is its own generator.
#[async_generator]
async fn outer(n: u32) -> u32 {
    #[async_generator]
    async fn inner(n: u32) -> u32 {
        for i in 0..n {
            yield_!(i * 100);
        }
    }
    async_gen!(
        async fn keyword_inner(n: u32) -> u32 {
            for await x in inner(n) {
                yield x + 1;
            }
        }
    );
    yield_from!(inner(n));
    #[for_await]
    for x in keyword_inner(n) {
        yield_!(x);
    }
    let streams = vec![{
        asyncgen::async_gen!(
            async fn in_macro() -> u32 {
                yield 7;
            }
        );
        in_macro()
    }];
    drop(streams);
}

#[test]
fn nested_generators_yield_their_own_items() {
    assert_eq!(collect(outer(2)), [0, 100, 1, 101]);
}

// Smaller: only bare `yield_!` and `asyncgen::yield_!` are ours, also inside
// another macro's arguments.
mod other {
    macro_rules! yield_ {
        ($e:expr) => {
            $e + 1
        };
    }
    pub(crate) use yield_;
}

#[async_generator]
async fn others_yield_macro() -> u32 {
    let x = other::yield_!(1);
    assert_eq!(other::yield_!(1), 2);
    let v = [other::yield_!(x)];
    assert!({
        asyncgen::yield_!(5);
        v[0] == 3
    });
    yield_!(v[0]);
}

#[test]
fn only_our_yield_paths_are_rewritten() {
    let mut s = pin!(others_yield_macro());
    assert_eq!(poll_once(s.as_mut()), core::task::Poll::Ready(Some(5)));
    assert_eq!(poll_once(s.as_mut()), core::task::Poll::Ready(Some(3)));
}

// 9. `boxed` in an impl of a trait that declares the plain boxed signature.
trait Source {
    fn all(&self) -> Pin<Box<dyn Stream<Item = i32> + Send + '_>>;
    fn local(&mut self, skip: usize) -> Pin<Box<dyn Stream<Item = i32> + '_>>;
    // No lifetime at all: `Box<dyn ..>` is `'static`.
    fn counted(n: i32) -> Pin<Box<dyn Stream<Item = i32> + Send>>;
}

struct Numbers(Vec<i32>);

impl Source for Numbers {
    #[async_generator(boxed)]
    async fn all(&self) -> i32 {
        for &x in &self.0 {
            yield_!(x);
        }
    }

    #[async_generator(boxed_local)]
    async fn local(&mut self, skip: usize) -> i32 {
        self.0.push(9);
        for &x in self.0.iter().skip(skip) {
            yield_!(x);
        }
    }

    #[async_generator(boxed)]
    async fn counted(n: i32) -> i32 {
        for x in 0..n {
            yield_!(x);
        }
    }
}

#[test]
fn boxed_fits_a_plain_trait_signature() {
    let mut numbers = Numbers(vec![1, 2]);
    assert_eq!(collect(numbers.all()), [1, 2]);
    assert_eq!(collect(numbers.local(1)), [2, 9]);
    assert_eq!(collect(Numbers::counted(2)), [0, 1]);
}

// 6. `boxed` with `impl Trait` arguments and a lifetime inside a path type.
struct W<'a>(&'a u32);

#[async_generator(boxed)]
async fn impl_trait_boxed(items: impl Iterator<Item = u32> + Send, extra: impl Into<u32> + Send) -> u32 {
    for x in items {
        yield_!(x);
    }
    yield_!(extra.into());
}

#[async_generator(boxed)]
async fn path_lifetime_boxed(w: W<'_>) -> u32 {
    yield_!(*w.0);
}

#[async_generator(boxed_local)]
async fn path_lifetime_and_impl_trait(w: W<'_>, other: &u32, extra: impl Into<u32>) -> u32 {
    yield_!(*w.0 + *other + extra.into());
}

#[test]
fn boxed_covers_impl_trait_and_path_lifetimes() {
    assert_eq!(collect(impl_trait_boxed(vec![1, 2].into_iter(), 3_u8)), [1, 2, 3]);
    let x = 5;
    assert_eq!(collect(path_lifetime_boxed(W(&x))), [5]);
    assert_eq!(collect(path_lifetime_and_impl_trait(W(&x), &x, 1_u8)), [11]);
}

// Smaller: user lifetimes named like generated ones.
#[async_generator]
async fn user_life0<'life0>(a: &'life0 str, _b: &str) -> &'life0 str {
    yield_!(a);
}

#[async_generator(boxed)]
#[allow(clippy::multiple_bound_locations)]
async fn user_bound_name<'async_generator, T: Sync>(a: &'async_generator T, b: &u32) -> u32 {
    let _ = a;
    yield_!(*b);
}

#[test]
fn user_lifetimes_may_have_any_name() {
    assert_eq!(collect(user_life0("a", "b")), ["a"]);
    assert_eq!(collect(user_bound_name(&1_u8, &2)), [2]);
}
