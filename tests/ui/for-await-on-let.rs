use asyncgen::async_generator;

#[async_generator]
async fn numbers() -> u32 {
    #[for_await]
    let x = 1;
    yield_!(x);
}

fn main() {}
