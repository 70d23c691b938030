//! The real `yield` and `for await` keywords on stable, inside `async_gen!( .. )`.
//! rustfmt formats the call like any item: `cargo fmt --check` (run in CI)
//! keeps this file formatted.
//!
//! Run: `cargo run --example keywords`

use asyncgen::async_gen;
use futures::StreamExt;

async_gen!(
    /// Counts from zero.
    async fn numbers(n: u32) -> u32 {
        for i in 0..n {
            yield i;
        }
    }
);

async_gen!(
    /// Squares what `numbers` yields, skipping odd ones.
    async fn even_squares(n: u32) -> u32 {
        for await x in numbers(n) {
            if x % 2 == 1 {
                continue;
            }
            yield x * x;
        }
    }
);

fn main() {
    let squares: Vec<u32> = futures::executor::block_on(even_squares(7).collect());
    println!("{squares:?}");
}

#[cfg(test)]
mod tests {
    use futures::StreamExt;

    #[test]
    fn even_squares() {
        let squares: Vec<u32> = futures::executor::block_on(super::even_squares(7).collect());
        assert_eq!(squares, [0, 4, 16, 36]);
    }
}
