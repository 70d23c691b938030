//! Consumer shape "inline": the stream pinned on the driver's stack, polled in a loop
//! with a noop waker. Usage: `inline <impl> <workload> <n>`.

use core::hint::black_box;
use core::pin::pin;
use core::task::{Context, Poll, Waker};

use asyncgen_bench::{Shape, Weigh};
use futures::Stream;

struct Inline;

impl Shape for Inline {
    #[inline(never)]
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        let mut s = pin!(s);
        let mut cx = Context::from_waker(Waker::noop());
        let mut acc = 0u64;
        loop {
            match s.as_mut().poll_next(&mut cx) {
                Poll::Ready(Some(x)) => acc = acc.wrapping_add(black_box(x).weigh()),
                Poll::Ready(None) => break,
                Poll::Pending => {}
            }
        }
        black_box(acc)
    }
}

fn main() {
    asyncgen_bench::main_for::<Inline>("inline");
}
