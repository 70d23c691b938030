//! `std::iter::from_fn` with the state in the closure.

use super::{c_item, drain};
use crate::big;

fn count(n: u64) -> impl Iterator<Item = u64> {
    let mut i = 0;
    core::iter::from_fn(move || {
        (i < n).then(|| {
            i += 1;
            i - 1
        })
    })
}

#[inline(never)]
pub(crate) fn a(n: u64) -> u64 {
    drain(count(n))
}

#[inline(never)]
pub(crate) fn c(n: u64) -> u64 {
    let mut i = 0;
    drain(core::iter::from_fn(move || {
        while i < n {
            i += 1;
            if let Some(x) = c_item(i - 1) {
                return Some(x);
            }
        }
        None
    }))
}

fn link(mut inner: impl Iterator<Item = u64>) -> impl Iterator<Item = u64> {
    core::iter::from_fn(move || inner.next())
}

#[inline(never)]
pub(crate) fn d(n: u64) -> u64 {
    drain(link(link(link(count(n)))))
}

#[inline(never)]
pub(crate) fn e(n: u64) -> u64 {
    let mut inner = count(n);
    drain(core::iter::from_fn(move || inner.next().map(big)))
}
