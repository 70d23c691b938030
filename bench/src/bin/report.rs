//! Prints, for every (implementation, workload) cell: `size_of` of the stream before
//! its first poll, and heap allocations per stream and per item (counted by a global
//! allocator, draining the stream inline with a noop waker). Usage: `report`.

use core::pin::pin;
use core::sync::atomic::{AtomicUsize, Ordering};
use core::task::{Context, Poll, Waker};
use std::alloc::{GlobalAlloc, Layout, System};

use asyncgen_bench::{IMPLS, Shape, WORKLOADS, Weigh, dispatch};
use futures::Stream;

struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static SIZE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to `System`, only counting calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Records the stream's size, then drains it inline.
struct Measure;

impl Shape for Measure {
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        SIZE.store(size_of::<S>(), Ordering::Relaxed);
        let mut s = pin!(s);
        let mut cx = Context::from_waker(Waker::noop());
        let mut acc = 0u64;
        loop {
            match s.as_mut().poll_next(&mut cx) {
                Poll::Ready(Some(x)) => acc = acc.wrapping_add(x.weigh()),
                Poll::Ready(None) => break,
                Poll::Pending => {}
            }
        }
        acc
    }
}

/// Allocations made while building and draining one stream of `n` items; `None`
/// if there is no such cell (`inline-expr` has workload A only).
fn allocs(imp: &str, wl: &str, n: u64) -> Option<usize> {
    let before = ALLOCS.load(Ordering::Relaxed);
    let sum = dispatch::<Measure>(imp, wl, n)?;
    let after = ALLOCS.load(Ordering::Relaxed);
    std::hint::black_box(sum);
    Some(after - before)
}

const NO_CELL: &str = "—";

fn table(title: &str, cell: impl Fn(&str, &str) -> String) {
    println!("{title}\n");
    print!("| implementation |");
    for w in WORKLOADS {
        print!(" {w} |");
    }
    print!("\n|---|");
    for _ in WORKLOADS {
        print!("---:|");
    }
    println!();
    for imp in IMPLS {
        print!("| {imp} |");
        for w in WORKLOADS {
            print!(" {} |", cell(imp, w));
        }
        println!();
    }
    println!();
}

fn main() {
    const N: u64 = 1000;
    table("`size_of` of the stream before its first poll, bytes (D: the outermost link)", |imp, wl| {
        match dispatch::<Measure>(imp, wl, 0) {
            Some(_) => SIZE.load(Ordering::Relaxed).to_string(),
            None => NO_CELL.to_string(),
        }
    });
    table(&format!("heap allocations per stream (built and drained, {N} items)"), |imp, wl| {
        allocs(imp, wl, N).map_or_else(|| NO_CELL.to_string(), |a| a.to_string())
    });
    table(&format!("heap allocations per item ((allocs({N}) - allocs(0)) / {N})"), |imp, wl| {
        let (Some(full), Some(empty)) = (allocs(imp, wl, N), allocs(imp, wl, 0)) else {
            return NO_CELL.to_string();
        };
        #[allow(clippy::cast_precision_loss)]
        let per_item = full.saturating_sub(empty) as f64 / 1000.0;
        format!("{per_item}")
    });
}
