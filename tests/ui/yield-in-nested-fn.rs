use asyncgen::async_generator;

#[async_generator]
async fn numbers() -> u32 {
    fn helper() {
        yield_!(1);
    }
    helper();
    yield_!(2);
}

fn main() {}
