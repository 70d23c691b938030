//! Items, laziness, suspension, early return and termination.

use asyncgen::async_generator;
use asyncgen_tests::{collect, pending_once, poll_once};
use core::pin::pin;
use core::task::Poll;
use futures_core::{FusedStream, Stream};

#[async_generator]
async fn count(n: u32) -> u32 {
    for i in 0..n {
        yield_!(i);
    }
}

#[test]
fn items_in_order() {
    assert_eq!(collect(count(4)), [0, 1, 2, 3]);
    assert_eq!(collect(count(0)), Vec::<u32>::new());
}

#[test]
fn nothing_runs_before_the_first_poll() {
    use std::cell::Cell;
    let started = Cell::new(false);
    #[async_generator]
    async fn mark(flag: &Cell<bool>) -> u8 {
        flag.set(true);
        yield_!(1);
    }
    let stream = mark(&started);
    assert!(!started.get());
    let mut stream = pin!(stream);
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(Some(1)));
    assert!(started.get());
}

#[async_generator]
async fn with_pending(n: u32) -> u32 {
    for i in 0..n {
        pending_once().await;
        yield_!(i);
    }
}

#[test]
fn pending_reaches_the_consumer_once_per_suspension() {
    let mut stream = pin!(with_pending(3));
    let mut polls = Vec::new();
    loop {
        match poll_once(stream.as_mut()) {
            Poll::Ready(None) => break,
            other => polls.push(other),
        }
    }
    let ready = |i| Poll::Ready(Some(i));
    assert_eq!(polls, [Poll::Pending, ready(0), Poll::Pending, ready(1), Poll::Pending, ready(2)]);
}

#[async_generator]
async fn stops_early(stop: u32) -> u32 {
    let mut i = 0;
    loop {
        if i == stop {
            return;
        }
        yield_!(i);
        i += 1;
    }
}

#[test]
fn early_return_ends_the_stream() {
    assert_eq!(collect(stops_early(2)), [0, 1]);
}

#[test]
fn fused_after_the_end() {
    let mut stream = pin!(count(1));
    assert_eq!(stream.size_hint(), (0, None));
    assert!(!stream.is_terminated());
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(Some(0)));
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(None));
    assert!(stream.is_terminated());
    assert_eq!(stream.size_hint(), (0, Some(0)));
    assert_eq!(poll_once(stream.as_mut()), Poll::Ready(None));
}

#[async_generator]
async fn unit_items() {
    yield_!(());
    yield_!(());
}

#[test]
fn item_type_defaults_to_unit() {
    assert_eq!(collect(unit_items()).len(), 2);
}
