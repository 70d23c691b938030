//! Paginated fetching from a (simulated) HTTP-style API: the generator, an
//! inline `async_gen!` block returned by a method, follows the cursor from page
//! to page, retries transient failures with backoff, and ends with the error as
//! its last item when a failure is permanent (`?`).
//!
//! Run: `cargo run --example paginate`

use futures::{Stream, StreamExt};
use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

/// One page of results and the cursor of the next page, if any.
#[derive(Debug)]
struct Page {
    users: Vec<String>,
    next: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ApiError {
    /// Worth retrying (a timeout, a 503).
    Unavailable,
    /// Not worth retrying (a 404, a 401).
    Rejected(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Unavailable => f.write_str("service unavailable"),
            ApiError::Rejected(why) => write!(f, "rejected: {why}"),
        }
    }
}

impl std::error::Error for ApiError {}

/// What the whole listing fails with, after conversion by `?`.
#[derive(Debug, PartialEq, Eq)]
struct ListError {
    page: u32,
    cause: ApiError,
}

impl From<(u32, ApiError)> for ListError {
    fn from((page, cause): (u32, ApiError)) -> Self {
        ListError { page, cause }
    }
}

/// A fake server: `users` split into pages of `page_size`, with scripted
/// failures: `failures[page]` lists what the next calls for that page return
/// before it succeeds.
struct Api {
    users: Vec<String>,
    page_size: usize,
    failures: Mutex<HashMap<u32, Vec<ApiError>>>,
    calls: Mutex<u32>,
}

impl Api {
    fn new(users: usize, page_size: usize) -> Self {
        Api {
            users: (1..=users).map(|i| format!("user{i}")).collect(),
            page_size,
            failures: Mutex::default(),
            calls: Mutex::new(0),
        }
    }

    fn fail(self, page: u32, errors: &[ApiError]) -> Self {
        // Stored reversed: `pop` hands them out in order.
        self.failures.lock().unwrap().insert(page, errors.iter().rev().cloned().collect());
        self
    }

    /// `GET /users?cursor=page`
    async fn get_page(&self, page: u32) -> Result<Page, ApiError> {
        tokio::time::sleep(Duration::from_millis(20)).await;
        *self.calls.lock().unwrap() += 1;
        let scripted = self.failures.lock().unwrap().get_mut(&page).and_then(Vec::pop);
        if let Some(error) = scripted {
            return Err(error);
        }
        let start = page as usize * self.page_size;
        let end = (start + self.page_size).min(self.users.len());
        let more = end < self.users.len();
        Ok(Page {
            users: self.users.get(start..end).unwrap_or_default().to_vec(),
            next: more.then_some(page + 1),
        })
    }

    /// `get_page`, retried up to `attempts` times on `Unavailable`, with
    /// exponential backoff.
    async fn get_page_with_retry(&self, page: u32, attempts: u32) -> Result<Page, (u32, ApiError)> {
        let mut delay = Duration::from_millis(100);
        for attempt in 1.. {
            match self.get_page(page).await {
                Err(ApiError::Unavailable) if attempt < attempts => {
                    tokio::time::sleep(delay).await;
                    delay *= 2;
                }
                other => return other.map_err(|e| (page, e)),
            }
        }
        unreachable!("the loop returns on the last attempt")
    }

    /// Every user, page after page. A permanent failure, or one that
    /// outlasts the retries, becomes the last item.
    fn all_users(&self) -> impl Stream<Item = Result<String, ListError>> + '_ {
        // Like any `async move` block it captures `self`, a reference (hence `+ '_`);
        // it uses `?`, so its items are `Result`s and an error is the last one.
        asyncgen::async_gen!(async move {
            let mut cursor = Some(0);
            while let Some(page) = cursor {
                // `?` converts `(u32, ApiError)` into `ListError` and ends the stream with it.
                let Page { users, next } = self.get_page_with_retry(page, 3).await?;
                for user in users {
                    yield Ok(user);
                }
                cursor = next;
            }
        })
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let api = Api::new(7, 3).fail(1, &[ApiError::Unavailable, ApiError::Unavailable]);
    let mut users = std::pin::pin!(api.all_users());
    while let Some(user) = users.next().await {
        match user {
            Ok(name) => println!("{name}"),
            Err(e) => println!("gave up on page {}: {}", e.page, e.cause),
        }
    }
    println!("{} requests", api.calls.lock().unwrap());

    // A permanent failure is not retried: it ends the listing.
    let api = Api::new(7, 3).fail(2, &[ApiError::Rejected("token expired".into())]);
    let last = api.all_users().collect::<Vec<_>>().await.pop();
    println!("second listing ended with {last:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(items: &[Result<String, ListError>]) -> Vec<&str> {
        items.iter().filter_map(|r| r.as_deref().ok()).collect()
    }

    #[tokio::test(start_paused = true)]
    async fn every_page_in_order() {
        let api = Api::new(7, 3);
        let items: Vec<_> = api.all_users().collect().await;
        assert_eq!(names(&items), ["user1", "user2", "user3", "user4", "user5", "user6", "user7"]);
        assert_eq!(items.len(), 7);
        assert_eq!(*api.calls.lock().unwrap(), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn transient_failures_are_retried() {
        let api = Api::new(7, 3).fail(1, &[ApiError::Unavailable, ApiError::Unavailable]);
        let started = tokio::time::Instant::now();
        let items: Vec<_> = api.all_users().collect().await;
        assert_eq!(items.len(), 7);
        assert!(items.iter().all(Result::is_ok));
        assert_eq!(*api.calls.lock().unwrap(), 5);
        // Three fetches without failure, three with (20 ms each), plus 100 + 200 ms of backoff.
        assert_eq!(started.elapsed(), Duration::from_millis(5 * 20 + 300));
    }

    #[tokio::test(start_paused = true)]
    async fn too_many_failures_end_the_stream_with_the_error() {
        let api =
            Api::new(7, 3).fail(1, &[ApiError::Unavailable, ApiError::Unavailable, ApiError::Unavailable]);
        let items: Vec<_> = api.all_users().collect().await;
        assert_eq!(names(&items), ["user1", "user2", "user3"]);
        assert_eq!(items.last(), Some(&Err(ListError { page: 1, cause: ApiError::Unavailable })));
        assert_eq!(items.len(), 4);
    }

    #[tokio::test(start_paused = true)]
    async fn a_permanent_failure_is_not_retried() {
        let api = Api::new(7, 3).fail(2, &[ApiError::Rejected("token expired".into())]);
        let items: Vec<_> = api.all_users().collect().await;
        assert_eq!(names(&items).len(), 6);
        assert_eq!(
            items.last(),
            Some(&Err(ListError { page: 2, cause: ApiError::Rejected("token expired".into()) }))
        );
        assert_eq!(*api.calls.lock().unwrap(), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn taking_a_few_fetches_only_the_pages_needed() {
        let api = Api::new(100, 10);
        let first: Vec<_> = api.all_users().take(12).collect().await;
        assert_eq!(first.len(), 12);
        assert_eq!(*api.calls.lock().unwrap(), 2);
    }
}
