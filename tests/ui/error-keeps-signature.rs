// After an error the fn keeps its signature: the caller gets no follow-on errors.
use asyncgen::async_generator;
use futures_core::Stream;

#[async_generator(boxd)]
async fn numbers(n: u32) -> u32 {
    yield_!(n);
}

fn needs_stream(_: impl Stream<Item = u32>) {}

fn main() {
    needs_stream(numbers(1));
}
