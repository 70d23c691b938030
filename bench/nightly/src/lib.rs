//! The nightly-only peers of the asyncgen callgrind suite (`bench/`, see `BENCHMARKS.md`):
//! futures-async-stream's `#[stream]` ([`fas`]) and native `async gen` blocks ([`native`]).
//!
//! The workloads, the consumer shapes ([`asyncgen_bench::shapes`]) and the hand-written
//! reference ([`asyncgen_bench::hand`]) come from `asyncgen-bench` itself; only the
//! dispatch table is repeated here, because the suite's table is closed over its own cells.

#![feature(coroutines)]
#![feature(gen_blocks, async_iterator, async_for_loop)]

pub mod sync_gen;

use asyncgen_bench::{Shape, hand, ours};

/// futures-async-stream 0.2: `#[stream]` async fns with `yield` and `#[for_await]`.
pub mod fas {
    use asyncgen_bench::{Big, PendingOnce, big};
    use futures::{Stream, StreamExt};
    use futures_async_stream::stream;

    /// Workload A.
    #[stream(item = u64)]
    pub async fn a(n: u64) {
        for i in 0..n {
            yield i;
        }
    }

    /// Workload B.
    #[stream(item = u64)]
    pub async fn b(n: u64) {
        for i in 0..n {
            yield core::future::ready(i).await;
        }
    }

    /// Workload C.
    #[stream(item = u64)]
    pub async fn c(n: u64) {
        for i in 0..n {
            PendingOnce::new().await;
            yield i;
        }
    }

    #[stream(item = u64)]
    async fn link_while_let<S: Stream<Item = u64>>(inner: S) {
        let mut inner = core::pin::pin!(inner);
        while let Some(x) = inner.next().await {
            yield x;
        }
    }

    #[stream(item = u64)]
    async fn link_for_await<S: Stream<Item = u64>>(inner: S) {
        #[for_await]
        for x in inner {
            yield x;
        }
    }

    /// Workload D, links written `while let Some(x) = s.next().await { yield x }`.
    pub fn d(n: u64) -> impl Stream<Item = u64> {
        link_while_let(link_while_let(link_while_let(asyncgen_bench::d_source(n))))
    }

    /// Workload D, links written `#[for_await] for x in s { yield x }`.
    pub fn d_for_await(n: u64) -> impl Stream<Item = u64> {
        link_for_await(link_for_await(link_for_await(asyncgen_bench::d_source(n))))
    }

    /// Workload E.
    #[stream(item = Big)]
    pub async fn e(n: u64) {
        for i in 0..n {
            yield big(i);
        }
    }
}

/// Native `async gen` blocks (`#![feature(gen_blocks)]`), which implement
/// `core::async_iter::AsyncIterator`; [`native::AsStream`] makes them a `Stream`.
pub mod native {
    use core::async_iter::AsyncIterator;
    use core::pin::Pin;
    use core::task::{Context, Poll};

    use asyncgen_bench::{Big, PendingOnce, big};
    use futures::{Stream, StreamExt};

    /// An `AsyncIterator` seen as a `Stream`: `poll_next` forwarded as is.
    #[derive(Debug)]
    #[must_use = "streams do nothing unless polled"]
    pub struct AsStream<I>(pub I);

    impl<I: AsyncIterator> Stream for AsStream<I> {
        type Item = I::Item;

        #[inline]
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>> {
            // SAFETY: structural pinning of the only field: `AsStream` never moves it out
            // of a pinned `self`, has no `Drop` and is `Unpin` only when `I` is.
            unsafe { self.map_unchecked_mut(|s| &mut s.0) }.poll_next(cx)
        }
    }

    /// A `Stream` seen as an `AsyncIterator` (the bottom of workload D2's chain, so that
    /// `for await` can drive it).
    #[derive(Debug)]
    #[must_use = "async iterators do nothing unless polled"]
    pub struct AsAsyncIter<S>(pub S);

    impl<S: Stream> AsyncIterator for AsAsyncIter<S> {
        type Item = S::Item;

        #[inline]
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
            // SAFETY: as for `AsStream`.
            unsafe { self.map_unchecked_mut(|s| &mut s.0) }.poll_next(cx)
        }
    }

    /// Workload A.
    pub fn a(n: u64) -> impl Stream<Item = u64> {
        AsStream(async gen move {
            for i in 0..n {
                yield i;
            }
        })
    }

    /// Workload B.
    pub fn b(n: u64) -> impl Stream<Item = u64> {
        AsStream(async gen move {
            for i in 0..n {
                yield core::future::ready(i).await;
            }
        })
    }

    /// Workload C.
    pub fn c(n: u64) -> impl Stream<Item = u64> {
        AsStream(async gen move {
            for i in 0..n {
                PendingOnce::new().await;
                yield i;
            }
        })
    }

    fn link_while_let<S: Stream<Item = u64>>(inner: S) -> impl Stream<Item = u64> {
        AsStream(async gen move {
            let mut inner = core::pin::pin!(inner);
            while let Some(x) = inner.next().await {
                yield x;
            }
        })
    }

    fn link_for_await<I: AsyncIterator<Item = u64>>(inner: I) -> impl AsyncIterator<Item = u64> {
        async gen move {
            for await x in inner {
                yield x;
            }
        }
    }

    /// Workload D, links written `while let Some(x) = s.next().await { yield x }`, each
    /// link a `Stream` (an `async gen` block in [`AsStream`]).
    pub fn d(n: u64) -> impl Stream<Item = u64> {
        link_while_let(link_while_let(link_while_let(asyncgen_bench::d_source(n))))
    }

    /// Workload D, links written `for await x in s { yield x }` (`async_for_loop`) over
    /// plain `AsyncIterator`s; only the bottom counter and the top are adapted.
    pub fn d_for_await(n: u64) -> impl Stream<Item = u64> {
        let source = AsAsyncIter(asyncgen_bench::d_source(n));
        AsStream(link_for_await(link_for_await(link_for_await(source))))
    }

    /// Workload E.
    pub fn e(n: u64) -> impl Stream<Item = Big> {
        AsStream(async gen move {
            for i in 0..n {
                yield big(i);
            }
        })
    }
}

/// Implementation names accepted by [`dispatch`], in table order. `ours` is asyncgen
/// compiled by the same nightly, for a same-compiler comparison.
pub const IMPLS: [&str; 4] = ["hand", "futures-async-stream", "async-gen", "ours"];

/// Workload names accepted by [`dispatch`], in table order (as in the main suite).
pub use asyncgen_bench::WORKLOADS;

/// Runs cell `imp`/`wl` with `n` items through consumer shape `S`; `None` if there is no
/// such cell.
#[must_use]
pub fn dispatch<S: Shape>(imp: &str, wl: &str, n: u64) -> Option<u64> {
    Some(match (imp, wl) {
        ("hand", "A") => S::run(hand::a(n)),
        ("hand", "B") => S::run(hand::b(n)),
        ("hand", "C") => S::run(hand::c(n)),
        ("hand", "D" | "D2") => S::run(hand::d(n)),
        ("hand", "E") => S::run(hand::e(n)),
        ("futures-async-stream", "A") => S::run(fas::a(n)),
        ("futures-async-stream", "B") => S::run(fas::b(n)),
        ("futures-async-stream", "C") => S::run(fas::c(n)),
        ("futures-async-stream", "D") => S::run(fas::d(n)),
        ("futures-async-stream", "D2") => S::run(fas::d_for_await(n)),
        ("futures-async-stream", "E") => S::run(fas::e(n)),
        ("async-gen", "A") => S::run(native::a(n)),
        ("async-gen", "B") => S::run(native::b(n)),
        ("async-gen", "C") => S::run(native::c(n)),
        ("async-gen", "D") => S::run(native::d(n)),
        ("async-gen", "D2") => S::run(native::d_for_await(n)),
        ("async-gen", "E") => S::run(native::e(n)),
        ("ours", "A") => S::run(ours::a(n)),
        ("ours", "B") => S::run(ours::b(n)),
        ("ours", "C") => S::run(ours::c(n)),
        ("ours", "D") => S::run(ours::d(n)),
        ("ours", "D2") => S::run(ours::d_for_await(n)),
        ("ours", "E") => S::run(ours::e(n)),
        _ => return None,
    })
}

/// Runs the cell named on the command line (`<impl> <workload> <n>`) with `S`.
///
/// # Panics
/// On bad arguments.
pub fn main_for<S: Shape>(shape: &str) {
    asyncgen_bench::run_cell_from_args(shape, &IMPLS, dispatch::<S>);
}
