//! Merging two channels into one stream with `tokio::select!`, yielding from
//! inside its arms: the stream ends once both channels are closed.
//!
//! Run: `cargo run --example merge_channels`

use asyncgen::async_generator;
use futures::StreamExt;
use std::time::Duration;
use tokio::sync::mpsc;

/// An item and the channel it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Event {
    Price(u32),
    News(String),
}

/// Whatever arrives first on either channel, until both are closed.
#[async_generator]
async fn merge(mut prices: mpsc::Receiver<u32>, mut news: mpsc::Receiver<String>) -> Event {
    let (mut prices_open, mut news_open) = (true, true);
    while prices_open || news_open {
        tokio::select! {
            price = prices.recv(), if prices_open => match price {
                Some(p) => yield_!(Event::Price(p)),
                None => prices_open = false,
            },
            headline = news.recv(), if news_open => match headline {
                Some(h) => yield_!(Event::News(h)),
                None => news_open = false,
            },
        }
    }
}

/// Sends `items` on `tx`, `every` apart, then closes the channel.
async fn feed<T: Send + 'static>(tx: mpsc::Sender<T>, items: Vec<T>, every: Duration) {
    for item in items {
        tokio::time::sleep(every).await;
        if tx.send(item).await.is_err() {
            return;
        }
    }
}

/// Two producers on their own tasks, one merged stream.
fn start() -> impl futures::Stream<Item = Event> {
    let (price_tx, prices) = mpsc::channel(8);
    let (news_tx, news) = mpsc::channel(8);
    tokio::spawn(feed(price_tx, vec![100, 101, 99, 102], Duration::from_millis(30)));
    tokio::spawn(feed(news_tx, vec!["open".to_owned(), "close".to_owned()], Duration::from_millis(50)));
    merge(prices, news)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut events = std::pin::pin!(start());
    while let Some(event) = events.next().await {
        println!("{event:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn items_arrive_in_time_order_and_the_stream_ends_when_both_close() {
        // Prices at 30, 60, 90, 120 ms; news at 50, 100 ms.
        let events: Vec<Event> = start().collect().await;
        assert_eq!(
            events,
            [
                Event::Price(100),
                Event::News("open".into()),
                Event::Price(101),
                Event::Price(99),
                Event::News("close".into()),
                Event::Price(102),
            ]
        );
    }

    #[tokio::test]
    async fn one_closed_channel_does_not_end_the_stream() {
        let (price_tx, prices) = mpsc::channel(8);
        let (news_tx, news) = mpsc::channel::<String>(8);
        drop(news_tx);
        let mut events = std::pin::pin!(merge(prices, news));
        price_tx.send(7).await.unwrap();
        assert_eq!(events.next().await, Some(Event::Price(7)));
        drop(price_tx);
        assert_eq!(events.next().await, None);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_item_from_many_senders_exactly_once() {
        let (price_tx, prices) = mpsc::channel(4);
        let (news_tx, news) = mpsc::channel(4);
        for t in 0..4 {
            let tx = price_tx.clone();
            tokio::spawn(async move {
                for i in 0..50 {
                    tx.send(t * 1000 + i).await.unwrap();
                }
            });
        }
        drop(price_tx);
        tokio::spawn(async move {
            for i in 0..50 {
                news_tx.send(i.to_string()).await.unwrap();
            }
        });
        let events: Vec<Event> = tokio::spawn(merge(prices, news).collect()).await.unwrap();
        let mut prices: Vec<u32> =
            events.iter().filter_map(|e| if let Event::Price(p) = e { Some(*p) } else { None }).collect();
        let news: Vec<&Event> = events.iter().filter(|e| matches!(e, Event::News(_))).collect();
        assert_eq!(news.len(), 50);
        // Each channel keeps its own order.
        assert!(news.iter().enumerate().all(|(i, e)| **e == Event::News(i.to_string())));
        prices.sort_unstable();
        let expected: Vec<u32> = (0..4).flat_map(|t| (0..50).map(move |i| t * 1000 + i)).collect();
        assert_eq!(prices, expected);
    }
}
