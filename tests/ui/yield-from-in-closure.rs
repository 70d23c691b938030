use asyncgen::async_generator;

#[async_generator]
async fn numbers(n: u32) -> u32 {
    let again = || yield_from!(numbers(n));
    again();
}

fn main() {}
