//! A line server and its client on 127.0.0.1, with generators on both sides.
//!
//! The server accepts connections from a generator (`incoming`), reads one
//! request line per connection (`count N WORD`) and writes the lines that
//! another generator (`reply`) makes. The client reads the answer through a
//! third generator (`read_lines`) over the socket.
//!
//! Run: `cargo run --example tcp_lines`

use asyncgen::async_generator;
use core::pin::pin;
use futures::StreamExt;
use std::io;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// Every accepted connection until `stop` fires or its sender is dropped; an
/// accept error is the last item.
#[async_generator]
async fn incoming(listener: TcpListener, mut stop: oneshot::Receiver<()>) -> io::Result<TcpStream> {
    loop {
        // `yield_!` and `?` work inside `select!` arms.
        tokio::select! {
            accepted = listener.accept() => yield_!(Ok(accepted?.0)),
            _ = &mut stop => break,
        }
    }
}

/// The lines of any byte stream, without their line endings.
#[async_generator]
async fn read_lines<R: AsyncRead + Unpin>(reader: R) -> io::Result<String> {
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        yield_!(Ok(line));
    }
}

/// What the server sends back for one request: `count 3 ab` → `1 ab`, `2 ab`, `3 ab`.
#[async_generator]
async fn reply(request: String) -> String {
    let mut parts = request.split_whitespace();
    let (Some("count"), Some(n), Some(word)) = (parts.next(), parts.next(), parts.next()) else {
        yield_!(format!("error: expected `count N WORD`, got {request:?}"));
        return;
    };
    let Ok(n) = n.parse::<u32>() else {
        yield_!(format!("error: {n:?} is not a number"));
        return;
    };
    for i in 1..=n {
        // Pretend each line takes a moment to produce.
        tokio::time::sleep(Duration::from_millis(5)).await;
        yield_!(format!("{i} {word}"));
    }
}

/// Serves one connection: the first line is the request, the answer is streamed back.
async fn serve(socket: TcpStream) -> io::Result<()> {
    let (read, mut write) = socket.into_split();
    let mut requests = pin!(read_lines(read));
    let Some(request) = requests.next().await.transpose()? else {
        return Ok(());
    };
    let mut lines = pin!(reply(request));
    while let Some(line) = lines.next().await {
        write.write_all(line.as_bytes()).await?;
        write.write_all(b"\n").await?;
    }
    write.shutdown().await
}

/// Binds an ephemeral port and serves every connection on its own task, until
/// the returned sender is used or dropped.
async fn start_server() -> io::Result<(SocketAddr, oneshot::Sender<()>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel();
    tokio::spawn(async move {
        let mut connections = pin!(incoming(listener, stopped));
        while let Some(socket) = connections.next().await {
            match socket {
                Ok(socket) => {
                    tokio::spawn(async move {
                        if let Err(e) = serve(socket).await {
                            eprintln!("connection failed: {e}");
                        }
                    });
                }
                Err(e) => eprintln!("accept failed: {e}"),
            }
        }
    });
    Ok((addr, stop))
}

/// Sends one request and collects the streamed answer.
async fn request(addr: SocketAddr, line: &str) -> io::Result<Vec<String>> {
    let mut socket = TcpStream::connect(addr).await?;
    socket.write_all(format!("{line}\n").as_bytes()).await?;
    let mut answer = Vec::new();
    let mut lines = pin!(read_lines(socket));
    while let Some(line) = lines.next().await {
        answer.push(line?);
    }
    Ok(answer)
}

#[tokio::main]
async fn main() -> io::Result<()> {
    let (addr, _stop) = start_server().await?;
    println!("server on {addr}");
    for line in request(addr, "count 3 sheep").await? {
        println!("< {line}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_server_streams_the_lines_the_client_reads() {
        let (addr, _stop) = start_server().await.unwrap();
        assert_eq!(request(addr, "count 3 sheep").await.unwrap(), ["1 sheep", "2 sheep", "3 sheep"]);
        assert_eq!(request(addr, "count 0 none").await.unwrap(), Vec::<String>::new());
        assert_eq!(request(addr, "hello").await.unwrap(), ["error: expected `count N WORD`, got \"hello\""]);
    }

    #[tokio::test]
    async fn concurrent_clients_each_get_their_own_stream() {
        let (addr, _stop) = start_server().await.unwrap();
        let (a, b) = tokio::join!(request(addr, "count 20 a"), request(addr, "count 20 b"));
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.len(), 20);
        assert!(a.iter().enumerate().all(|(i, l)| *l == format!("{} a", i + 1)));
        assert!(b.iter().enumerate().all(|(i, l)| *l == format!("{} b", i + 1)));
    }

    #[tokio::test]
    async fn the_server_stops_accepting_when_told() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel();
        let mut connections = pin!(incoming(listener, stopped));
        let client = tokio::spawn(TcpStream::connect(addr));
        assert!(connections.next().await.unwrap().is_ok());
        client.await.unwrap().unwrap();
        stop.send(()).unwrap();
        assert!(connections.next().await.is_none());
    }

    #[tokio::test]
    async fn read_lines_reports_a_read_error_as_its_last_item() {
        struct Broken;
        impl AsyncRead for Broken {
            fn poll_read(
                self: core::pin::Pin<&mut Self>,
                _: &mut core::task::Context<'_>,
                _: &mut tokio::io::ReadBuf<'_>,
            ) -> core::task::Poll<io::Result<()>> {
                core::task::Poll::Ready(Err(io::Error::other("wire cut")))
            }
        }
        let items: Vec<io::Result<String>> = read_lines(Broken).collect().await;
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].as_ref().unwrap_err().to_string(), "wire cut");
    }
}
