/// The real keywords, on stable.
#[must_use = "streams do nothing unless polled"]
pub fn doubled(n: u32) -> impl ::asyncgen::__private::AsyncGenerator<Item = u32> {
    ::asyncgen::__private::generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
    {
        let n = n;
        {
            let mut __stream = ::asyncgen::__private::pin!(ticks(n));
            while let ::asyncgen::__private::Some(x) = ::asyncgen::__private::next(
                    __stream.as_mut(),
                )
                .await
            {
                let __item: u32 = x * 2;
                yielder.yield_(__item).await;
            }
        }
        let __item: u32 = ();
        yielder.yield_(__item).await;
    })
}
#[must_use = "streams do nothing unless polled"]
fn parsed(
    texts: Vec<&'static str>,
) -> ::asyncgen::__private::Pin<
    ::asyncgen::__private::Box<
        dyn ::asyncgen::__private::Stream<
            Item = Result<u32, ParseIntError>,
        > + ::asyncgen::__private::Send,
    >,
> {
    ::asyncgen::__private::boxed(
        ::asyncgen::__private::try_generator(async move |
            mut yielder: ::asyncgen::__private::Yielder<'_, Result<u32, ParseIntError>>|
        {
            let texts = texts;
            for text in texts {
                let __item: Result<u32, ParseIntError> = ::asyncgen::__private::IntoItem::into_item(
                    Ok(text.parse()?),
                );
                yielder.yield_(__item).await;
            }
            #[allow(unreachable_code)]
            let __done = ::asyncgen::__private::Ok(());
            __done
        }),
    )
}
