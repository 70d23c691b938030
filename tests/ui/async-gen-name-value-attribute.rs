asyncgen::async_gen!(
    #[async_generator = 1]
    async fn numbers() -> u32 {
        yield 1;
    }
);

fn main() {
    let _ = numbers();
}
