//! Inline generators: `async_gen!(async move { .. })` as an expression.

use asyncgen::async_gen;
use asyncgen_tests::{DropCounter, block_on, collect, drain, poll_once};
use core::pin::pin;
use futures_core::{FusedStream, Stream};
use std::panic::{AssertUnwindSafe, catch_unwind};

fn scaled(n: u32, scale: impl Fn(u32) -> u32) -> impl Stream<Item = u32> {
    async_gen!(async move {
        for i in 0..n {
            yield scale(i);
        }
    })
}

#[test]
fn captures_by_move_including_a_closure_of_unnameable_type() {
    assert_eq!(collect(scaled(3, |x| x * 10)), [0, 10, 20]);
}

struct Repo {
    rows: Vec<String>,
}

impl Repo {
    fn rows(&self) -> impl Stream<Item = &str> + '_ {
        async_gen!(async move {
            for row in &self.rows {
                yield row.as_str();
            }
        })
    }
}

#[test]
fn borrows_self_in_a_method() {
    let repo = Repo { rows: vec!["a".into(), "b".into()] };
    assert_eq!(collect(repo.rows()), ["a", "b"]);
}

#[test]
fn a_non_move_block_borrows_its_captures() {
    let names = vec!["x".to_string(), "y".to_string()];
    let s = async_gen!(async {
        for name in &names {
            yield name.len();
        }
    });
    assert_eq!(collect(s), [1, 1]);
    assert_eq!(names.len(), 2, "still ours: the block only borrowed it");
}

#[derive(Debug, PartialEq)]
struct MyError(String);

impl From<std::num::ParseIntError> for MyError {
    fn from(e: std::num::ParseIntError) -> Self {
        MyError(e.to_string())
    }
}

fn parse_all(texts: Vec<&'static str>) -> impl Stream<Item = Result<u32, MyError>> {
    async_gen!(async move {
        for text in texts {
            if text.is_empty() {
                return;
            }
            let n: u32 = text.parse()?;
            yield Ok(n);
        }
    })
}

#[test]
fn question_mark_converts_with_from_and_ends_with_the_error() {
    let items = collect(parse_all(vec!["1", "2", "x", "3"]));
    assert_eq!(items[..2], [Ok(1), Ok(2)]);
    assert!(matches!(&items[2], Err(MyError(msg)) if msg.contains("invalid digit")));
    assert_eq!(items.len(), 3);
}

#[test]
fn plain_return_ends_a_fallible_block_normally() {
    assert_eq!(collect(parse_all(vec!["1", "", "2"])), [Ok(1)]);
}

#[test]
fn for_await_yield_from_and_yields_inside_macros() {
    let inner = || {
        async_gen!(async move {
            yield 1u32;
            yield 2;
        })
    };
    let s = async_gen!(async move {
        for await x in inner() {
            yield x * 10;
        }
        yield_from!(inner());
        #[allow(clippy::useless_vec)] // the point: yields inside `vec![]`
        let v = vec![yield 7, yield 8];
        assert_eq!(v.len(), 2);
        yield_!(format!("{}", 9).parse().unwrap());
    });
    assert_eq!(collect(s), [10, 20, 1, 2, 7, 8, 9]);
}

#[test]
fn is_lazy_fused_and_drops_its_captures_once_mid_stream() {
    let drops = DropCounter::default();
    let token = drops.token();
    let mut s = Box::pin(async_gen!(async move {
        let _held = token;
        yield 1u8;
        yield 2;
    }));
    assert_eq!(block_on(asyncgen_tests::next(s.as_mut())), Some(1));
    assert_eq!(drops.drops(), 0);
    drop(s);
    assert_eq!(drops.drops(), 1);
}

#[test]
fn a_panic_fuses_the_stream_and_drops_everything_once() {
    let drops = DropCounter::default();
    let token = drops.token();
    let mut s = pin!(async_gen!(async move {
        let _held = token;
        yield 1u8;
        panic!("boom");
    }));
    assert_eq!(block_on(asyncgen_tests::next(s.as_mut())), Some(1));
    assert!(catch_unwind(AssertUnwindSafe(|| poll_once(s.as_mut()))).is_err());
    assert_eq!(drops.drops(), 1);
    assert!(s.is_terminated());
    assert!(poll_once(s.as_mut()).is_ready());
}

#[test]
fn built_in_a_map_and_flattened() {
    let streams: Vec<_> = (1..=3u32)
        .map(|n| {
            async_gen!(async move {
                for i in 0..n {
                    yield i;
                }
            })
        })
        .collect();
    let s = async_gen!(async move {
        for s in streams {
            yield_from!(s);
        }
    });
    assert_eq!(collect(s), [0, 0, 1, 0, 1, 2]);
}

#[test]
fn a_generator_inside_a_generator_has_its_own_yields() {
    let s = async_gen!(async move {
        let inner = async_gen!(async move {
            yield 1u32;
        });
        for await x in inner {
            yield x + 100;
        }
    });
    assert_eq!(collect(s), [101]);
}

#[test]
fn boxed_as_a_send_trait_object() {
    let s: core::pin::Pin<Box<dyn Stream<Item = u32> + Send>> = Box::pin(scaled(2, |x| x + 1));
    assert_eq!(block_on(drain(s)), [1, 2]);
}

#[cfg(not(miri))] // tokio's multi-threaded runtime
mod on_tokio {
    use super::*;
    use tokio::sync::mpsc;

    fn merged(mut a: mpsc::Receiver<u32>, mut b: mpsc::Receiver<u32>) -> impl Stream<Item = u32> + Send {
        async_gen!(async move {
            loop {
                tokio::select! {
                    Some(x) = a.recv() => yield x,
                    Some(y) = b.recv() => yield y + 100,
                    else => break,
                }
            }
        })
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn yields_inside_tokio_select_and_runs_spawned_on_the_multi_threaded_runtime() {
        let (ta, a) = mpsc::channel(4);
        let (tb, b) = mpsc::channel(4);
        ta.send(1).await.unwrap();
        tb.send(2).await.unwrap();
        drop((ta, tb));
        let mut items = tokio::spawn(drain(merged(a, b))).await.unwrap();
        items.sort_unstable();
        assert_eq!(items, [1, 102]);
    }
}

// Inherent methods win over trait methods when their bound holds: a probe for
// `Unpin` at a concrete call site.
struct Probe<'a, T>(#[allow(dead_code)] &'a T);
trait Fallback {
    fn is_unpin(&self) -> bool {
        false
    }
}
impl<T> Fallback for Probe<'_, T> {}
impl<T: Unpin> Probe<'_, T> {
    #[allow(dead_code, clippy::unused_self)] // resolved only where `T: Unpin`
    fn is_unpin(&self) -> bool {
        true
    }
}

#[test]
fn is_lazy_and_not_unpin() {
    use std::cell::Cell;
    let ran = Cell::new(false);
    let s = async_gen!(async {
        ran.set(true);
        yield 1u8;
    });
    assert!(Probe(&1u8).is_unpin(), "the probe works");
    assert!(!Probe(&s).is_unpin(), "an inline generator is !Unpin, like an async block");
    assert!(!ran.get(), "nothing runs before the first poll");
    assert_eq!(collect(s), [1]);
    assert!(ran.get());
}

#[test]
fn for_await_attribute_inside_and_flattened_with_stream_ext() {
    use futures::StreamExt;
    let s = async_gen!(async move {
        #[for_await]
        for x in futures::stream::iter([1u32, 2]) {
            yield x;
        }
    });
    assert_eq!(collect(s), [1, 2]);
    let flat = futures::stream::iter(1..=3u32)
        .map(|n| {
            async_gen!(async move {
                for i in 0..n {
                    yield i;
                }
            })
        })
        .flatten();
    assert_eq!(block_on(flat.collect::<Vec<_>>()), [0, 0, 1, 0, 1, 2]);
}

#[test]
#[allow(clippy::needless_question_mark)] // the `?`s are the point
fn question_marks_of_closures_async_blocks_and_items_inside_do_not_make_it_fallible() {
    let s = async_gen!(async move {
        fn parse(text: &str) -> Option<u32> {
            Some(text.parse::<u32>().ok()? + 1)
        }
        let half = |x: u32| x.checked_div(2)?.checked_add(0);
        let braced = |x: u32| -> Option<u32> { Some(x.checked_sub(1)?) };
        let later = async { Some(parse("4")?) };
        let inner = async_gen!(async move {
            let n: u32 = "5".parse()?;
            yield Ok::<u32, std::num::ParseIntError>(n);
        });
        drop(inner);
        yield parse("1").unwrap() + half(8).unwrap() + braced(3).unwrap() + later.await.unwrap();
    });
    // A plain `u32` stream: had any of those `?` counted, the items would be `Result`s.
    let items: Vec<u32> = collect(s);
    assert_eq!(items, [2 + 4 + 2 + 5]);
}
