use asyncgen::{async_generator, sync_generator};

// In a `Result` generator a yield takes the `Result` or the value inside `Ok`.
#[async_generator]
async fn numbers() -> Result<u32, String> {
    yield_!("one");
}

#[sync_generator]
fn sync_numbers() -> Result<u32, String> {
    yield_!(1.5);
}

fn main() {}
