impl Source for Tcp {
    #[must_use = "streams do nothing unless polled"]
    fn lines<'life0>(
        &'life0 mut self,
    ) -> impl ::asyncgen::__private::AsyncGenerator<
        Item = String,
    > + ::asyncgen::__private::Send + ::asyncgen::__private::Captures<(&'life0 (),)> {
        ::asyncgen::__private::generator(async move |
            mut yielder: ::asyncgen::__private::Yielder<'_, String>|
        {
            let _ = &self;
            while let Some(line) = self.read_line().await {
                let __item: String = line;
                yielder.yield_(__item).await;
            }
        })
    }
}
