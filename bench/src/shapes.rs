//! The three consumer shapes. Each binary in `src/bin/` (and each criterion bench)
//! instantiates exactly one of them, so that the measured loop is inlined as it would
//! be in a program that has only that shape.

use core::future::Future;
use core::hint::black_box;
use core::pin::{Pin, pin};
use core::task::{Context, Poll, Waker};

use futures::{Stream, StreamExt};

use crate::{Shape, Weigh};

/// Consumer shape "inline": the stream pinned on the driver's stack, polled in a loop
/// with a noop waker.
#[derive(Debug)]
pub struct Inline;

impl Shape for Inline {
    #[inline(never)]
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        let mut s = pin!(s);
        let mut cx = Context::from_waker(Waker::noop());
        let mut acc = 0u64;
        loop {
            match s.as_mut().poll_next(&mut cx) {
                Poll::Ready(Some(x)) => acc = acc.wrapping_add(black_box(x).weigh()),
                Poll::Ready(None) => break,
                Poll::Pending => {}
            }
        }
        black_box(acc)
    }
}

/// Consumer shape "dyn": the stream as `Pin<Box<dyn Stream>>` behind `black_box`,
/// polled in a loop with a noop waker.
#[derive(Debug)]
pub struct Dyn;

impl Shape for Dyn {
    #[inline(never)]
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        let mut s: Pin<Box<dyn Stream<Item = S::Item> + '_>> = black_box(Box::pin(s));
        let mut cx = Context::from_waker(Waker::noop());
        let mut acc = 0u64;
        loop {
            match s.as_mut().poll_next(&mut cx) {
                Poll::Ready(Some(x)) => acc = acc.wrapping_add(black_box(x).weigh()),
                Poll::Ready(None) => break,
                Poll::Pending => {}
            }
        }
        black_box(acc)
    }
}

/// Consumer shape "task": a boxed `dyn Future` (behind `black_box`) whose body loops
/// `while let Some(x) = s.next().await`, polled to completion with a noop waker. The
/// stream itself stays a concrete type inside that future, as in a real task.
#[derive(Debug)]
pub struct Task;

impl Shape for Task {
    #[inline(never)]
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        let task = async move {
            let mut s = pin!(s);
            let mut acc = 0u64;
            while let Some(x) = s.next().await {
                acc = acc.wrapping_add(black_box(x).weigh());
            }
            acc
        };
        let mut task: Pin<Box<dyn Future<Output = u64> + '_>> = black_box(Box::pin(task));
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(acc) = task.as_mut().poll(&mut cx) {
                return black_box(acc);
            }
        }
    }
}
