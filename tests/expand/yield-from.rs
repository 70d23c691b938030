#[async_generator]
async fn chained(a: u32, b: u32) -> u32 {
    yield_from!(ticks(a));
    yield_!(100);
    yield_from!(ticks(b));
}
