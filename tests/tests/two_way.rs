//! Two-way generators through the public API (PEP 525's `asend` / `aclose`):
//! every rule of DESIGN.md §3 "Two-way generators", one test each.

use asyncgen::{AsyncGenerator, Resume, Yielder, generator, try_generator};
use asyncgen_tests::{CountingWaker, DropCounter, Token, block_on, collect, next, pending_once};
use core::future::Future;
use core::pin::{Pin, pin};
use core::task::{Context, Poll, Waker};
use futures_core::{FusedStream, Stream};
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// Echoes what it is resumed with as `"sent v"`, `"next"`; on `Close` it awaits a
/// cleanup step (logged) and returns.
fn echo(log: Rc<RefCell<Vec<String>>>) -> impl AsyncGenerator<u32, Item = String> {
    generator(async move |mut y: Yielder<'_, String, Resume<u32>>| {
        let mut said = String::from("start");
        loop {
            match y.yield_(said).await {
                Resume::Next => said = "next".into(),
                Resume::Sent(v) => said = format!("sent {v}"),
                Resume::Close => {
                    pending_once().await; // cleanup that awaits
                    log.borrow_mut().push("cleaned up".into());
                    return;
                }
            }
        }
    })
}

fn poll<F: Future>(f: Pin<&mut F>) -> Poll<F::Output> {
    f.poll(&mut Context::from_waker(Waker::noop()))
}

#[test]
fn next_resumes_with_next_and_send_with_the_value() {
    let log = Rc::default();
    let mut g = pin!(echo(log));
    block_on(async {
        assert_eq!(next(g.as_mut()).await.as_deref(), Some("start"));
        assert_eq!(next(g.as_mut()).await.as_deref(), Some("next"));
        assert_eq!(g.as_mut().send(7).await.as_deref(), Some("sent 7"));
        assert_eq!(g.as_mut().send(8).await.as_deref(), Some("sent 8"));
    });
}

#[test]
fn close_runs_the_awaiting_cleanup_to_its_end() {
    let log: Rc<RefCell<Vec<String>>> = Rc::default();
    let mut g = pin!(echo(log.clone()));
    block_on(async {
        assert!(next(g.as_mut()).await.is_some());
        assert_eq!(g.as_mut().close().await, None);
    });
    assert_eq!(*log.borrow(), ["cleaned up"]);
    assert!(g.is_terminated());
    assert_eq!(block_on(g.as_mut().send(1)), None, "after the end, send gives None");
    assert_eq!(block_on(g.as_mut().close()), None, "after the end, close gives None");
}

#[test]
fn close_passes_the_callers_waker_to_the_cleanup() {
    let log = Rc::default();
    let mut g = pin!(echo(log));
    assert!(block_on(next(g.as_mut())).is_some());
    let waker = Arc::new(CountingWaker::default());
    let w = Waker::from(waker.clone());
    let mut cx = Context::from_waker(&w);
    let mut gen_ref = g.as_mut();
    let mut close = pin!(gen_ref.close());
    assert_eq!(close.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(waker.wakes.load(Ordering::SeqCst), 1, "the cleanup's await woke the caller");
    assert_eq!(close.as_mut().poll(&mut cx), Poll::Ready(None));
}

#[test]
fn send_before_the_first_yield_panics_and_leaves_the_generator_usable() {
    let drops = DropCounter::default();
    let mut g = pin!(generator(async |mut y: Yielder<'_, u32, Resume<Token>>| {
        let mut n = 0;
        while let Resume::Sent(_) | Resume::Next = y.yield_(n).await {
            n += 1;
        }
    }));
    let err = catch_unwind(AssertUnwindSafe(|| block_on(g.as_mut().send(drops.token())))).unwrap_err();
    assert!(err.downcast_ref::<&str>().unwrap().contains("pull the first item with next() first"));
    assert_eq!(drops.drops(), 1, "the refused value is dropped once");
    assert!(!g.is_terminated());
    assert_eq!(collect_n(g.as_mut(), 2), [0, 1]);
    assert_eq!(block_on(g.as_mut().send(drops.token())), Some(2));
    assert_eq!(drops.drops(), 2, "the delivered value is dropped once, by the body");
}

fn collect_n<S: Stream + ?Sized>(mut s: Pin<&mut S>, n: usize) -> Vec<S::Item> {
    (0..n).map(|_| block_on(next(s.as_mut())).unwrap()).collect()
}

#[test]
fn a_plain_generators_send_is_next_and_its_close_drops_the_body() {
    let drops = DropCounter::default();
    let token = drops.token();
    let mut g = pin!(generator(async move |mut y: Yielder<'_, u32>| {
        let _held = token;
        for i in 0..10 {
            y.yield_(i).await;
        }
    }));
    assert_eq!(block_on(g.as_mut().send(())), Some(0), "send(()) before the first yield is next()");
    assert_eq!(block_on(g.as_mut().send(())), Some(1));
    assert_eq!(drops.drops(), 0);
    assert_eq!(block_on(g.as_mut().close()), None);
    assert_eq!(drops.drops(), 1, "close() dropped the body in place");
    assert!(g.is_terminated());
}

#[test]
fn close_returns_a_fallible_cleanups_error() {
    let mut g = pin!(try_generator(async |mut y: Yielder<'_, Result<u32, String>, Resume<()>>| {
        if let Resume::Close = y.yield_(Ok(1)).await {
            pending_once().await;
            return Err("commit failed".to_string());
        }
        Ok(())
    }));
    assert_eq!(block_on(next(g.as_mut())), Some(Ok(1)));
    assert_eq!(block_on(g.as_mut().close()), Some(Err("commit failed".into())));
    assert!(g.is_terminated());
}

#[test]
fn a_value_yielded_instead_of_returning_is_closes_item_and_the_body_is_dropped() {
    let drops = DropCounter::default();
    let token = drops.token();
    let mut g = pin!(generator(async move |mut y: Yielder<'_, u32, Resume<()>>| {
        let _held = token;
        let _ = y.yield_(1).await;
        let _ = y.yield_(2).await; // ignores Close
        unreachable!("dropped at the yield after Close");
    }));
    assert_eq!(block_on(next(g.as_mut())), Some(1));
    assert_eq!(block_on(g.as_mut().close()), Some(2));
    assert_eq!(drops.drops(), 1);
    assert!(g.is_terminated());
}

#[test]
fn a_panic_in_the_cleanup_propagates_out_of_close_and_ends_the_generator() {
    let mut g = pin!(generator(async |mut y: Yielder<'_, u32, Resume<()>>| {
        if let Resume::Close = y.yield_(1).await {
            pending_once().await;
            panic!("cleanup failed");
        }
    }));
    assert_eq!(block_on(next(g.as_mut())), Some(1));
    assert!(catch_unwind(AssertUnwindSafe(|| block_on(g.as_mut().close()))).is_err());
    assert!(g.is_terminated());
    assert_eq!(block_on(next(g.as_mut())), None);
}

#[test]
fn close_before_the_start_runs_nothing_and_drops_the_arguments() {
    let drops = DropCounter::default();
    let token = drops.token();
    let ran = Rc::new(RefCell::new(false));
    let r = ran.clone();
    let mut g = pin!(generator(async move |mut y: Yielder<'_, u32, Resume<()>>| {
        *r.borrow_mut() = true;
        let _held = token;
        let _ = y.yield_(1).await;
    }));
    assert_eq!(block_on(g.as_mut().close()), None);
    assert!(!*ran.borrow());
    assert_eq!(drops.drops(), 1);
    assert!(g.is_terminated());
    assert_eq!(block_on(g.as_mut().send(())), None);
}

#[test]
fn after_the_end_send_drops_its_value_and_gives_none() {
    let drops = DropCounter::default();
    let mut g = pin!(generator(async |mut y: Yielder<'_, u32, Resume<Token>>| {
        let _ = y.yield_(1).await;
    }));
    assert_eq!(collect_n(g.as_mut(), 1), [1]);
    assert_eq!(block_on(next(g.as_mut())), None);
    assert_eq!(block_on(g.as_mut().send(drops.token())), None);
    assert_eq!((drops.created(), drops.drops()), (1, 1));
}

/// Yields `i`, then awaits a once-pending future between resumption and the next
/// yield, so that a `send` / `next` / `close` future can be dropped mid-step.
fn slow_counter(log: Rc<RefCell<Vec<String>>>) -> impl AsyncGenerator<Token, Item = u32> {
    generator(async move |mut y: Yielder<'_, u32, Resume<Token>>| {
        let mut i = 0;
        loop {
            let resume = y.yield_(i).await;
            pending_once().await;
            match resume {
                Resume::Next | Resume::Sent(_) => i += 1,
                Resume::Close => {
                    pending_once().await;
                    log.borrow_mut().push("closed".into());
                    return;
                }
            }
        }
    })
}

#[test]
fn a_send_dropped_after_its_first_poll_leaves_the_step_for_next() {
    let drops = DropCounter::default();
    let mut g = pin!(slow_counter(Rc::default()));
    assert_eq!(collect_n(g.as_mut(), 1), [0]);
    {
        let mut gen_ref = g.as_mut();
        let mut send = pin!(gen_ref.send(drops.token()));
        assert_eq!(poll(send.as_mut()), Poll::Pending);
    }
    assert_eq!(drops.drops(), 0, "delivered: the body holds it mid-step");
    // Mid-step: send panics (Python: "already running"), dropping its value once.
    let err = catch_unwind(AssertUnwindSafe(|| block_on(g.as_mut().send(drops.token())))).unwrap_err();
    assert!(err.downcast_ref::<&str>().unwrap().contains("still running"));
    assert_eq!(drops.drops(), 1);
    assert_eq!(block_on(next(g.as_mut())), Some(1), "next() finishes the step and returns its item");
    assert_eq!(drops.drops(), 2, "the body dropped the delivered value");
    assert_eq!(block_on(g.as_mut().send(drops.token())), Some(2));
    assert_eq!((drops.created(), drops.drops()), (3, 3), "each sent value dropped once, by the body");
}

#[test]
fn a_close_mid_step_finishes_the_step_drops_its_item_then_closes() {
    let log: Rc<RefCell<Vec<String>>> = Rc::default();
    let mut g = pin!(slow_counter(log.clone()));
    assert_eq!(collect_n(g.as_mut(), 1), [0]);
    {
        let mut n = pin!(next(g.as_mut()));
        assert_eq!(poll(n.as_mut()), Poll::Pending);
    }
    assert_eq!(block_on(g.as_mut().close()), None);
    assert_eq!(*log.borrow(), ["closed"]);
}

/// Pulls the first item, then starts a `close()` and drops it mid-cleanup.
fn abandon_a_close<G: AsyncGenerator<Token, Item = u32>>(mut g: Pin<&mut G>) {
    assert_eq!(collect_n(g.as_mut(), 1), [0]);
    let mut close = pin!(g.close());
    assert_eq!(poll(close.as_mut()), Poll::Pending);
}

#[test]
fn a_close_dropped_mid_cleanup_leaves_the_generator_closing() {
    let log: Rc<RefCell<Vec<String>>> = Rc::default();
    let mut g = pin!(slow_counter(log.clone()));
    abandon_a_close(g.as_mut());
    assert_eq!(g.size_hint(), (0, Some(0)));
    assert!(!g.is_terminated(), "still closing");
    assert!(log.borrow().is_empty());
    assert_eq!(block_on(next(g.as_mut())), None, "next continues the cleanup");
    assert_eq!(*log.borrow(), ["closed"]);
    assert!(g.is_terminated());
}

#[test]
fn a_later_close_finishes_an_abandoned_cleanup_and_reports_its_error() {
    let mut g = pin!(try_generator(async |mut y: Yielder<'_, Result<u32, String>, Resume<Token>>| {
        if let Resume::Close = y.yield_(Ok(0)).await {
            pending_once().await;
            return Err("rollback failed".to_string());
        }
        Ok(())
    }));
    assert_eq!(block_on(next(g.as_mut())), Some(Ok(0)));
    {
        let mut gen_ref = g.as_mut();
        let mut close = pin!(gen_ref.close());
        assert_eq!(poll(close.as_mut()), Poll::Pending);
    }
    assert!(!g.is_terminated());
    assert_eq!(block_on(g.as_mut().close()), Some(Err("rollback failed".into())));
    assert!(g.is_terminated());
}

#[test]
fn a_send_while_closing_drops_its_value_and_continues_the_cleanup() {
    let drops = DropCounter::default();
    let log: Rc<RefCell<Vec<String>>> = Rc::default();
    let mut g = pin!(slow_counter(log.clone()));
    abandon_a_close(g.as_mut());
    assert_eq!(block_on(g.as_mut().send(drops.token())), None);
    assert_eq!((drops.drops(), log.borrow().len()), (1, 1));
}

#[test]
fn a_boxed_two_way_generator_works_through_dyn() {
    let mut g: Pin<Box<dyn AsyncGenerator<u32, Item = u32> + Send>> =
        Box::pin(generator(async |mut y: Yielder<'_, u32, Resume<u32>>| {
            let mut total = 0;
            while let Resume::Sent(v) = y.yield_(total).await {
                total += v;
            }
        }));
    block_on(async {
        assert_eq!(next(g.as_mut()).await, Some(0));
        assert_eq!(g.send(5).await, Some(5));
        assert_eq!(g.as_mut().send(6).await, Some(11));
        assert_eq!(g.close().await, None);
    });
    assert!(g.is_terminated());
}

#[test]
fn a_plain_generator_collects_as_before() {
    let g = generator(async |mut y: Yielder<'_, u32>| {
        y.yield_(1).await;
    });
    assert_eq!(collect(g), [1]);
}
