/// Ticks `n` times.
#[async_generator]
pub async fn ticks(n: u32) -> u32 {
    for i in 0..n {
        sleep(i).await;
        yield_!(i);
    }
}

#[async_generator]
async fn unit_items() {
    yield_!(());
}
