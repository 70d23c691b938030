use asyncgen::async_generator;

#[async_generator]
async fn doubled() -> u32 {
    #[for_await]
    for x in vec![1, 2, 3] {
        yield_!(x * 2);
    }
}

fn main() {}
