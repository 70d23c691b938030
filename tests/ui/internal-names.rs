// The expansion's locals and label are hygienic: user code cannot name them.
use asyncgen::async_generator;

#[async_generator]
async fn numbers(n: u32) -> u32 {
    yield_!(n);
    __co.yield_(2).await;
    let copy = __item;
    #[for_await]
    for x in numbers(n) {
        drop(__stream);
        yield_!(x);
    }
    break 'async_generator;
}

fn main() {}
