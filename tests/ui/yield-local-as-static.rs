use asyncgen::async_generator;

#[async_generator]
async fn names() -> &'static str {
    let local = String::from("gone when the body ends");
    yield_!(&local);
}

fn main() {}
