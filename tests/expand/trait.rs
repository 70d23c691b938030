trait Source {
    #[async_generator(Send)]
    async fn items(&self) -> u32;

    #[async_generator(boxed)]
    async fn twice(&self) -> u32 {
        yield_from!(self.items());
        yield_from!(self.items());
    }
}

impl Source for Fixed {
    #[async_generator(Send)]
    async fn items(&self) -> u32 {
        yield_!(self.0);
    }
}
