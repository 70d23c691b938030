async_gen!(
    /// The real keywords, on stable.
    pub async fn doubled(n: u32) -> u32 {
        for await x in ticks(n) {
            yield x * 2;
        }
        yield;
    }
);

async_gen!(
    #[async_generator(boxed)]
    async fn parsed(texts: Vec<&'static str>) -> Result<u32, ParseIntError> {
        for text in texts {
            yield Ok(text.parse()?);
        }
    }
);
