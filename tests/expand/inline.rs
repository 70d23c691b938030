use asyncgen::async_gen;
use futures_core::Stream;

/// An inline generator capturing an argument whose type has no name.
fn scaled(n: u32, scale: impl Fn(u32) -> u32) -> impl Stream<Item = u32> {
    async_gen!(async move {
        for i in 0..n {
            yield scale(i);
        }
    })
}
