use asyncgen::async_generator;

#[async_generator(resume)]
async fn untyped() -> u32 {
    let _ = yield_!(1);
}

fn main() {}
