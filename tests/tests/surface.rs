//! Everything a Rust user can write on an `async fn` works on a generator:
//! receivers, traits, generics, patterns, attributes, `unsafe`, and the
//! `boxed` / `boxed_local` / `Send` arguments.

use asyncgen::async_generator;
use asyncgen_tests::{block_on, collect, drain};
use core::pin::Pin;
use futures_core::Stream;
use std::rc::Rc;

struct Counter {
    start: u32,
    items: Vec<String>,
}

impl Counter {
    #[async_generator]
    async fn by_value(self) -> u32 {
        yield_!(self.start);
    }

    #[async_generator]
    async fn by_ref(&self) -> &String {
        for item in &self.items {
            yield_!(item);
        }
    }

    #[async_generator]
    async fn by_mut(&mut self) -> u32 {
        self.start += 1;
        yield_!(self.start);
    }

    #[async_generator]
    async fn boxed_self(self: Box<Self>) -> u32 {
        yield_!(self.start * 2);
    }

    #[async_generator]
    async fn pinned_self(self: Pin<&mut Self>) -> u32 {
        yield_!(self.start * 3);
    }

    #[async_generator]
    async fn no_self(x: u32) -> u32 {
        yield_!(x);
    }
}

fn counter() -> Counter {
    Counter { start: 1, items: vec!["a".into(), "b".into()] }
}

#[test]
fn every_receiver() {
    assert_eq!(collect(counter().by_value()), [1]);
    let c = counter();
    assert_eq!(collect(c.by_ref()), ["a", "b"]);
    let mut c = counter();
    assert_eq!(collect(c.by_mut()), [2]);
    assert_eq!(c.start, 2);
    assert_eq!(collect(Box::new(counter()).boxed_self()), [2]);
    let mut c = counter();
    assert_eq!(collect(Pin::new(&mut c).pinned_self()), [3]);
    assert_eq!(collect(Counter::no_self(7)), [7]);
}

trait Source {
    /// Declared without a body: implementors write it.
    #[async_generator]
    async fn numbers(&self, n: u32) -> u32;

    /// With a default body.
    #[async_generator]
    async fn doubled(&self, n: u32) -> u32 {
        for i in 0..n {
            yield_!(i * 2);
        }
    }

    /// `Send` names the auto trait so callers of a generic `S: Source` can rely on it.
    #[async_generator(Send)]
    async fn sendable(&self) -> u32;
}

struct Seq;

impl Source for Seq {
    #[async_generator]
    async fn numbers(&self, n: u32) -> u32 {
        for i in 0..n {
            yield_!(i);
        }
    }

    #[async_generator(Send)]
    async fn sendable(&self) -> u32 {
        yield_!(1);
    }
}

fn assert_send<T: Send>(t: T) -> T {
    t
}

fn generic_source<S: Source + Sync>(s: &S) -> Vec<u32> {
    // Only possible because the trait says `Send`.
    let stream = assert_send(s.sendable());
    let mut all = collect(stream);
    all.extend(collect(s.numbers(2)));
    all.extend(collect(s.doubled(2)));
    all
}

#[test]
fn traits_with_and_without_default_bodies() {
    assert_eq!(generic_source(&Seq), [1, 0, 1, 0, 2]);
}

#[async_generator]
async fn generic<'a, T, const N: usize>(items: &'a [T; N]) -> T
where
    T: Clone + core::fmt::Debug + 'a,
{
    for item in items {
        yield_!(item.clone());
    }
}

#[test]
fn lifetime_type_and_const_generics_with_where_clause() {
    assert_eq!(collect(generic(&[1u8, 2, 3])), [1, 2, 3]);
}

#[async_generator]
async fn impl_trait_arg(items: impl IntoIterator<Item = u32>, source: impl Stream<Item = u32>) -> u32 {
    for item in items {
        yield_!(item);
    }
    yield_from!(source);
}

#[test]
fn impl_trait_arguments() {
    assert_eq!(collect(impl_trait_arg([1, 2], generic_u32())), [1, 2, 9]);
}

#[async_generator]
async fn generic_u32() -> u32 {
    yield_!(9);
}

#[async_generator]
async fn patterns((a, b): (u8, u8), mut count: u8, _: String, [first, ..]: [u8; 3]) -> u8 {
    count += a + b;
    yield_!(count);
    yield_!(first);
}

#[test]
fn argument_patterns() {
    assert_eq!(collect(patterns((1, 2), 10, String::new(), [7, 8, 9])), [13, 7]);
}

mod visibility {
    use super::async_generator;

    /// Documented generator.
    #[async_generator]
    #[inline]
    pub async fn public() -> u8 {
        yield_!(1);
    }

    #[async_generator]
    pub(crate) async fn crate_visible() -> u8 {
        yield_!(2);
    }
}

#[test]
fn visibility_and_attributes_are_kept() {
    assert_eq!(collect(visibility::public()), [1]);
    assert_eq!(collect(visibility::crate_visible()), [2]);
}

/// # Safety
/// `ptr` must be valid for reads for as long as the stream is polled.
#[async_generator]
async unsafe fn read_later(ptr: *const u32) -> u32 {
    // SAFETY: the caller promises `ptr` is valid while we are polled.
    yield_!(unsafe { *ptr });
}

#[test]
fn unsafe_fn() {
    let x = 5;
    // SAFETY: `x` outlives the stream.
    let stream = unsafe { read_later(&raw const x) };
    assert_eq!(collect(stream), [5]);
}

#[async_generator]
async fn several_refs<'a>(used: &'a str, _unused: &str, also: &'a str) -> &'a str {
    yield_!(used);
    yield_!(also);
}

#[test]
fn some_borrowed_arguments_unused() {
    let unused = String::from("x");
    let got = collect(several_refs("a", &unused, "b"));
    drop(unused);
    assert_eq!(got, ["a", "b"]);
}

enum Tree {
    Leaf(u32),
    Node(Vec<Tree>),
}

impl Tree {
    #[async_generator(boxed)]
    async fn walk(&self) -> u32 {
        match self {
            Tree::Leaf(v) => yield_!(*v),
            Tree::Node(children) => {
                for child in children {
                    yield_from!(child.walk());
                }
            }
        }
    }
}

#[test]
fn boxed_allows_recursion() {
    let tree = Tree::Node(vec![Tree::Leaf(1), Tree::Node(vec![Tree::Leaf(2), Tree::Leaf(3)]), Tree::Leaf(4)]);
    let stream: Pin<Box<dyn Stream<Item = u32> + Send + '_>> = tree.walk();
    assert_eq!(collect(stream), [1, 2, 3, 4]);
}

#[async_generator(boxed_local)]
async fn local_only(rc: Rc<u32>) -> u32 {
    yield_!(*rc);
}

#[test]
fn boxed_local_holds_non_send_state() {
    let stream: Pin<Box<dyn Stream<Item = u32>>> = local_only(Rc::new(3));
    assert_eq!(collect(stream), [3]);
}

#[async_generator(Send)]
async fn sendable<T: Send>(x: T) -> T {
    yield_!(x);
}

#[test]
fn send_argument() {
    let stream = assert_send(sendable(1u8));
    assert_eq!(block_on(drain(stream)), [1]);
}

trait Walk {
    #[async_generator(boxed)]
    async fn items(&self) -> u32;
}

impl Walk for Seq {
    #[async_generator(boxed)]
    async fn items(&self) -> u32 {
        yield_!(5);
    }
}

#[test]
fn boxed_trait_methods_are_object_safe() {
    let walker: &dyn Walk = &Seq;
    assert_eq!(collect(walker.items()), [5]);
}
