//! A `#![no_std]` crate without `alloc` that defines generators: proof that the
//! expansion names only `core` and the runtime. Its unit tests link `std` (the
//! test harness needs it); the library itself never does.
#![no_std]
#![forbid(unsafe_code)]

#[cfg(test)]
extern crate std;

use asyncgen::async_generator;
use core::pin::pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;

/// Fibonacci numbers below `limit`.
#[async_generator]
pub async fn fibonacci(limit: u64) -> u64 {
    let (mut a, mut b) = (0, 1);
    while a < limit {
        yield_!(a);
        (a, b) = (b, a + b);
    }
}

/// Reads a sensor that may fail; the first error ends the stream as its last item.
#[async_generator]
pub async fn readings(raw: &[i16]) -> Result<u16, SensorError> {
    for &r in raw {
        let value = u16::try_from(r).map_err(|_| SensorError(r))?;
        yield_!(Ok(value));
    }
}

/// A reading out of range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SensorError(pub i16);

/// Running sums of another stream, consumed with `#[for_await]`.
#[async_generator]
pub async fn running_sum<S: Stream<Item = u64>>(inner: S) -> u64 {
    let mut sum = 0;
    #[for_await]
    for x in inner {
        sum += x;
        yield_!(sum);
    }
}

/// A header item, then every item of `inner` (`yield_from!`).
#[async_generator]
pub async fn with_header<S: Stream<Item = u64>>(header: u64, inner: S) -> u64 {
    yield_!(header);
    yield_from!(inner);
}

/// Drains a stream that never waits into `out`, returning how many items it wrote,
/// with no allocator and no executor: a no-op waker suffices.
pub fn drain_into<S: Stream>(stream: S, out: &mut [Option<S::Item>]) -> usize {
    let mut stream = pin!(stream);
    let mut cx = Context::from_waker(Waker::noop());
    let mut n = 0;
    while let Poll::Ready(Some(item)) = stream.as_mut().poll_next(&mut cx) {
        if let Some(slot) = out.get_mut(n) {
            *slot = Some(item);
        }
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    fn collect<S: Stream>(s: S) -> Vec<S::Item> {
        let mut out: [Option<S::Item>; 16] = Default::default();
        let n = drain_into(s, &mut out);
        out.into_iter().take(n).map(Option::unwrap).collect()
    }

    #[test]
    fn plain_generator() {
        assert_eq!(collect(fibonacci(30)), [0, 1, 1, 2, 3, 5, 8, 13, 21]);
    }

    #[test]
    fn question_mark_ends_with_the_error() {
        assert_eq!(collect(readings(&[1, 2, -3, 4])), [Ok(1), Ok(2), Err(SensorError(-3))]);
    }

    #[test]
    fn for_await_and_yield_from() {
        assert_eq!(collect(running_sum(fibonacci(10))), [0, 1, 2, 4, 7, 12, 20]);
        assert_eq!(collect(with_header(99, fibonacci(3))), [99, 0, 1, 1, 2]);
    }
}
