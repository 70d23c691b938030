//! Dropping a stream at any point drops every live local and every
//! produced-but-untaken value exactly once; panics end the stream.

use asyncgen::async_generator;
use asyncgen_tests::{DropCounter, Token, collect, pending_once, poll_once};
use core::pin::pin;
use core::task::Poll;
use futures_core::FusedStream;
use std::panic::{AssertUnwindSafe, catch_unwind};

#[async_generator]
async fn tokens(counter: DropCounter, arg: Token, n: usize) -> Token {
    let _local = counter.token();
    for _ in 0..n {
        let _across_await = counter.token();
        pending_once().await;
        yield_!(counter.token());
    }
    drop(arg);
}

/// Drops the stream after each possible number of polls: every token ever
/// created (argument, locals, items) is dropped exactly once.
#[test]
fn dropped_at_every_point_drops_everything_once() {
    let mut seen = Vec::new();
    for polls in 0..=8 {
        let counter = DropCounter::default();
        let mut stream = Box::pin(tokens(counter.clone(), counter.token(), 3));
        for _ in 0..polls {
            drop(poll_once(stream.as_mut()));
        }
        seen.push(counter.created());
        drop(stream);
        assert_eq!(counter.drops(), counter.created(), "after {polls} polls");
    }
    // Each stopping point had a different set of live values.
    assert_eq!(seen, [1, 3, 4, 5, 6, 7, 8, 8, 8]);
}

#[test]
fn unused_arguments_live_as_long_as_the_stream() {
    #[async_generator]
    async fn ignores(_unused: Token, named: Token) -> u8 {
        yield_!(1);
        let _ = &named;
    }
    let counter = DropCounter::default();
    let stream = ignores(counter.token(), counter.token());
    assert_eq!(counter.drops(), 0);
    drop(stream);
    assert_eq!(counter.drops(), 2);
}

#[test]
fn an_untaken_item_is_dropped_with_the_stream() {
    #[async_generator]
    async fn one(counter: DropCounter) -> Token {
        yield_!(counter.token());
        yield_!(counter.token());
    }
    let counter = DropCounter::default();
    let mut stream = Box::pin(one(counter.clone()));
    let first = poll_once(stream.as_mut());
    assert_eq!(counter.drops(), 0);
    drop(first);
    assert_eq!(counter.drops(), 1);
    drop(stream);
    assert_eq!(counter.drops(), 1);
}

#[async_generator]
async fn panics_at(at: u32, counter: DropCounter) -> u32 {
    let _local = counter.token();
    for i in 0.. {
        assert!(i != at, "boom at {i}");
        yield_!(i);
    }
}

#[test]
fn a_panic_propagates_then_the_stream_is_terminated() {
    let counter = DropCounter::default();
    let mut stream = Box::pin(panics_at(2, counter.clone()));
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(Some(0)));
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(Some(1)));
    let err = catch_unwind(AssertUnwindSafe(|| poll_once(stream.as_mut()))).unwrap_err();
    assert_eq!(err.downcast_ref::<String>().map(String::as_str), Some("boom at 2"));
    assert_eq!(counter.drops(), 1, "the body's locals unwound");
    assert!(stream.is_terminated());
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(None));
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(None));
    drop(stream);
    assert_eq!(counter.drops(), 1);
}

#[test]
fn a_panic_on_the_first_poll_terminates_too() {
    let mut stream = pin!(panics_at(0, DropCounter::default()));
    assert!(catch_unwind(AssertUnwindSafe(|| poll_once(stream.as_mut()))).is_err());
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(None));
}

#[test]
fn a_full_run_drops_everything_once() {
    let counter = DropCounter::default();
    assert_eq!(collect(tokens(counter.clone(), counter.token(), 2)).len(), 2);
    assert_eq!(counter.created(), 6);
    assert_eq!(counter.drops(), 6);
}
