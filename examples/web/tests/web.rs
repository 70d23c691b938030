//! Runs the example on 127.0.0.1:0 and talks to it over real HTTP/1.1.
//!
//! The client is hyper's own connection API, one connection per request: the
//! server already builds hyper, so the test adds almost nothing to the build
//! (reqwest would add url, idna and ICU), and owning the connection makes
//! "the client hangs up" one explicit `abort`.

use asyncgen_web_example::{AppState, app};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, HOST, TRANSFER_ENCODING};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use tokio::time::timeout;

/// Upper bound for each wait; the whole test takes well under a second.
const PATIENCE: Duration = Duration::from_secs(5);

async fn within<F: Future>(what: &str, future: F) -> F::Output {
    timeout(PATIENCE, future).await.unwrap_or_else(|_| panic!("timed out waiting for {what}"))
}

fn state() -> AppState {
    AppState { tick: Duration::from_millis(20), ..AppState::new("/nonexistent") }
}

async fn serve(state: AppState) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app(state)).await.unwrap() });
    addr
}

fn request(method: &str, path: &str, body: &'static str) -> Request<Full<Bytes>> {
    Request::builder()
        .method(method)
        .uri(path)
        .header(HOST, "127.0.0.1")
        .body(Full::new(Bytes::from_static(body.as_bytes())))
        .unwrap()
}

/// Sends `request` on a new connection, driven by the returned task: aborting
/// it closes the socket.
async fn send(addr: SocketAddr, request: Request<Full<Bytes>>) -> (Response<Incoming>, JoinHandle<()>) {
    within("a response", async {
        let socket = TcpStream::connect(addr).await.unwrap();
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(socket)).await.unwrap();
        let connection = tokio::spawn(async move {
            let _ = connection.await;
        });
        (sender.send_request(request).await.unwrap(), connection)
    })
    .await
}

async fn text(response: Response<Incoming>) -> String {
    let body = within("a body", response.into_body().collect()).await.unwrap().to_bytes();
    String::from_utf8(body.to_vec()).unwrap()
}

/// Reads Server-Sent Events from a response body.
struct Events {
    body: Incoming,
    buf: Vec<u8>,
}

impl Events {
    fn new(response: Response<Incoming>) -> Self {
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[CONTENT_TYPE], "text/event-stream");
        Self { body: response.into_body(), buf: Vec::new() }
    }

    /// The next event's name and data.
    async fn next(&mut self) -> (String, String) {
        loop {
            if let Some(end) = self.buf.windows(2).position(|w| w == b"\n\n") {
                let block: Vec<u8> = self.buf.drain(..end + 2).collect();
                let (mut name, mut data) = (String::from("message"), String::new());
                for line in std::str::from_utf8(&block).unwrap().lines() {
                    if let Some(value) = line.strip_prefix("event:") {
                        name = value.trim_start().to_owned();
                    } else if let Some(value) = line.strip_prefix("data:") {
                        data.push_str(value.strip_prefix(' ').unwrap_or(value));
                    }
                }
                return (name, data);
            }
            let frame = within("an event", self.body.frame()).await.expect("the event stream ended").unwrap();
            self.buf.extend_from_slice(&frame.into_data().unwrap());
        }
    }

    /// Skips ticks up to the next other event; checks that the ticks count on from `*ticks`.
    async fn next_message(&mut self, ticks: &mut u32) -> (String, String) {
        loop {
            let (name, data) = self.next().await;
            if name != "tick" {
                return (name, data);
            }
            *ticks += 1;
            assert_eq!(data, format!("tick {ticks}"));
        }
    }
}

fn ev(name: &str, data: &str) -> (String, String) {
    (name.to_owned(), data.to_owned())
}

#[tokio::test]
async fn events_tick_and_carry_published_messages() {
    let addr = serve(state()).await;
    let (a, _a) = send(addr, request("GET", "/events", "")).await;
    let (b, _b) = send(addr, request("GET", "/events", "")).await;
    let (mut a, mut b) = (Events::new(a), Events::new(b));
    assert_eq!(a.next().await, ev("tick", "tick 1"));
    assert_eq!(a.next().await, ev("tick", "tick 2"));

    // Each stream subscribed before its response headers were sent.
    let (reply, _) = send(addr, request("POST", "/publish", "hello")).await;
    assert_eq!(text(reply).await, "2");
    let (mut ticks_a, mut ticks_b) = (2, 0);
    assert_eq!(a.next_message(&mut ticks_a).await, ev("message", "hello"));
    assert_eq!(b.next_message(&mut ticks_b).await, ev("message", "hello"));

    // Ticks go on after a message, numbered on from the ones before it.
    assert_eq!(a.next().await, ev("tick", &format!("tick {}", ticks_a + 1)));
}

#[tokio::test]
async fn publishing_with_no_listener_reaches_none() {
    let addr = serve(state()).await;
    let (reply, _) = send(addr, request("POST", "/publish", "anyone?")).await;
    assert_eq!(reply.status(), StatusCode::OK);
    assert_eq!(text(reply).await, "0");
}

#[tokio::test]
async fn a_client_that_hangs_up_drops_its_generator() {
    let state = state();
    let closed = state.closed_streams.clone();
    let addr = serve(state).await;
    let (leaving, connection) = send(addr, request("GET", "/events", "")).await;
    let (staying, _staying) = send(addr, request("GET", "/events", "")).await;
    let (mut leaving, mut staying) = (Events::new(leaving), Events::new(staying));
    assert_eq!(leaving.next().await, ev("tick", "tick 1"));
    assert_eq!(leaving.next().await, ev("tick", "tick 2"));
    assert_eq!(closed.load(Ordering::SeqCst), 0);

    // Mid-stream: close the socket. The server sees it at its next write
    // (the next tick) and drops the body, hence the stream and the generator.
    drop(leaving);
    connection.abort();
    let deadline = Instant::now() + PATIENCE;
    while closed.load(Ordering::SeqCst) == 0 {
        assert!(Instant::now() < deadline, "the generator was not dropped");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }

    // Only that one: the other stream still ticks.
    for _ in 0..3 {
        assert_eq!(staying.next().await.0, "tick");
    }
    assert_eq!(closed.load(Ordering::SeqCst), 1);
}

/// A file in the temp dir, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> Self {
        let path = std::env::temp_dir().join(format!("asyncgen-web-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        Self(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// `len` bytes of xorshift noise, so that a reordered or repeated chunk shows.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()[0]
        })
        .collect()
}

#[tokio::test]
async fn the_file_arrives_chunked_and_byte_for_byte() {
    // Not a multiple of the chunk size, so the last chunk is a short one.
    let contents = noise(3 * 1024 * 1024 + 12_345);
    let file = TempFile::new("large.bin", &contents);
    let addr = serve(AppState { chunk_size: 64 * 1024, ..AppState::new(&file.0) }).await;
    let (response, _) = send(addr, request("GET", "/file", "")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[TRANSFER_ENCODING], "chunked");
    assert!(!response.headers().contains_key(CONTENT_LENGTH));

    let mut body = response.into_body();
    let (mut received, mut frames) = (Vec::with_capacity(contents.len()), 0);
    while let Some(frame) = within("a body chunk", body.frame()).await {
        received.extend_from_slice(&frame.unwrap().into_data().unwrap());
        frames += 1;
    }
    assert_eq!(received.len(), contents.len());
    assert!(received == contents, "the body differs from the file");
    assert!(frames > 1, "the body came in one piece");
}

#[tokio::test]
async fn a_missing_file_is_a_404() {
    let addr = serve(state()).await;
    let (response, _) = send(addr, request("GET", "/file", "")).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

/// The README's "In a web server" section shows `src/lib.rs` verbatim.
#[test]
fn the_readme_shows_this_code() {
    let readme = include_str!("../../../README.md");
    let section = readme.split("\n## In a web server\n").nth(1).expect("README section");
    let code = section.split("```rust").nth(1).unwrap().split_once('\n').unwrap().1;
    let code = code.split("```").next().unwrap();
    assert!(code.lines().count() > 5);
    assert!(include_str!("../src/lib.rs").contains(code), "README code differs from src/lib.rs:\n{code}");
}
