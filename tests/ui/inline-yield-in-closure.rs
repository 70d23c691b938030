fn main() {
    let _s = asyncgen::async_gen!(async move {
        let f = |x: u32| {
            yield x;
        };
        f(1);
        yield 2u32;
    });
}
