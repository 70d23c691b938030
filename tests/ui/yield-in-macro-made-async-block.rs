// async-stream #106: a macro wrapped a yield in an async block of its own; the
// yield must not reach the generator (there it wrote into the wrong stream).
// The messages name no made-up name: the label is named after the attribute.
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

macro_rules! call {
    ($e:expr) => {
        (|| $e)()
    };
}

#[async_generator]
async fn in_closure() -> u32 {
    call!(yield_!(1));
}

fn main() {}
