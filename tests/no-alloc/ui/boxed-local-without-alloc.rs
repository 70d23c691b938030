use asyncgen::async_generator;

#[async_generator(boxed_local)]
async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {}
