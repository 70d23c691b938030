//! Consumer shape "task": a boxed `dyn Future` (behind `black_box`) whose body loops
//! `while let Some(x) = s.next().await`, polled to completion with a noop waker. The
//! stream itself stays a concrete type inside that future, as in a real task.
//! Usage: `task <impl> <workload> <n>`.

use core::future::Future;
use core::hint::black_box;
use core::pin::{Pin, pin};
use core::task::{Context, Poll, Waker};

use asyncgen_bench::{Shape, Weigh};
use futures::{Stream, StreamExt};

struct Task;

impl Shape for Task {
    #[inline(never)]
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        let task = async move {
            let mut s = pin!(s);
            let mut acc = 0u64;
            while let Some(x) = s.next().await {
                acc = acc.wrapping_add(black_box(x).weigh());
            }
            acc
        };
        let mut task: Pin<Box<dyn Future<Output = u64> + '_>> = black_box(Box::pin(task));
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(acc) = task.as_mut().poll(&mut cx) {
                return black_box(acc);
            }
        }
    }
}

fn main() {
    asyncgen_bench::main_for::<Task>("task");
}
