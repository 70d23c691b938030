// The handle cannot be sent into a channel made outside the body.
use asyncgen::{Yielder, generator};
use std::sync::mpsc::Sender;

fn smuggle(tx: Sender<Yielder<'static, u32>>) {
    let _s = generator(async move |y: Yielder<'_, u32>| {
        tx.send(y).unwrap();
    });
}

fn main() {
    let (tx, _rx) = std::sync::mpsc::channel();
    smuggle(tx);
}
