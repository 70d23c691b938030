use asyncgen::sync_generator;

#[sync_generator]
fn numbers() -> u32 {
    let x = core::future::ready(1).await;
    yield_!(x);
}

fn main() {
    let inline = asyncgen::sync_gen!(move {
        yield core::future::ready(2).await;
    });
    let _ = inline;
}
