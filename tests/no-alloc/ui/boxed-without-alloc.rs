use asyncgen::async_generator;

#[async_generator(boxed)]
async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {}
