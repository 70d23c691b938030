#[must_use = "streams do nothing unless polled"]
fn relay<S: Stream<Item = u32>>(
    source: S,
) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let source = source;
        {
            yielder.reyield(source, |x| -> u32 { x }).await;
        }
    })
}
