#[must_use = "streams do nothing unless polled"]
fn countdown(from: u32) -> impl ::asyncgen::__private::FusedStream<Item = u32> {
    ::asyncgen::__private::generator(move |__co: ::asyncgen::__private::Co<u32>| async move {
        let from = from;
        for i in (1..=from).rev() {
            let __item: u32 = i;
            __co.yield_(__item).await;
        }
    })
}
