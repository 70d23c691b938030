use asyncgen::async_generator;

#[async_generator]
async fn numbers() -> u32 {
    yield_!("one");
}

fn main() {}
