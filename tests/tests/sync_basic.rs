//! Sync generators: the attribute, laziness, fused end, `size_hint`, the in-place route.

use core::pin::pin;
use std::cell::Cell;

use asyncgen::sync_generator;

#[sync_generator]
fn fib() -> u64 {
    let (mut a, mut b) = (0, 1);
    loop {
        yield_!(a);
        (a, b) = (b, a + b);
    }
}

#[sync_generator]
fn count(n: u32, started: &Cell<bool>) -> u32 {
    started.set(true);
    for i in 0..n {
        yield_!(i);
    }
}

#[test]
fn for_loop_and_adapters() {
    let mut all = Vec::new();
    for x in fib() {
        if x > 20 {
            break;
        }
        all.push(x);
    }
    assert_eq!(all, [0, 1, 1, 2, 3, 5, 8, 13]);
    assert_eq!(fib().take(5).collect::<Vec<_>>(), [0, 1, 1, 2, 3]);
}

#[test]
fn lazy_until_first_next() {
    let started = Cell::new(false);
    let mut it = count(2, &started);
    assert!(!started.get());
    assert_eq!(it.next(), Some(0));
    assert!(started.get());
}

#[test]
fn fused_after_end_with_empty_size_hint() {
    let started = Cell::new(false);
    let mut it = count(1, &started);
    assert_eq!(it.size_hint(), (0, None));
    assert_eq!(it.next(), Some(0));
    assert_eq!(it.next(), None);
    assert_eq!(it.size_hint(), (0, Some(0)));
    assert_eq!(it.next(), None);
    assert_eq!(it.next(), None);
}

#[test]
/// In place through `Pin<&mut SyncGenerator>` (that it allocates nothing: tests/alloc.rs).
fn in_place_through_pin() {
    let started = Cell::new(false);
    let mut it = pin!(count(3, &started));
    assert_eq!(it.next(), Some(0));
    assert_eq!(it.as_mut().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(it.next(), None);
    assert_eq!(it.size_hint(), (0, Some(0)));
    let mut sum = 0;
    for x in pin!(fib()).take(4) {
        sum += x;
    }
    assert_eq!(sum, 4);
}

#[test]
fn borrows_across_yield() {
    #[sync_generator]
    fn windows() -> u32 {
        let data = [1, 2, 3, 4];
        let slice = &data[1..];
        for x in slice {
            yield_!(*x);
        }
        let mut state = vec![10];
        let r = &mut state;
        yield_!(r[0]);
        r.push(20);
        yield_!(r[1]);
    }
    assert_eq!(windows().collect::<Vec<_>>(), [2, 3, 4, 10, 20]);
    assert_eq!(pin!(windows()).collect::<Vec<_>>(), [2, 3, 4, 10, 20]);
}
