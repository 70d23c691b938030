//! genawaiter's `rc` generators (`Gen::new(|co| async move { .. })`), its form that
//! can be returned from a function; `for x in gen` iterates it.

use genawaiter::rc::{Co, Gen};

use super::{c_item, drain};
use crate::{Big, big};

fn count(n: u64) -> Gen<u64, (), impl Future<Output = ()>> {
    Gen::new(move |co: Co<u64>| async move {
        for i in 0..n {
            co.yield_(i).await;
        }
    })
}

#[inline(never)]
pub(crate) fn a(n: u64) -> u64 {
    drain(count(n))
}

#[inline(never)]
pub(crate) fn c(n: u64) -> u64 {
    drain(Gen::new(move |co: Co<u64>| async move {
        for i in 0..n {
            if let Some(x) = c_item(i) {
                co.yield_(x).await;
            }
        }
    }))
}

fn link(inner: impl IntoIterator<Item = u64>) -> impl IntoIterator<Item = u64> {
    Gen::new(move |co: Co<u64>| async move {
        for x in inner {
            co.yield_(x).await;
        }
    })
}

#[inline(never)]
pub(crate) fn d(n: u64) -> u64 {
    drain(link(link(link(count(n)))))
}

#[inline(never)]
pub(crate) fn e(n: u64) -> u64 {
    drain(Gen::new(move |co: Co<Big>| async move {
        for i in 0..n {
            co.yield_(big(i)).await;
        }
    }))
}
