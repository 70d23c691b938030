//! Hand-written `Iterator` structs: the reference.

use super::{c_item, drain};
use crate::{Big, big};

/// `0..n`, one by one.
#[derive(Debug)]
pub struct Count {
    i: u64,
    n: u64,
}

impl Iterator for Count {
    type Item = u64;

    #[inline]
    fn next(&mut self) -> Option<u64> {
        (self.i < self.n).then(|| {
            self.i += 1;
            self.i - 1
        })
    }
}

/// Workload C's items.
#[derive(Debug)]
pub struct Matching(Count);

impl Iterator for Matching {
    type Item = u64;

    #[inline]
    fn next(&mut self) -> Option<u64> {
        loop {
            if let Some(x) = c_item(self.0.next()?) {
                return Some(x);
            }
        }
    }
}

/// One link of workload D's chain: forwards its inner iterator.
#[derive(Debug)]
pub struct Link<I>(I);

impl<I: Iterator> Iterator for Link<I> {
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        self.0.next()
    }
}

/// Workload E's items.
#[derive(Debug)]
pub struct Bigs(Count);

impl Iterator for Bigs {
    type Item = Big;

    #[inline]
    fn next(&mut self) -> Option<Big> {
        self.0.next().map(big)
    }
}

#[inline(never)]
pub(crate) fn a(n: u64) -> u64 {
    drain(Count { i: 0, n })
}

#[inline(never)]
pub(crate) fn c(n: u64) -> u64 {
    drain(Matching(Count { i: 0, n }))
}

#[inline(never)]
pub(crate) fn d(n: u64) -> u64 {
    drain(Link(Link(Link(Count { i: 0, n }))))
}

#[inline(never)]
pub(crate) fn e(n: u64) -> u64 {
    drain(Bigs(Count { i: 0, n }))
}
