//! A two-way generator over a TCP connection on 127.0.0.1, with an awaited goodbye.
//!
//! `conversation` yields the lines the peer sends; `send(line)` writes a line to
//! the peer and resumes with the peer's next line; `close()` makes the generator
//! say "bye" and wait for the peer's "bye ack" before it returns. A plain
//! `Stream` cannot do that last part: its `Drop` cannot await.
//!
//! Run: `cargo run --example tcp_goodbye`

use asyncgen::{AsyncGenerator, Resume, async_generator};
use core::pin::pin;
use futures::StreamExt;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// How long `close()` waits for the peer's acknowledgement: a silent peer must
/// not hold the closing side forever.
const ACK_WAIT: Duration = Duration::from_secs(2);

async fn write_line(write: &mut (impl AsyncWrite + Unpin), line: &str) -> io::Result<()> {
    write.write_all(format!("{line}\n").as_bytes()).await
}

/// The peer's lines, one item each. `send(line)` writes `line` first. On
/// `close()` it says "bye" and records the peer's answer in `acks` before
/// returning; a failed goodbye is what `close()` returns.
#[async_generator(resume = String)]
async fn conversation(socket: TcpStream, acks: Arc<Mutex<Vec<String>>>) -> io::Result<String> {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    while let Some(line) = lines.next_line().await? {
        match yield_!(Ok(line)) {
            Resume::Next => {}
            Resume::Sent(out) => write_line(&mut write, &out).await?,
            Resume::Close => {
                write_line(&mut write, "bye").await?;
                let ack = tokio::time::timeout(ACK_WAIT, lines.next_line()).await??;
                let Some(ack) = ack else {
                    return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "hung up without an ack"));
                };
                acks.lock().unwrap().push(ack);
                return;
            }
        }
    }
}

/// The other end, for one connection: greets, echoes every line, answers "bye"
/// with "bye ack" (slowly, so that `close()` visibly waits) and hangs up.
/// Returns every line it heard.
async fn peer(listener: TcpListener) -> io::Result<Vec<String>> {
    let (socket, _) = listener.accept().await?;
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    let mut heard = Vec::new();
    write_line(&mut write, "hello").await?;
    // EOF and a reset both end the conversation: what was heard is the result.
    while let Ok(Some(line)) = lines.next_line().await {
        heard.push(line.clone());
        if line == "bye" {
            tokio::time::sleep(Duration::from_millis(50)).await;
            write_line(&mut write, "bye ack").await?;
            break;
        }
        write_line(&mut write, &format!("echo {line}")).await?;
    }
    Ok(heard)
}

/// The peer's task: what it heard, once the connection is over.
type Peer = JoinHandle<io::Result<Vec<String>>>;

async fn start_peer() -> io::Result<(SocketAddr, Peer)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    Ok((listener.local_addr()?, tokio::spawn(peer(listener))))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let (addr, peer) = start_peer().await?;
    let acks = Arc::default();
    let mut chat = pin!(conversation(TcpStream::connect(addr).await?, Arc::clone(&acks)));
    // `send` needs a pending yield: the greeting is pulled with `next` first.
    println!("< {}", chat.next().await.transpose()?.unwrap_or_default());
    for line in ["one", "two"] {
        println!("> {line}");
        if let Some(reply) = chat.as_mut().send(line.into()).await {
            println!("< {}", reply?);
        }
    }
    match chat.as_mut().close().await {
        None => println!("closed; the peer acknowledged with {:?}", acks.lock().unwrap()),
        Some(e) => println!("the goodbye failed: {e:?}"),
    }
    println!("the peer heard {:?}", peer.await??);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;
    use tokio::time::timeout;

    const LIMIT: Duration = Duration::from_secs(5);

    async fn connect(
        acks: &Arc<Mutex<Vec<String>>>,
    ) -> (impl AsyncGenerator<String, Item = io::Result<String>>, Peer) {
        let (addr, peer) = start_peer().await.unwrap();
        let socket = TcpStream::connect(addr).await.unwrap();
        (conversation(socket, Arc::clone(acks)), peer)
    }

    #[tokio::test]
    async fn close_says_goodbye_and_waits_for_the_ack() {
        let acks = Arc::default();
        let (chat, peer) = connect(&acks).await;
        let mut chat = pin!(chat);
        assert_eq!(timeout(LIMIT, chat.next()).await.unwrap().unwrap().unwrap(), "hello");
        assert!(timeout(LIMIT, chat.as_mut().close()).await.unwrap().is_none());
        // Read before `close()` completed, though the peer sent it 50 ms after "bye".
        assert_eq!(*acks.lock().unwrap(), ["bye ack"]);
        assert_eq!(timeout(LIMIT, peer).await.unwrap().unwrap().unwrap(), ["bye"]);
        assert!(chat.next().await.is_none());
    }

    #[tokio::test]
    async fn send_delivers_lines_and_resumes_with_the_reply() {
        let acks = Arc::default();
        let (chat, peer) = connect(&acks).await;
        let mut chat = pin!(chat);
        assert_eq!(timeout(LIMIT, chat.next()).await.unwrap().unwrap().unwrap(), "hello");
        for line in ["a", "b"] {
            let reply = timeout(LIMIT, chat.as_mut().send(line.into())).await.unwrap();
            assert_eq!(reply.unwrap().unwrap(), format!("echo {line}"));
        }
        assert!(timeout(LIMIT, chat.as_mut().close()).await.unwrap().is_none());
        assert_eq!(timeout(LIMIT, peer).await.unwrap().unwrap().unwrap(), ["a", "b", "bye"]);
    }

    #[tokio::test]
    async fn dropping_without_close_sends_no_goodbye() {
        let acks = Arc::default();
        let (chat, peer) = connect(&acks).await;
        // Boxed, so that `drop` really drops it (`pin!` would keep it to the scope's end).
        let mut chat = Box::pin(chat);
        assert_eq!(timeout(LIMIT, chat.next()).await.unwrap().unwrap().unwrap(), "hello");
        let reply = timeout(LIMIT, chat.as_mut().send("hi".into())).await.unwrap();
        assert_eq!(reply.unwrap().unwrap(), "echo hi");
        drop(chat);
        // The socket closed without a word: the peer heard no "bye".
        assert_eq!(timeout(LIMIT, peer).await.unwrap().unwrap().unwrap(), ["hi"]);
        assert!(acks.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_hang_up_instead_of_an_ack_is_what_close_returns() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let rude = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            write_line(&mut socket, "hello").await.unwrap();
            let mut bye = [0; 4];
            socket.read_exact(&mut bye).await.unwrap();
            bye
        });
        let mut chat = pin!(conversation(TcpStream::connect(addr).await.unwrap(), Arc::default()));
        assert!(timeout(LIMIT, chat.next()).await.unwrap().unwrap().is_ok());
        let closed = timeout(LIMIT, chat.as_mut().close()).await.unwrap();
        assert_eq!(closed.unwrap().unwrap_err().kind(), io::ErrorKind::UnexpectedEof);
        assert_eq!(&rude.await.unwrap(), b"bye\n");
    }
}
