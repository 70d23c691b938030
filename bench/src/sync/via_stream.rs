//! The design measured and not taken: an async generator polled with a no-op waker
//! as the iterator (its yield channel lives in the generator). Iterated in place.

use core::pin::{Pin, pin};
use core::task::{Context, Poll, Waker};

use asyncgen::async_generator;
use futures::Stream;

use super::{c_item, drain};
use crate::{Big, big};

/// An async generator as an iterator, pinned.
#[derive(Debug)]
pub struct ViaStream<S>(S);

impl<S: Stream> Iterator for Pin<&mut ViaStream<S>> {
    type Item = S::Item;

    #[inline]
    fn next(&mut self) -> Option<S::Item> {
        // SAFETY: structural pinning of the only field; `ViaStream` has no `Drop`.
        let s = unsafe { self.as_mut().map_unchecked_mut(|v| &mut v.0) };
        match s.poll_next(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(item) => item,
            Poll::Pending => unreachable!("the workloads never wait"),
        }
    }
}

#[async_generator]
async fn count(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
}

#[async_generator]
async fn matching(n: u64) -> u64 {
    for i in 0..n {
        if let Some(x) = c_item(i) {
            yield_!(x);
        }
    }
}

#[async_generator]
async fn link<S: Stream<Item = u64>>(inner: S) -> u64 {
    yield_from!(inner);
}

#[async_generator]
async fn bigs(n: u64) -> Big {
    for i in 0..n {
        yield_!(big(i));
    }
}

#[inline(never)]
pub(crate) fn a(n: u64) -> u64 {
    drain(pin!(ViaStream(count(n))))
}

#[inline(never)]
pub(crate) fn c(n: u64) -> u64 {
    drain(pin!(ViaStream(matching(n))))
}

#[inline(never)]
pub(crate) fn d(n: u64) -> u64 {
    drain(pin!(ViaStream(link(link(link(count(n)))))))
}

#[inline(never)]
pub(crate) fn e(n: u64) -> u64 {
    drain(pin!(ViaStream(bigs(n))))
}
