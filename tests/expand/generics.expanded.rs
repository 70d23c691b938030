#[must_use = "streams do nothing unless polled"]
fn repeat<'a, T: Clone + 'a, const N: usize>(
    value: &'a T,
    extra: impl Into<T>,
) -> impl ::asyncgen::__private::AsyncGenerator<
    Item = T,
> + ::asyncgen::__private::Captures<(&'a (),)>
where
    T: Send,
{
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, T>|
    {
        let value = value;
        let extra = extra;
        for _ in 0..N {
            let __item: T = value.clone();
            yielder.yield_(__item).await;
        }
        let __item: T = extra.into();
        yielder.yield_(__item).await;
    })
}
