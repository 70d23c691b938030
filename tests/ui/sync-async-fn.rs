use asyncgen::sync_generator;

#[sync_generator]
async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = asyncgen::sync_gen!(async move {
        yield 1;
    });
}
