//! Sync generators in every spelling: `sync_gen!` items with the `yield` keyword,
//! inline expressions, methods, traits, generics, `boxed`.

use core::pin::pin;

use asyncgen::{sync_gen, sync_generator};

sync_gen!(
    /// Doc comments are kept.
    pub fn evens(n: u32) -> u32 {
        for i in 0..n {
            if i % 2 == 0 {
                yield i;
            }
        }
    }
);

mod nested {
    asyncgen::sync_gen!(
        #[sync_generator(boxed)]
        pub fn words(text: &str) -> &str {
            for w in text.split(' ') {
                yield w;
            }
        }
    );
}

struct Tree {
    value: u32,
    children: Vec<Tree>,
}

impl Tree {
    #[sync_generator(boxed)]
    fn values(&self) -> u32 {
        yield_!(self.value);
        for child in &self.children {
            yield_from!(child.values());
        }
    }

    sync_gen!(
        fn doubled(&self) -> u32 {
            for v in self.values() {
                yield v * 2;
            }
        }
    );

    #[sync_generator(boxed)]
    fn into_values(self) -> u32 {
        yield_!(self.value);
        for child in self.children {
            yield_from!(child.into_values());
        }
    }
}

trait Source: Sync {
    #[sync_generator(boxed_local)]
    fn items(&self) -> String;

    sync_gen!(
        #[sync_generator(Send)]
        fn numbers(&self, n: u8) -> u8 {
            for i in 0..n {
                yield i;
            }
        }
    );
}

struct Names(Vec<&'static str>);

impl Source for Names {
    #[sync_generator(boxed_local)]
    fn items(&self) -> String {
        for n in &self.0 {
            yield_!((*n).to_owned());
        }
    }
}

#[sync_generator]
fn generic<'a, T, const N: usize>(items: &'a [T; N], extra: impl IntoIterator<Item = T>) -> T
where
    T: Clone + core::fmt::Debug + 'a,
{
    for item in items {
        yield_!(item.clone());
    }
    yield_from!(extra);
}

#[test]
fn fn_form_with_the_keyword() {
    assert_eq!(evens(5).collect::<Vec<_>>(), [0, 2, 4]);
    let it: Box<dyn Iterator<Item = &str> + Send + '_> = nested::words("a b");
    assert_eq!(it.collect::<Vec<_>>(), ["a", "b"]);
}

#[test]
fn methods_and_recursion() {
    let tree = Tree {
        value: 1,
        children: vec![Tree { value: 2, children: vec![] }, Tree { value: 3, children: vec![] }],
    };
    assert_eq!(tree.values().collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(tree.doubled().collect::<Vec<_>>(), [2, 4, 6]);
    assert_eq!(tree.into_values().collect::<Vec<_>>(), [1, 2, 3]);
}

#[test]
fn traits() {
    fn send<T: Send>(_: T) {}
    let names = Names(vec!["x", "y"]);
    assert_eq!(names.items().collect::<Vec<_>>(), ["x", "y"]);
    assert_eq!(names.numbers(3).collect::<Vec<_>>(), [0, 1, 2]);
    send(names.numbers(1));
}

#[test]
fn generics() {
    assert_eq!(generic(&[1, 2], [3]).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(pin!(generic(&["a"], None)).collect::<Vec<_>>(), ["a"]);
}

#[test]
fn inline_expressions_capture() {
    let v = vec![1, 2, 3, 4];
    let evens = sync_gen!(move {
        for x in v {
            if x % 2 == 0 {
                yield x;
            }
        }
    });
    assert_eq!(evens.collect::<Vec<_>>(), [2, 4]);

    let words = ["a", "bb", "ccc"];
    let scale = 10;
    let by_ref = sync_gen!({
        for w in &words {
            yield w.len() * scale;
        }
    });
    assert_eq!(by_ref.collect::<Vec<_>>(), [10, 20, 30]);
    assert_eq!(words.len(), 3);

    let fallible = sync_gen!({
        for w in ["1", "x"] {
            yield Ok(w.parse::<u8>()?);
        }
    });
    let items: Vec<Result<u8, std::num::ParseIntError>> = fallible.collect();
    assert_eq!(items[0], Ok(1));
    assert!(items[1].is_err());

    let mut in_place = pin!(sync_gen!({
        yield 1;
        yield 2;
    }));
    assert_eq!(in_place.next(), Some(1));
    assert_eq!(in_place.next(), Some(2));
    assert_eq!(in_place.next(), None);
}

/// The expansion's own pieces, as a hostile `macro_rules!` could reach them.
mod hidden_api {
    use asyncgen::__private::{SyncYielder, sync_body};
    use asyncgen::SyncGenerator;

    #[test]
    fn a_body_that_waits_panics_and_ends() {
        let mut it = SyncGenerator::new(sync_body(async move |mut y: SyncYielder<'_, u8>| {
            y.yield_(1).await;
            asyncgen_tests::pending_once().await;
            y.yield_(2).await;
        }));
        assert_eq!(it.next(), Some(1));
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| it.next()));
        assert!(caught.is_err());
        assert_eq!(it.next(), None);
    }

    /// An outer handle used inside an inner generator of another item type meets a
    /// frame that is not its own: a panic, never a write of a `String` into a `u8`.
    #[test]
    fn a_handle_in_another_generator_panics() {
        let mut outer = SyncGenerator::new(sync_body(async move |mut y: SyncYielder<'_, String>| {
            let mut inner = SyncGenerator::new(sync_body(async |_: SyncYielder<'_, u8>| {
                y.yield_(String::from("smuggled")).await;
            }));
            let _ = inner.next();
        }));
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| outer.next()));
        assert!(caught.is_err());
        assert_eq!(outer.next(), None);
    }

    /// The same with the same item type: still not the inner generator's item.
    #[test]
    fn a_handle_in_a_generator_of_the_same_type_panics() {
        let mut outer = SyncGenerator::new(sync_body(async move |mut y: SyncYielder<'_, u8>| {
            let mut inner = SyncGenerator::new(sync_body(async |_: SyncYielder<'_, u8>| {
                y.yield_(1).await;
            }));
            let _ = inner.next();
        }));
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| outer.next()));
        assert!(caught.is_err());
    }

    /// A yield polled under an executor's waker (no frame at all) panics too.
    #[test]
    fn a_yield_polled_by_hand_panics() {
        use core::future::Future;
        use core::task::{Context, Waker};
        let mut it = SyncGenerator::new(sync_body(async move |mut y: SyncYielder<'_, u8>| {
            let mut step = core::pin::pin!(y.yield_(1));
            let _ = step.as_mut().poll(&mut Context::from_waker(Waker::noop()));
        }));
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| it.next()));
        assert!(caught.is_err());
        assert_eq!(it.next(), None);
    }
}

/// A generator written inside another is its own: its yields are not the outer's.
#[sync_generator]
fn outer_with_inner(n: u32) -> u32 {
    let inner = sync_gen!(move {
        for i in 0..n {
            yield i * 100;
        }
    });
    yield_!(inner.sum::<u32>() / 100);
    yield_from!(sync_gen!(move {
        yield n;
    }));
}

#[asyncgen::async_generator]
async fn async_with_sync_inside(n: u32) -> u32 {
    for x in sync_gen!(move {
        for i in 0..n {
            yield i + 1;
        }
    }) {
        yield_!(x);
    }
}

#[test]
fn inner_generators_are_their_own() {
    assert_eq!(outer_with_inner(3).collect::<Vec<_>>(), [3, 3]);
    assert_eq!(asyncgen_tests::collect(async_with_sync_inside(2)), [1, 2]);
}
