//! The three snippets that introduce async generators in Python, in Rust:
//! a generator that sleeps and yields, a consumer that loops over it, and a
//! generator that handles errors inside.
//!
//! Run: `cargo run --example seed`

use asyncgen::async_generator;
use core::pin::pin;
use futures::StreamExt;
use std::time::Duration;

/// `async def my_async_generator(): for i in range(5): await asyncio.sleep(1); yield i`
#[async_generator]
async fn my_async_generator() -> u32 {
    for i in 0..5 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        yield_!(i);
    }
}

/// `async for value in my_async_generator(): print(value)`
async fn consume_async_generator() -> Vec<u32> {
    let mut values = pin!(my_async_generator());
    let mut seen = Vec::new();
    while let Some(value) = values.next().await {
        println!("{value}");
        seen.push(value);
    }
    seen
}

/// Something that can fail, as `raise ValueError` does in the Python version.
async fn check(i: u32) -> Result<u32, String> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    if i == 3 { Err(format!("{i} is unlucky")) } else { Ok(i) }
}

/// `try: ... yield ... except ValueError as e: print(f"Caught exception: {e}")`
///
/// The error is handled inside the generator, which goes on.
#[async_generator]
async fn generator_with_exception_handling() -> u32 {
    for i in 0..5 {
        match check(i).await {
            Ok(value) => yield_!(value),
            Err(e) => println!("Caught exception: {e}"),
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    consume_async_generator().await;
    let handled: Vec<u32> = generator_with_exception_handling().collect().await;
    println!("{handled:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_seed_program_prints_what_python_does() {
        assert_eq!(consume_async_generator().await, [0, 1, 2, 3, 4]);
        let handled: Vec<u32> = generator_with_exception_handling().collect().await;
        assert_eq!(handled, [0, 1, 2, 4]);
    }
}
