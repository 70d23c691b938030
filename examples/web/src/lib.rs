//! An axum server whose streaming responses are asyncgen generators.
//!
//! - `GET /events`: Server-Sent Events, a `tick N` event every `AppState::tick`
//!   and every message published meanwhile.
//! - `POST /publish`: sends the request body to every open `/events` stream;
//!   answers with how many streams it reached.
//! - `GET /file`: `AppState::file`, read in pieces and sent as a chunked body.

use asyncgen::{Stream, async_generator};
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use bytes::{Bytes, BytesMut};
use std::convert::Infallible;
use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::fs::File;
use tokio::io::AsyncReadExt;
use tokio::sync::broadcast::{self, error::RecvError};

/// What the handlers share.
#[derive(Clone, Debug)]
pub struct AppState {
    /// Published messages, fanned out to every `/events` stream.
    pub messages: broadcast::Sender<String>,
    /// Time between two `tick` events.
    pub tick: Duration,
    /// The file `GET /file` serves.
    pub file: PathBuf,
    /// Bytes read from the file per body chunk.
    pub chunk_size: usize,
    /// How many `/events` generators have been dropped: a client that hangs up
    /// drops its stream, and with it the generator and everything it holds.
    pub closed_streams: Arc<AtomicUsize>,
}

impl AppState {
    /// One tick a second, 64 KiB chunks.
    pub fn new(file: impl Into<PathBuf>) -> Self {
        Self {
            messages: broadcast::channel(64).0,
            tick: Duration::from_secs(1),
            file: file.into(),
            chunk_size: 64 * 1024,
            closed_streams: Arc::default(),
        }
    }
}

/// The routes, ready for `axum::serve`.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/events", get(sse))
        .route("/publish", post(publish))
        .route("/file", get(file))
        .with_state(state)
}

/// Counts one closed stream when dropped.
#[derive(Debug)]
pub struct CountOnDrop(pub Arc<AtomicUsize>);

impl Drop for CountOnDrop {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

async fn sse(State(state): State<AppState>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let closed = CountOnDrop(state.closed_streams.clone());
    Sse::new(events(state.messages.subscribe(), state.tick, closed))
}

/// `tick N` every `every`, and each published message as it arrives.
#[async_generator]
async fn events(
    mut messages: broadcast::Receiver<String>,
    every: Duration,
    _closed: CountOnDrop,
) -> Result<Event, Infallible> {
    let mut ticker = tokio::time::interval(every);
    let mut ticks = 0;
    loop {
        tokio::select! {
            _ = ticker.tick() => {
                ticks += 1;
                yield_!(Ok(Event::default().event("tick").data(format!("tick {ticks}"))));
            }
            message = messages.recv() => match message {
                Ok(text) => yield_!(Ok(Event::default().event("message").data(text))),
                // This client fell behind; tell it and carry on.
                Err(RecvError::Lagged(n)) => yield_!(Ok(Event::default().event("lagged").data(n.to_string()))),
                // Every sender is gone: end the stream.
                Err(RecvError::Closed) => break,
            },
        }
    }
}

async fn publish(State(state): State<AppState>, message: String) -> String {
    // `send` fails only when no stream is open: then it reached none.
    state.messages.send(message).unwrap_or(0).to_string()
}

async fn file(State(state): State<AppState>) -> Response {
    match File::open(&state.file).await {
        // No length is set, so hyper sends the body chunked, one chunk per item.
        Ok(file) => (
            [(header::CONTENT_TYPE, "application/octet-stream")],
            Body::from_stream(chunks(file, state.chunk_size)),
        )
            .into_response(),
        Err(e) => (StatusCode::NOT_FOUND, e.to_string()).into_response(),
    }
}

/// The file's contents, at most `size` bytes per item; a read error ends the
/// stream (and so the response, abruptly, which the client sees as an error).
#[async_generator]
async fn chunks(mut file: File, size: usize) -> io::Result<Bytes> {
    loop {
        let mut buf = BytesMut::with_capacity(size);
        if file.read_buf(&mut buf).await? == 0 {
            return;
        }
        yield_!(Ok(buf.freeze()));
    }
}
