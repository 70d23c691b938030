trait Source {
    #[must_use = "streams do nothing unless polled"]
    fn items<'life0>(
        &'life0 self,
    ) -> impl ::asyncgen::__private::AsyncGenerator<
        Item = u32,
    > + ::asyncgen::__private::Send + ::asyncgen::__private::Captures<(&'life0 (),)>;
    #[must_use = "streams do nothing unless polled"]
    fn twice(
        &self,
    ) -> ::asyncgen::__private::Pin<
        ::asyncgen::__private::Box<
            dyn ::asyncgen::__private::Stream<
                Item = u32,
            > + ::asyncgen::__private::Send + '_,
        >,
    > {
        ::asyncgen::__private::boxed(
            ::asyncgen::__private::generator(async move |
                mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
            {
                let _ = &self;
                yielder.yield_from(self.items()).await;
                yielder.yield_from(self.items()).await;
            }),
        )
    }
}
impl Source for Fixed {
    #[must_use = "streams do nothing unless polled"]
    fn items<'life0>(
        &'life0 self,
    ) -> impl ::asyncgen::__private::AsyncGenerator<
        Item = u32,
    > + ::asyncgen::__private::Send + ::asyncgen::__private::Captures<(&'life0 (),)> {
        ::asyncgen::__private::generator(async move |
            mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
        {
            let _ = &self;
            let __item: u32 = self.0;
            yielder.yield_(__item).await;
        })
    }
}
