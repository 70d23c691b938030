use asyncgen::async_gen;
use futures_core::Stream;
/// An inline generator capturing an argument whose type has no name.
fn scaled(n: u32, scale: impl Fn(u32) -> u32) -> impl Stream<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, _>|
    {
        for i in 0..n {
            yielder.yield_(scale(i)).await;
        }
    })
}
