impl Source for Tcp {
    #[async_generator(Send)]
    async fn lines(&mut self) -> String {
        while let Some(line) = self.read_line().await {
            yield_!(line);
        }
    }
}
