//! Native `gen` blocks (`#![feature(gen_blocks)]`) for the sync generator workloads of
//! `asyncgen_bench::sync`, with the same consumer ([`drain`]).

use asyncgen_bench::sync::{c_item, drain};
use asyncgen_bench::{Big, big};

fn count(n: u64) -> impl Iterator<Item = u64> {
    gen move {
        for i in 0..n {
            yield i;
        }
    }
}

fn link(inner: impl Iterator<Item = u64>) -> impl Iterator<Item = u64> {
    gen move {
        for x in inner {
            yield x;
        }
    }
}

#[inline(never)]
pub fn a(n: u64) -> u64 {
    drain(count(n))
}

#[inline(never)]
pub fn c(n: u64) -> u64 {
    drain(gen move {
        for i in 0..n {
            if let Some(x) = c_item(i) {
                yield x;
            }
        }
    })
}

#[inline(never)]
pub fn d(n: u64) -> u64 {
    drain(link(link(link(count(n)))))
}

#[inline(never)]
pub fn e(n: u64) -> u64 {
    drain(gen move {
        for i in 0..n {
            yield big(i) as Big;
        }
    })
}

/// Runs a cell: `gen`, or the stable suite's (built by this nightly) as
/// `hand-nightly` / `ours-pin-nightly`.
#[must_use]
pub fn dispatch(imp: &str, wl: &str, n: u64) -> Option<u64> {
    let cell: fn(u64) -> u64 = match (imp, wl) {
        ("gen", "A") => a,
        ("gen", "C") => c,
        ("gen", "D") => d,
        ("gen", "E") => e,
        (imp, wl) => {
            let stable = imp.strip_suffix("-nightly")?;
            return asyncgen_bench::sync::dispatch(stable, wl, n);
        }
    };
    Some(core::hint::black_box(cell)(n))
}
