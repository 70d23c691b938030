//! Generators without macros: `generator` / `try_generator` with a `Yielder`, and
//! helpers that yield.

use asyncgen::{Yielder, generator, try_generator};
use asyncgen_tests::{DropCounter, block_on, collect, next, pending_once, poll_once};
use core::pin::{Pin, pin};
use futures_core::{FusedStream, Stream};
use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;

async fn twice(y: &mut Yielder<'_, u32>, v: u32) {
    y.yield_(v).await;
    pending_once().await;
    y.yield_(v * 2).await;
}

#[test]
fn nothing_runs_before_the_first_poll() {
    let ran = Rc::new(Cell::new(false));
    let r = ran.clone();
    let s = generator(async move |mut y: Yielder<'_, u32>| {
        r.set(true);
        twice(&mut y, 3).await;
    });
    assert!(!ran.get());
    assert_eq!(collect(s), [3, 6]);
    assert!(ran.get());
}

#[test]
fn a_panic_fuses_it_and_every_capture_is_dropped_once() {
    let drops = DropCounter::default();
    let token = drops.token();
    let mut s = pin!(generator(async move |mut y: Yielder<'_, u32>| {
        let _held = token;
        y.yield_(1).await;
        panic!("boom");
    }));
    assert_eq!(block_on(next(s.as_mut())), Some(1));
    assert!(catch_unwind(AssertUnwindSafe(|| poll_once(s.as_mut()))).is_err());
    assert_eq!(drops.drops(), 1);
    assert!(s.is_terminated());
    assert_eq!(block_on(next(s.as_mut())), None);
}

#[test]
fn dropped_mid_stream_drops_captures_and_the_untaken_state_once() {
    let drops = DropCounter::default();
    let (a, b) = (drops.token(), drops.token());
    let mut s = Box::pin(generator(async move |mut y: Yielder<'_, u32>| {
        let _a = a;
        y.yield_(1).await;
        let _b = b;
        y.yield_(2).await;
    }));
    assert_eq!(block_on(next(s.as_mut())), Some(1));
    drop(s);
    assert_eq!((drops.created(), drops.drops()), (2, 2));
}

#[test]
fn try_generator_ends_with_the_helpers_error() {
    async fn parse(y: &mut Yielder<'_, Result<u32, String>>, text: &str) -> Result<(), String> {
        let n = text.parse::<u32>().map_err(|e| e.to_string())?;
        y.yield_(Ok(n)).await;
        Ok(())
    }
    let s = try_generator(async |mut y: Yielder<'_, Result<u32, String>>| {
        parse(&mut y, "1").await?;
        parse(&mut y, "x").await?;
        parse(&mut y, "3").await
    });
    let items = collect(s);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0], Ok(1));
}

#[cfg(not(miri))] // tokio's multi-threaded runtime
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boxed_as_a_send_dyn_stream_and_spawned() {
    let s: Pin<Box<dyn Stream<Item = u32> + Send>> = Box::pin(generator(async |mut y: Yielder<'_, u32>| {
        for i in 0..3 {
            tokio::task::yield_now().await;
            y.yield_(i).await;
        }
    }));
    let items = tokio::spawn(asyncgen_tests::drain(s)).await.unwrap();
    assert_eq!(items, [0, 1, 2]);
}
