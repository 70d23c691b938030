// A thread-local holds only `'static` data: the handle does not fit.
use asyncgen::{Yielder, generator};
use std::cell::RefCell;

thread_local! {
    static STASH: RefCell<Option<Yielder<'static, u32>>> = const { RefCell::new(None) };
}

fn main() {
    let _s = generator(async move |y: Yielder<'_, u32>| {
        STASH.with(|stash| *stash.borrow_mut() = Some(y));
    });
}
