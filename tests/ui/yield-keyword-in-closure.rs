asyncgen::async_gen!(
    async fn numbers() -> u32 {
        let each = |x: u32| {
            yield x;
        };
        each(1);
    }
);

fn main() {}
