impl Counter {
    #[must_use = "streams do nothing unless polled"]
    fn names<'life0>(
        &'life0 self,
    ) -> impl ::asyncgen::__private::FusedStream<
        Item = &'life0 String,
    > + ::asyncgen::__private::Captures<(&'life0 (),)> {
        ::asyncgen::__private::generator(move |
            __co: ::asyncgen::__private::Co<&'life0 String>|
        async move {
            let _ = &self;
            for name in &self.names {
                let __item: &'life0 String = name;
                __co.yield_(__item).await;
            }
        })
    }
    #[must_use = "streams do nothing unless polled"]
    fn bump<'life0, 'life1>(
        &'life0 mut self,
        by: &'life1 u32,
    ) -> impl ::asyncgen::__private::FusedStream<
        Item = u32,
    > + ::asyncgen::__private::Captures<(&'life0 (), &'life1 ())> {
        ::asyncgen::__private::generator(move |__co: ::asyncgen::__private::Co<u32>| async move {
            let _ = &self;
            let by = by;
            self.start += by;
            let __item: u32 = self.start;
            __co.yield_(__item).await;
        })
    }
}
