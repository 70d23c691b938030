//! Consumer shape "dyn": the stream as `Pin<Box<dyn Stream>>` behind `black_box`,
//! polled in a loop with a noop waker. Usage: `dyn <impl> <workload> <n>`.

use core::hint::black_box;
use core::pin::Pin;
use core::task::{Context, Poll, Waker};

use asyncgen_bench::{Shape, Weigh};
use futures::Stream;

struct Dyn;

impl Shape for Dyn {
    #[inline(never)]
    fn run<S>(s: S) -> u64
    where
        S: Stream,
        S::Item: Weigh,
    {
        let mut s: Pin<Box<dyn Stream<Item = S::Item> + '_>> = black_box(Box::pin(s));
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
    asyncgen_bench::main_for::<Dyn>("dyn");
}
