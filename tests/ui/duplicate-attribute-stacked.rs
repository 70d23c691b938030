use asyncgen::async_generator;

#[async_generator]
#[async_generator]
async fn twice() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = twice();
}
