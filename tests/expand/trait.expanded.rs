trait Source {
    #[must_use = "streams do nothing unless polled"]
    fn items<'life0>(
        &'life0 self,
    ) -> impl ::asyncgen::__private::FusedStream<
        Item = u32,
    > + ::core::marker::Send + ::asyncgen::__private::Captures<(&'life0 (),)>;
    #[must_use = "streams do nothing unless polled"]
    fn twice(
        &self,
    ) -> ::core::pin::Pin<
        ::asyncgen::__private::Box<
            dyn ::asyncgen::__private::Stream<Item = u32> + ::core::marker::Send + '_,
        >,
    > {
        ::asyncgen::__private::boxed(
            ::asyncgen::__private::generator(move |__co: ::asyncgen::__private::Co<u32>| async move {
                let _ = &self;
                __co.yield_from(self.items()).await;
                __co.yield_from(self.items()).await;
            }),
        )
    }
}
impl Source for Fixed {
    #[must_use = "streams do nothing unless polled"]
    fn items<'life0>(
        &'life0 self,
    ) -> impl ::asyncgen::__private::FusedStream<
        Item = u32,
    > + ::core::marker::Send + ::asyncgen::__private::Captures<(&'life0 (),)> {
        ::asyncgen::__private::generator(move |__co: ::asyncgen::__private::Co<u32>| async move {
            let _ = &self;
            let __item: u32 = self.0;
            __co.yield_(__item).await;
        })
    }
}
