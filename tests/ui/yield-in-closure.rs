use asyncgen::async_generator;

#[async_generator]
async fn numbers() -> u32 {
    let each = |x: u32| {
        yield_!(x);
    };
    each(1);
}

fn main() {}
