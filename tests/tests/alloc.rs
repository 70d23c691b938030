//! No heap allocation per stream or per item (its own test binary: the
//! counting allocator is process-wide).

use asyncgen::async_generator;
use core::pin::pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
// SAFETY: forwards to `System`, only counting calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }
}
#[global_allocator]
static GLOBAL: Counting = Counting;

#[async_generator]
async fn nested(n: u64) -> u64 {
    #[for_await]
    for x in inner(n) {
        yield_!(x * 2);
    }
    yield_from!(inner(n));
}

#[async_generator]
async fn inner(n: u64) -> u64 {
    for i in 0..n {
        asyncgen_tests::pending_once().await;
        yield_!(i);
    }
}

#[asyncgen::sync_generator]
fn sync_nested(n: u64) -> u64 {
    yield_from!(core::pin::pin!(sync_inner(n)));
    for x in core::pin::pin!(sync_inner(n)) {
        yield_!(x * 2);
    }
}

#[asyncgen::sync_generator]
fn sync_inner(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
}

#[asyncgen::sync_generator(boxed)]
fn sync_boxed(n: u64) -> u64 {
    yield_from!(0..n);
}

// One test: the counter is process-wide, and tests in one binary run in parallel.
#[test]
fn no_heap_allocation_per_stream_or_item() {
    let waker = Waker::noop();
    let mut cx = Context::from_waker(waker);
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let mut stream = pin!(nested(1000));
    let mut sum = 0;
    loop {
        match stream.as_mut().poll_next(&mut cx) {
            Poll::Ready(Some(x)) => sum += x,
            Poll::Ready(None) => break,
            Poll::Pending => {}
        }
    }
    assert_eq!(ALLOCATIONS.load(Ordering::SeqCst), before);
    assert_eq!(sum, 3 * 999 * 1000 / 2);

    // Sync generators: none in place, one per generator by value or boxed.
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let in_place: u64 = pin!(sync_nested(1000)).sum();
    assert_eq!(in_place, 3 * 999 * 1000 / 2);
    assert_eq!(ALLOCATIONS.load(Ordering::SeqCst), before);
    let by_value: u64 = sync_inner(1000).sum();
    assert_eq!(by_value, 999 * 1000 / 2);
    assert_eq!(ALLOCATIONS.load(Ordering::SeqCst), before + 1);
    let boxed: u64 = sync_boxed(1000).sum();
    assert_eq!(boxed, 999 * 1000 / 2);
    assert_eq!(ALLOCATIONS.load(Ordering::SeqCst), before + 2);
}
