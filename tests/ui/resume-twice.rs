use asyncgen::async_generator;

#[async_generator(resume = u32, resume = String)]
async fn twice() -> u32 {
    let _ = yield_!(1);
}

fn main() {}
