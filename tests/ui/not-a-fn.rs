use asyncgen::async_generator;

#[async_generator]
struct Numbers;

fn main() {}
