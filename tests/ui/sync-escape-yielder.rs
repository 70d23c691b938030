// A sync body's yields cannot outlive it: the handle is branded as an async
// generator's is, so even the hidden API's handle cannot be stored outside.
use asyncgen::SyncGenerator;
use asyncgen::__private::{SyncYielder, sync_body};

fn main() {
    let mut stash = None;
    let mut it = SyncGenerator::new(sync_body(async |y: SyncYielder<'_, u32>| {
        stash = Some(y);
    }));
    let _ = it.next();
}

// A yield from a scoped thread moves the item across threads: `!Send` items refuse.
fn scoped() {
    let mut it = SyncGenerator::new(sync_body(async |mut y: SyncYielder<'_, std::rc::Rc<u8>>| {
        std::thread::scope(|s| {
            s.spawn(|| {
                let _ = y.yield_(std::rc::Rc::new(1));
            });
        });
    }));
    let _ = it.next();
}
