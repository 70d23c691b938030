//! Workloads and consumer plumbing for the asyncgen benchmark suite.
//!
//! Five workloads (see `BENCHMARKS.md`) are implemented once per implementation:
//! hand-written `poll_next` state machines ([`hand`]), `async-stream` ([`astream`]),
//! `futures::stream::unfold` ([`unfold`]), `async-fn-stream` ([`afs`]), asyncgen
//! ([`ours`]), asyncgen without macros ([`free`]) and asyncgen's inline
//! `async_gen!(async move { .. })` ([`inline_expr`], workload A only). [`dispatch`]
//! maps an `(implementation, workload)` pair named on the command line to a call of a
//! consumer shape ([`Shape`]), which the binaries in `src/bin/` provide, one shape per
//! binary.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures::Stream;

pub mod afs;
pub mod astream;
pub mod candidates;
pub mod free;
pub mod hand;
pub mod inline_expr;
pub mod ours;
pub mod shapes;
pub mod sync;
pub mod unfold;

/// The 64-byte item of workload E.
pub type Big = [u64; 8];

/// Builds workload E's item for index `i`.
#[inline]
#[must_use]
pub const fn big(i: u64) -> Big {
    [i; 8]
}

/// How a consumer folds an item into its accumulator.
pub trait Weigh {
    /// A cheap summary of the item that depends on all of it being produced.
    fn weigh(self) -> u64;
}

impl Weigh for u64 {
    #[inline]
    fn weigh(self) -> u64 {
        self
    }
}

impl Weigh for Big {
    #[inline]
    fn weigh(self) -> u64 {
        self[0].wrapping_add(self[7])
    }
}

/// A future that is `Pending` once (waking its task first), then `Ready`: workload C.
#[derive(Debug, Default)]
#[must_use = "futures do nothing unless awaited"]
pub struct PendingOnce {
    polled: bool,
}

impl PendingOnce {
    /// A fresh future, not yet polled.
    pub const fn new() -> Self {
        Self { polled: false }
    }
}

impl Future for PendingOnce {
    type Output = ();

    #[inline]
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.polled {
            Poll::Ready(())
        } else {
            self.polled = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// The source stream at the bottom of workload D's chain for every implementation:
/// the hand-written counter of workload A.
pub fn d_source(n: u64) -> hand::Counter {
    hand::Counter::new(n)
}

/// A consumer shape: drains a stream, folding every item into a sum.
pub trait Shape {
    /// Drains `s` and returns the sum of its items' weights.
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh;

    /// Runs the cell whose stream `make(n)` builds. By default the stream is built
    /// here and handed to [`run`](Self::run); a shape that must build it elsewhere
    /// (inside its task, or once per repetition) overrides this.
    #[inline(always)]
    #[allow(clippy::inline_always)] // a forwarding call: the cell's code stays in `run`
    fn run_made<S, F>(make: F, n: u64) -> u64
    where
        S: Stream,
        S::Item: Weigh,
        F: Fn(u64) -> S,
    {
        Self::run(make(n))
    }
}

/// Implementation names accepted by [`dispatch`], in table order.
/// `inline-expr` (asyncgen's `async_gen!(async move { .. })`) has workload A only.
/// `cand-out` and `cand-stack` are issue 19's prototype channels ([`candidates`]),
/// workloads A, B, C and E only.
pub const IMPLS: [&str; 9] = [
    "hand",
    "async-stream",
    "unfold",
    "async-fn-stream",
    "ours",
    "free",
    "inline-expr",
    "cand-out",
    "cand-stack",
];

/// Workload names accepted by [`dispatch`], in table order. `D2` is workload D written
/// the second way (`#[for_await]` for ours, `for await` for async-stream, a `while let`
/// over `next()` that re-yields for free); other implementations have only one way and
/// reuse `D`.
pub const WORKLOADS: [&str; 7] = ["A", "B", "C", "D", "D2", "D3", "E"];

/// Set at compile time to build a binary that holds a single cell ("impl/workload"),
/// e.g. `ASYNCGEN_BENCH_ONLY=ours/D`: every other cell is compiled out.
const ONLY: Option<&str> = option_env!("ASYNCGEN_BENCH_ONLY");

const fn str_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether the cell named `cell` ("impl/workload") is compiled into this binary.
#[must_use]
pub const fn cell_enabled(cell: &str) -> bool {
    match ONLY {
        None => true,
        Some(only) => str_eq(only.as_bytes(), cell.as_bytes()),
    }
}

macro_rules! cells {
    ($imp:expr, $wl:expr, $n:expr, $shape:ty; $($name:literal => $make:expr,)*) => {{
        let key = (($imp), ($wl));
        let n: u64 = $n;
        $(
            if const { cell_enabled($name) } && cell_name_matches($name, key) {
                return Some(<$shape as Shape>::run_made($make, n));
            }
        )*
        None
    }};
}

fn cell_name_matches(name: &str, (imp, wl): (&str, &str)) -> bool {
    name.split_once('/') == Some((imp, wl))
}

/// Runs cell `imp`/`wl` with `n` items through consumer shape `S`; `None` if this
/// binary has no such cell.
#[must_use]
#[allow(clippy::too_many_lines)]
pub fn dispatch<S: Shape>(imp: &str, wl: &str, n: u64) -> Option<u64> {
    cells! { imp, wl, n, S;
        "hand/A" => hand::a,
        "hand/B" => hand::b,
        "hand/C" => hand::c,
        "hand/D" => hand::d,
        "hand/D2" => hand::d,
        "hand/D3" => hand::d,
        "hand/E" => hand::e,
        "async-stream/A" => astream::a,
        "async-stream/B" => astream::b,
        "async-stream/C" => astream::c,
        "async-stream/D" => astream::d,
        "async-stream/D2" => astream::d_for_await,
        "async-stream/D3" => astream::d_over_a,
        "async-stream/E" => astream::e,
        "unfold/A" => unfold::a,
        "unfold/B" => unfold::b,
        "unfold/C" => unfold::c,
        "unfold/D" => unfold::d,
        "unfold/D2" => unfold::d,
        "unfold/E" => unfold::e,
        "async-fn-stream/A" => afs::a,
        "async-fn-stream/B" => afs::b,
        "async-fn-stream/C" => afs::c,
        "async-fn-stream/D" => afs::d,
        "async-fn-stream/D2" => afs::d,
        "async-fn-stream/E" => afs::e,
        "ours/A" => ours::a,
        "ours/B" => ours::b,
        "ours/C" => ours::c,
        "ours/D" => ours::d,
        "ours/D2" => ours::d_for_await,
        "ours/D3" => ours::d_over_a,
        "ours/E" => ours::e,
        "free/A" => free::a,
        "free/B" => free::b,
        "free/C" => free::c,
        "free/D" => free::d,
        "free/D2" => free::d_while_let,
        "free/E" => free::e,
        "inline-expr/A" => inline_expr::a,
        "cand-out/A" => candidates::work::out::a,
        "cand-out/B" => candidates::work::out::b,
        "cand-out/C" => candidates::work::out::c,
        "cand-out/E" => candidates::work::out::e,
        "cand-stack/A" => candidates::work::stack::a,
        "cand-stack/B" => candidates::work::stack::b,
        "cand-stack/C" => candidates::work::stack::c,
        "cand-stack/E" => candidates::work::stack::e,
    }
}

/// Parses `<impl> <workload> <n>` from the command line, runs the cell with `S` and
/// prints the sum (so that it is observably used).
///
/// # Panics
/// On bad arguments.
pub fn main_for<S: Shape>(shape: &str) {
    run_cell_from_args(shape, &IMPLS, dispatch::<S>);
}

/// [`main_for`] for any cell table: `impls` for the usage message, `dispatch` to run
/// a cell (the nightly suite passes its own).
///
/// # Panics
/// On bad arguments.
pub fn run_cell_from_args(shape: &str, impls: &[&str], dispatch: fn(&str, &str, u64) -> Option<u64>) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [imp, wl, n] = args.as_slice() else {
        panic!("usage: {shape} <impl> <workload> <n>; impls {impls:?}, workloads {WORKLOADS:?}");
    };
    let n: u64 = n.parse().expect("n must be a u64");
    match dispatch(imp, wl, n) {
        Some(sum) => println!("{shape} {imp} {wl} {n}: {sum}"),
        None => panic!("no cell {imp}/{wl} in this binary"),
    }
}
