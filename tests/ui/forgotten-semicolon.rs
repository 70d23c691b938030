use asyncgen::async_generator;

#[async_generator]
async fn forgot() -> u32 {
    yield_!(1);
    Some(())
}

fn main() {
    let _ = forgot();
}
