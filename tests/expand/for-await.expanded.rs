#[must_use = "streams do nothing unless polled"]
fn doubled<S: Stream<Item = u32>>(
    source: S,
) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let source = source;
        {
            let mut __stream = ::asyncgen::__private::pin!(source);
            while let ::asyncgen::__private::Some(x) = ::asyncgen::__private::next(
                    __stream.as_mut(),
                )
                .await
            {
                let __item: u32 = x * 2;
                yielder.yield_(__item).await;
            }
        }
    })
}
#[must_use = "streams do nothing unless polled"]
fn pairs(n: u32) -> impl ::asyncgen::__private::AsyncGenerator<Item = (u32, u32)> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, (u32, u32)>|
    {
        let n = n;
        {
            let mut __stream = ::asyncgen::__private::pin!(ticks(n));
            'outer: while let ::asyncgen::__private::Some(x) = ::asyncgen::__private::next(
                    __stream.as_mut(),
                )
                .await
            {
                {
                    let mut __stream = ::asyncgen::__private::pin!(ticks(n));
                    while let ::asyncgen::__private::Some(y) = ::asyncgen::__private::next(
                            __stream.as_mut(),
                        )
                        .await
                    {
                        if y > x {
                            continue 'outer;
                        }
                        let __item: (u32, u32) = (x, y);
                        yielder.yield_(__item).await;
                    }
                }
            }
        }
    })
}
