use asyncgen::{Resume, async_generator};
/// A running total that `send` adds to.
#[must_use = "streams do nothing unless polled"]
fn total() -> impl ::asyncgen::__private::AsyncGenerator<u32, Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<
            '_,
            u32,
            ::asyncgen::__private::Resume<u32>,
        >|
    {
        let mut sum = 0;
        while let Resume::Sent(v) = {
            let __item: u32 = sum;
            ::asyncgen::__private::identity(yielder.yield_(__item).await)
        } {
            sum += v;
        }
    })
}
