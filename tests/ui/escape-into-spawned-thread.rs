// The handle cannot move to a spawned thread, which could outlive the generator.
use asyncgen::{Yielder, generator};

fn main() {
    let _s = generator(async move |mut y: Yielder<'_, u32>| {
        std::thread::spawn(move || {
            let _ = y.yield_(1);
        });
    });
}
