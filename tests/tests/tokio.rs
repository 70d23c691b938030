//! On a real multi-threaded runtime: items cross threads, the body's awaits
//! are woken by tokio's own timer and channels.

#![cfg(not(miri))]

use asyncgen::async_generator;
use futures::StreamExt;
use std::time::Duration;
use tokio::sync::mpsc;

#[async_generator]
async fn ticks(n: u32) -> u32 {
    for i in 0..n {
        tokio::time::sleep(Duration::from_millis(1)).await;
        yield_!(i);
    }
}

#[async_generator]
async fn from_channel(mut rx: mpsc::Receiver<String>) -> String {
    while let Some(line) = rx.recv().await {
        yield_!(line.to_uppercase());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spawned_task_drains_a_stream_that_sleeps() {
    let handle = tokio::spawn(async {
        let mut items = Vec::new();
        let mut stream = Box::pin(ticks(20));
        while let Some(i) = stream.next().await {
            tokio::task::yield_now().await;
            items.push(i);
        }
        items
    });
    assert_eq!(handle.await.unwrap(), (0..20).collect::<Vec<_>>());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_half_consumed_stream_moves_to_another_thread() {
    let mut stream = Box::pin(ticks(4));
    let first = stream.next().await;
    let here = std::thread::current().id();
    let (rest, there) = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap();
        (rt.block_on(stream.collect::<Vec<_>>()), std::thread::current().id())
    })
    .join()
    .unwrap();
    assert_ne!(here, there);
    assert_eq!(first, Some(0));
    assert_eq!(rest, [1, 2, 3]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn items_produced_on_another_thread() {
    let (tx, rx) = mpsc::channel(4);
    let producer = std::thread::spawn(move || {
        for word in ["a", "b", "c"] {
            tx.blocking_send(word.to_owned()).unwrap();
        }
    });
    let stream = from_channel(rx);
    let got: Vec<String> = tokio::spawn(stream.collect()).await.unwrap();
    producer.join().unwrap();
    assert_eq!(got, ["A", "B", "C"]);
}
