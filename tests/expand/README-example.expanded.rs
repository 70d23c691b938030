#[must_use = "streams do nothing unless polled"]
fn countdown(from: u32) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let from = from;
        for i in (1..=from).rev() {
            let __item: u32 = i;
            yielder.yield_(__item).await;
        }
    })
}
