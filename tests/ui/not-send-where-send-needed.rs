use asyncgen::async_generator;
use std::rc::Rc;

#[async_generator]
async fn numbers() -> u32 {
    let shared = Rc::new(1);
    yield_!(*shared);
}

fn spawn<T: Send>(_: T) {}

fn main() {
    spawn(numbers());
}
