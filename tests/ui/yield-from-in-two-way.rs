use asyncgen::async_generator;

#[async_generator]
async fn inner() -> u32 {
    yield_!(1);
}

#[async_generator(resume = u32)]
async fn outer() -> u32 {
    yield_from!(inner());
}

fn main() {}
