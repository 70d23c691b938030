//! asyncgen's `#[sync_generator]`, iterated by value (`for x in g`) and in place
//! (`for x in pin!(g)`).

use core::pin::pin;

use asyncgen::sync_generator;

use super::{c_item, drain};
use crate::{Big, big};

#[sync_generator]
fn count(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
}

#[sync_generator]
fn matching(n: u64) -> u64 {
    for i in 0..n {
        if let Some(x) = c_item(i) {
            yield_!(x);
        }
    }
}

#[sync_generator]
fn link<I: Iterator<Item = u64>>(inner: I) -> u64 {
    yield_from!(inner);
}

#[sync_generator]
fn bigs(n: u64) -> Big {
    for i in 0..n {
        yield_!(big(i));
    }
}

#[inline(never)]
pub(crate) fn a(n: u64) -> u64 {
    drain(count(n))
}

#[inline(never)]
pub(crate) fn c(n: u64) -> u64 {
    drain(matching(n))
}

#[inline(never)]
pub(crate) fn d(n: u64) -> u64 {
    drain(link(link(link(count(n)))))
}

#[inline(never)]
pub(crate) fn e(n: u64) -> u64 {
    drain(bigs(n))
}

#[inline(never)]
pub(crate) fn a_pin(n: u64) -> u64 {
    drain(pin!(count(n)))
}

#[inline(never)]
pub(crate) fn c_pin(n: u64) -> u64 {
    drain(pin!(matching(n)))
}

#[inline(never)]
pub(crate) fn d_pin(n: u64) -> u64 {
    // Each link in place; the inner ones are pinned inside the outer bodies.
    let l1 = pin!(count(n));
    let l2 = pin!(link(l1));
    let l3 = pin!(link(l2));
    drain(pin!(link(l3)))
}

#[inline(never)]
pub(crate) fn e_pin(n: u64) -> u64 {
    drain(pin!(bigs(n)))
}
