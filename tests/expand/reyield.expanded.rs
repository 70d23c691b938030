#[must_use = "streams do nothing unless polled"]
fn relay<S: Stream<Item = u32>>(
    source: S,
) -> impl ::asyncgen::__private::FusedStream<Item = u32> {
    ::asyncgen::__private::generator(move |__co: ::asyncgen::__private::Co<u32>| async move {
        let source = source;
        {
            __co.reyield(source, |x| -> u32 { x }).await;
        }
    })
}
