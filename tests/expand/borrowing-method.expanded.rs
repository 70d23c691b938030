impl Counter {
    #[must_use = "streams do nothing unless polled"]
    fn names<'life0>(
        &'life0 self,
    ) -> impl ::asyncgen::__private::AsyncGenerator<
        Item = &'life0 String,
    > + ::asyncgen::__private::Captures<(&'life0 (),)> {
        ::asyncgen::__private::generator(async move |
            mut yielder: ::asyncgen::__private::Yielder<'_, &'life0 String>|
        {
            let _ = &self;
            for name in &self.names {
                let __item: &'life0 String = name;
                yielder.yield_(__item).await;
            }
        })
    }
    #[must_use = "streams do nothing unless polled"]
    fn bump<'life0, 'life1>(
        &'life0 mut self,
        by: &'life1 u32,
    ) -> impl ::asyncgen::__private::AsyncGenerator<
        Item = u32,
    > + ::asyncgen::__private::Captures<(&'life0 (), &'life1 ())> {
        ::asyncgen::__private::generator(async move |
            mut yielder: ::asyncgen::__private::Yielder<'_, u32>|
        {
            let _ = &self;
            let by = by;
            self.start += by;
            let __item: u32 = self.start;
            yielder.yield_(__item).await;
        })
    }
}
