use asyncgen::async_generator;
use std::rc::Rc;

#[async_generator(Send)]
async fn numbers() -> u32 {
    let shared = Rc::new(1);
    yield_!(*shared);
}

fn main() {}
