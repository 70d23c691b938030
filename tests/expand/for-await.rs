#[async_generator]
async fn doubled<S: Stream<Item = u32>>(source: S) -> u32 {
    #[for_await]
    for x in source {
        yield_!(x * 2);
    }
}

#[async_generator]
async fn pairs(n: u32) -> (u32, u32) {
    #[for_await]
    'outer: for x in ticks(n) {
        #[for_await]
        for y in ticks(n) {
            if y > x {
                continue 'outer;
            }
            yield_!((x, y));
        }
    }
}
