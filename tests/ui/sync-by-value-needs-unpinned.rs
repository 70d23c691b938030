// Iterating in place pins the generator: it cannot be moved afterwards.
use asyncgen::sync_generator;

#[sync_generator]
fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let mut pinned = core::pin::pin!(numbers());
    let _ = pinned.next();
    let moved = *pinned;
    let _ = moved;
}
