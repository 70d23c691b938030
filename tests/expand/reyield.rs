#[async_generator]
async fn relay<S: Stream<Item = u32>>(source: S) -> u32 {
    #[for_await]
    for x in source {
        yield_!(x);
    }
}
