use asyncgen::async_generator;

#[async_generator]
async fn numbers() -> u32 {
    let a = || yield_!(1);
    let b = async { yield_!(2) };
    let c = || vec![yield_!(3)];
    yield_!(4);
}

fn main() {}
