use asyncgen::async_generator;

#[async_generator]
async fn numbers() -> u32 {
    yield_!(1);
    return 2;
}

fn main() {}
