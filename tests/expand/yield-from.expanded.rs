#[must_use = "streams do nothing unless polled"]
fn chained(a: u32, b: u32) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let a = a;
        let b = b;
        yielder.yield_from(ticks(a)).await;
        let __item: u32 = 100;
        yielder.yield_(__item).await;
        yielder.yield_from(ticks(b)).await;
    })
}
