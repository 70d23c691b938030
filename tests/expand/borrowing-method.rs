impl Counter {
    #[async_generator]
    async fn names(&self) -> &String {
        for name in &self.names {
            yield_!(name);
        }
    }

    #[async_generator]
    async fn bump(&mut self, by: &u32) -> u32 {
        self.start += by;
        yield_!(self.start);
    }
}
