/// Ticks `n` times.
#[must_use = "streams do nothing unless polled"]
pub fn ticks(n: u32) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let n = n;
        for i in 0..n {
            sleep(i).await;
            let __item: u32 = i;
            yielder.yield_(__item).await;
        }
    })
}
#[must_use = "streams do nothing unless polled"]
fn unit_items() -> impl ::asyncgen::__private::AsyncGenerator<Item = ()> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, ()>|
    {
        let __item: () = ();
        yielder.yield_(__item).await;
    })
}
