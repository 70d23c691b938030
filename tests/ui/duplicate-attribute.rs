asyncgen::async_gen!(
    #[async_generator(boxed)]
    #[async_generator(Send)]
    async fn numbers() -> u32 {
        yield 1;
    }
);

fn main() {}
