use asyncgen::{Yielder, async_generator};

async fn helper(y: &mut Yielder<'_, u32>) {
    y.yield_(1).await;
}

#[async_generator]
async fn numbers() -> u32 {
    let later = || helper(yielder!());
    later().await;
}

fn main() {}
