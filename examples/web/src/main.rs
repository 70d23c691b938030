//! Serves the example on 127.0.0.1 (port 3000, or `PORT`). `GET /file` sends the
//! file named by the first argument, or this very executable.

use std::{env, io};

#[tokio::main]
async fn main() -> io::Result<()> {
    let file = match env::args_os().nth(1) {
        Some(path) => path.into(),
        None => env::current_exe()?,
    };
    let port: u16 = env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    println!("listening on http://{addr}");
    println!("  curl -N http://{addr}/events");
    println!("  curl -d hello http://{addr}/publish");
    println!("  curl -o copy http://{addr}/file    # {}", file.display());
    axum::serve(listener, asyncgen_web_example::app(asyncgen_web_example::AppState::new(file))).await
}
