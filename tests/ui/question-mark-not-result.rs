use asyncgen::async_generator;

#[async_generator]
async fn numbers(texts: Vec<&'static str>) -> u32 {
    for text in texts {
        yield_!(text.parse()?);
    }
}

fn main() {}
