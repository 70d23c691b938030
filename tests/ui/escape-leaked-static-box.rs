// Leaking the handle does not make it `'static`.
use asyncgen::{Yielder, generator};

fn main() {
    let _s = generator(async move |y: Yielder<'_, u32>| {
        let _forever: &'static mut Yielder<'static, u32> = Box::leak(Box::new(y));
    });
}
