use asyncgen::{Resume, async_generator};

/// A running total that `send` adds to.
#[async_generator(resume = u32)]
async fn total() -> u32 {
    let mut sum = 0;
    while let Resume::Sent(v) = yield_!(sum) {
        sum += v;
    }
}
