//! Generators are ordinary `Stream`s: the combinators of `futures` and
//! `tokio-stream` accept them, other executors drive them, and generators
//! consume streams made by those crates.

#![cfg(not(miri))]

use asyncgen::async_generator;
use core::pin::pin;
use futures::executor::{LocalPool, ThreadPool, block_on, block_on_stream};
use futures::stream::{self, BoxStream, LocalBoxStream};
use futures::task::{LocalSpawnExt, SpawnExt};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

#[async_generator]
async fn count(n: u32) -> u32 {
    for i in 0..n {
        yield_!(i);
    }
}

/// Suspends before each item, so executors must really wake the task.
#[async_generator]
async fn count_slowly(n: u32) -> u32 {
    for i in 0..n {
        asyncgen_tests::pending_once().await;
        yield_!(i);
    }
}

mod futures_stream_ext {
    use super::*;
    use futures::StreamExt;

    #[test]
    fn combinators_accept_a_generator() {
        let evens_doubled: Vec<u32> =
            block_on(count(10).filter(|x| core::future::ready(x % 2 == 0)).map(|x| x * 2).take(3).collect());
        assert_eq!(evens_doubled, [0, 4, 8]);
    }

    #[test]
    fn zip_chain_and_fold() {
        let pairs: Vec<(u32, u32)> = block_on(count(3).zip(count_slowly(5)).collect());
        assert_eq!(pairs, [(0, 0), (1, 1), (2, 2)]);
        let chained: Vec<u32> = block_on(count(2).chain(count_slowly(2)).collect());
        assert_eq!(chained, [0, 1, 0, 1]);
        let sum = block_on(count_slowly(5).fold(0, |acc, x| async move { acc + x }));
        assert_eq!(sum, 10);
    }

    #[test]
    fn next_on_a_pinned_generator_then_fused() {
        block_on(async {
            let mut s = pin!(count(2));
            assert_eq!(s.next().await, Some(0));
            assert_eq!(s.next().await, Some(1));
            assert_eq!(s.next().await, None);
            assert_eq!(s.next().await, None);
            // `select_next_some` needs `FusedStream`, which generators implement.
            let mut more = pin!(count(1));
            assert_eq!(more.select_next_some().await, 0);
        });
    }

    #[test]
    fn boxed_as_box_stream_and_local_box_stream() {
        let send: BoxStream<'static, u32> = count(3).boxed();
        assert_eq!(block_on(send.collect::<Vec<_>>()), [0, 1, 2]);

        #[async_generator]
        async fn not_send(rc: Rc<u32>) -> u32 {
            yield_!(*rc);
        }
        let local: LocalBoxStream<'static, u32> = not_send(Rc::new(7)).boxed_local();
        assert_eq!(block_on(local.collect::<Vec<_>>()), [7]);
    }

    #[test]
    fn buffered_futures_from_a_generator() {
        #[async_generator]
        async fn jobs(n: u64) -> core::future::Ready<u64> {
            for i in 0..n {
                yield_!(core::future::ready(i * i));
            }
        }
        let squares: Vec<u64> = block_on(jobs(4).buffered(2).collect());
        assert_eq!(squares, [0, 1, 4, 9]);
    }

    #[test]
    fn select_interleaves_two_generators() {
        let mut both: Vec<u32> = block_on(stream::select(count(3), count_slowly(3)).collect());
        both.sort_unstable();
        assert_eq!(both, [0, 0, 1, 1, 2, 2]);
    }

    #[test]
    fn dropping_after_take_drops_the_body() {
        struct SetOnDrop(Rc<Cell<bool>>);
        impl Drop for SetOnDrop {
            fn drop(&mut self) {
                self.0.set(true);
            }
        }
        #[async_generator]
        async fn endless(guard: SetOnDrop) -> u32 {
            let _guard = guard;
            for i in 0.. {
                yield_!(i);
            }
        }
        let dropped = Rc::new(Cell::new(false));
        let first: Vec<u32> = block_on(endless(SetOnDrop(dropped.clone())).take(3).collect());
        assert_eq!(first, [0, 1, 2]);
        assert!(dropped.get());
    }
}

mod tokio_stream_ext {
    use super::*;
    use tokio_stream::StreamExt;

    #[tokio::test]
    async fn combinators_accept_a_generator() {
        let got: Vec<u32> = count(10).filter(|x| x % 3 == 0).map(|x| x + 1).take(3).collect().await;
        assert_eq!(got, [1, 4, 7]);
    }

    #[tokio::test]
    async fn merge_and_next() {
        let mut merged = pin!(count(2).merge(count_slowly(2)));
        let mut got = Vec::new();
        while let Some(x) = merged.next().await {
            got.push(x);
        }
        got.sort_unstable();
        assert_eq!(got, [0, 0, 1, 1]);
    }

    #[tokio::test(start_paused = true)]
    async fn timeout_per_item() {
        #[async_generator]
        async fn stalls() -> u32 {
            yield_!(1);
            tokio::time::sleep(Duration::from_secs(60)).await;
            yield_!(2);
        }
        let got: Vec<bool> =
            stalls().timeout(Duration::from_secs(1)).map(|r| r.is_ok()).take(2).collect().await;
        assert_eq!(got, [true, false]);
    }

    #[tokio::test]
    async fn generators_consume_tokio_stream_wrappers() {
        #[async_generator]
        async fn shout(lines: ReceiverStream<&'static str>) -> String {
            #[for_await]
            for line in lines {
                yield_!(line.to_uppercase());
            }
        }
        let (tx, rx) = mpsc::channel(2);
        tokio::spawn(async move {
            for word in ["a", "b"] {
                tx.send(word).await.unwrap();
            }
        });
        let got: Vec<String> = shout(ReceiverStream::new(rx)).collect().await;
        assert_eq!(got, ["A", "B"]);
    }

    #[tokio::test]
    async fn yield_from_a_tokio_stream() {
        #[async_generator]
        async fn framed() -> u32 {
            yield_!(0);
            yield_from!(tokio_stream::iter([1, 2, 3]));
            yield_!(4);
        }
        let got: Vec<u32> = framed().collect().await;
        assert_eq!(got, [0, 1, 2, 3, 4]);
    }
}

mod other_executors {
    use super::*;
    use futures::StreamExt;

    #[test]
    fn block_on_stream_iterates() {
        let got: Vec<u32> = block_on_stream(Box::pin(count_slowly(4))).collect();
        assert_eq!(got, [0, 1, 2, 3]);
    }

    #[test]
    fn local_pool_runs_non_send_generators() {
        #[async_generator]
        async fn shared(counter: Rc<Cell<u32>>) -> u32 {
            for _ in 0..3 {
                asyncgen_tests::pending_once().await;
                counter.set(counter.get() + 1);
                yield_!(counter.get());
            }
        }
        let counter = Rc::new(Cell::new(0));
        let mut pool = LocalPool::new();
        let out = Rc::new(Cell::new(0));
        let (c, o) = (counter.clone(), out.clone());
        pool.spawner()
            .spawn_local(async move {
                let sum = shared(c).fold(0, |a, x| async move { a + x }).await;
                o.set(sum);
            })
            .unwrap();
        pool.run();
        assert_eq!(counter.get(), 3);
        assert_eq!(out.get(), 6);
    }

    #[test]
    fn thread_pool_runs_send_generators() {
        let pool = ThreadPool::builder().pool_size(2).create().unwrap();
        let handle =
            pool.spawn_with_handle(count_slowly(100).fold(0u32, |a, x| async move { a + x })).unwrap();
        assert_eq!(block_on(handle), 4950);
    }

    #[test]
    fn a_generator_awaits_a_futures_channel() {
        #[async_generator]
        async fn relay(mut rx: futures::channel::mpsc::UnboundedReceiver<u8>) -> u8 {
            while let Some(x) = rx.next().await {
                yield_!(x * 10);
            }
        }
        let (tx, rx) = futures::channel::mpsc::unbounded();
        let feeder = std::thread::spawn(move || {
            for i in 1..=3 {
                tx.unbounded_send(i).unwrap();
                std::thread::sleep(Duration::from_millis(1));
            }
        });
        let got: Vec<u8> = block_on(relay(rx).collect());
        feeder.join().unwrap();
        assert_eq!(got, [10, 20, 30]);
    }
}
