// async-stream #106: a macro wrapped a yield in an async block of its own; the
// yield must not reach the generator (there it wrote into the wrong stream).
use asyncgen::async_generator;

macro_rules! later {
    ($e:expr) => {
        async move { $e }
    };
}

#[async_generator]
async fn numbers() -> u32 {
    later!(yield_!(1)).await;
}

fn main() {}
