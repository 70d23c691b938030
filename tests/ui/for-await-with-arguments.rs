use asyncgen::async_generator;

#[async_generator]
async fn numbers() -> u32 {
    yield_!(1);
}

#[async_generator]
async fn with_args() -> u32 {
    #[for_await(bar)]
    for x in numbers() {
        yield_!(x);
    }
    #[for_await()]
    for x in numbers() {
        yield_!(x);
    }
}

fn main() {}
