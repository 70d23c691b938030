use asyncgen::async_generator;

#[async_generator]
async fn doubled(mut n: u32) -> u32 {
    #[for_await]
    while n > 0 {
        n -= 1;
        yield_!(n);
    }
}

fn main() {}
