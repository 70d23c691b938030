#[must_use = "streams do nothing unless polled"]
fn chained(a: u32, b: u32) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut __co: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let a = a;
        let b = b;
        __co.yield_from(ticks(a)).await;
        let __item: u32 = 100;
        __co.yield_(__item).await;
        __co.yield_from(ticks(b)).await;
    })
}
