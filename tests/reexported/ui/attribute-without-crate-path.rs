// A crate that reaches asyncgen only through `asyncgen_reexporter`.
#[asyncgen_reexporter::async_generator]
async fn numbers(n: u32) -> u32 {
    for i in 0..n {
        yield_!(i);
    }
}

fn main() {}
