use asyncgen::sync_generator;

#[sync_generator]
fn numbers() -> u32 {
    yield_!("one");
}

#[sync_generator]
fn parse(text: &str) -> u32 {
    yield_!(text.parse::<u32>()?);
}

#[sync_generator]
fn from_stream() -> u32 {
    yield_from!(5u32);
}

fn main() {}
