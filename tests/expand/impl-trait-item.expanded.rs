#[must_use = "streams do nothing unless polled"]
fn printers(n: u32) -> impl ::asyncgen::__private::AsyncGenerator<Item = impl Display> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, _>|
    {
        let n = n;
        for i in 0..n {
            yielder.yield_(i).await;
        }
    })
}
#[must_use = "streams do nothing unless polled"]
fn forever() -> impl ::asyncgen::__private::AsyncGenerator<Item = u64> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u64>|
    {
        let mut i = 0;
        loop {
            let __item: u64 = i;
            yielder.yield_(__item).await;
            i += 1;
        }
    })
}
