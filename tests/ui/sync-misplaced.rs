use asyncgen::sync_generator;

#[sync_generator]
fn numbers() -> u32 {
    let each = |x: u32| {
        yield_!(x);
    };
    each(1);
}

#[sync_generator]
fn helper() -> u32 {
    let y = yielder!();
    let _ = y;
}

#[sync_generator]
fn streams(s: impl futures_core::Stream<Item = u32>) -> u32 {
    #[for_await]
    for x in s {
        yield_!(x);
    }
}

#[sync_generator(resume = u8)]
fn two_way() -> u32 {
    yield_!(1);
}

fn main() {}
