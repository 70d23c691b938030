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

/// Consumer shape "spawn": what a user writes (and what the independent harness of
/// issue 19 measures). The generator fn is called *inside* the task: the boxed
/// `dyn Future` (behind `black_box`) builds the stream, pins it in its own state and
/// loops `while let Some(x) = s.next().await`. Unlike [`Task`], the stream's
/// construction and its first poll are part of the task's code.
#[derive(Debug)]
pub struct Spawn;

impl Shape for Spawn {
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        let s = core::cell::Cell::new(Some(s));
        Self::run_made(move |_| s.take().expect("built once"), 0)
    }

    #[inline(never)]
    fn run_made<S, F>(make: F, n: u64) -> u64
    where
        S: Stream,
        S::Item: Weigh,
        F: Fn(u64) -> S,
    {
        let task = async move {
            let s = make(n);
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

/// Consumer shape "fixed": the cost of a stream that yields nothing. Builds `n`
/// streams of 0 items one after the other, each pinned on the stack, polled (once:
/// the first poll is the final one) and dropped, so the suite's (Ir(N) − Ir(0)) / N
/// is construction + first/final poll + drop, per stream.
#[derive(Debug)]
pub struct Fixed;

impl Shape for Fixed {
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        Inline::run(s)
    }

    #[inline(never)]
    fn run_made<S, F>(make: F, n: u64) -> u64
    where
        S: Stream,
        S::Item: Weigh,
        F: Fn(u64) -> S,
    {
        let mut cx = Context::from_waker(Waker::noop());
        let mut acc = 0u64;
        for _ in 0..n {
            // Opaque, so that the empty range is not folded away at compile time.
            let mut s = pin!(make(black_box(0)));
            loop {
                match s.as_mut().poll_next(&mut cx) {
                    Poll::Ready(Some(x)) => acc = acc.wrapping_add(black_box(x).weigh()),
                    Poll::Ready(None) => break,
                    Poll::Pending => {}
                }
            }
        }
        black_box(acc)
    }
}

/// Consumer shape "spawn2": [`Spawn`], in a program that polls the same generator
/// type from a second place too (here: a task that drains a 0-item stream first).
/// With two call sites LLVM may stop inlining `poll_next` into either; issue 19's
/// independent harness measured that case (task A 49 against our 36).
#[derive(Debug)]
pub struct Spawn2;

impl Shape for Spawn2 {
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        let s = core::cell::Cell::new(Some(s));
        Self::run_made(move |_| s.take().expect("built once"), 0)
    }

    #[inline(never)]
    fn run_made<S, F>(make: F, n: u64) -> u64
    where
        S: Stream,
        S::Item: Weigh,
        F: Fn(u64) -> S,
    {
        // A second, distinct task type whose body polls the same stream type.
        let other = async {
            let mut s = pin!(make(0));
            let mut acc = 0u64;
            while let Some(x) = s.next().await {
                acc = acc.wrapping_add(black_box(x).weigh());
            }
            acc
        };
        let mut other: Pin<Box<dyn Future<Output = u64> + '_>> = black_box(Box::pin(other));
        let mut cx = Context::from_waker(Waker::noop());
        while other.as_mut().poll(&mut cx).is_pending() {}
        drop(other);
        Spawn::run_made(make, n)
    }
}
