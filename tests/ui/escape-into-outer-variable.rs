// The handle cannot be stored in a variable outside the body that lent it.
use asyncgen::{Yielder, generator};

fn main() {
    let mut stash: Option<Yielder<'_, u32>> = None;
    let _s = generator(async |y: Yielder<'_, u32>| {
        stash = Some(y);
    });
}
