use asyncgen::async_generator;

#[async_generator]
async fn numbers() -> u32 {
    let later = async {
        yield_!(1);
    };
    later.await;
}

fn main() {}
