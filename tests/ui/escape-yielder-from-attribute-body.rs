// `yielder!()` lends the body's handle; it cannot be kept past the body.
use asyncgen::{Yielder, async_generator};

fn keep(y: &'static mut Yielder<'static, u32>) {
    let _ = y;
}

#[async_generator]
async fn numbers() -> u32 {
    keep(yielder!());
}

fn main() {}
