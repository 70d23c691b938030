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
