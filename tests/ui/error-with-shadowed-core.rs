// `::core` is another crate here: the macro's own errors must still read as its own,
// not as "cannot find `compile_error` in `core`".
extern crate futures_core as core;

#[asyncgen::async_generator]
async fn numbers() -> u32 {
    let each = |x: u32| {
        yield_!(x);
    };
    each(1);
}

fn main() {}
