use asyncgen::sync_generator;

// An `.await` inside another macro's arguments is seen too.
#[sync_generator]
fn numbers() -> u32 {
    assert!(core::future::ready(true).await);
    yield_!(1);
}

fn main() {}
