use asyncgen::async_generator;

#[async_generator]
fn numbers() -> u32 {
    yield_!(1);
}

fn main() {}
