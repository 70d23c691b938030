#![deny(unused_must_use)]
use asyncgen::async_generator;

#[async_generator(resume = u32)]
async fn ignores_close() -> u32 {
    yield_!(1);
}

fn main() {}
