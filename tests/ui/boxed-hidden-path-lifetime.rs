// A lifetime hidden in a path type (`w: W` for `struct W<'a>`) cannot be seen by
// the macro, and no `dyn` bound can be spelled for it: rustc asks for it in the
// user's words (`W<'1>`), with no made-up lifetime. Writing `W<'_>` works.
#![allow(elided_lifetimes_in_paths)]
use asyncgen::async_generator;

pub struct W<'a>(&'a u32);

#[async_generator(boxed)]
async fn hidden(w: W, n: u32) -> u32 {
    yield_!(*w.0 + n);
}

fn main() {}
