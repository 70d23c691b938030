#[async_generator]
async fn printers(n: u32) -> impl Display {
    for i in 0..n {
        yield_!(i);
    }
}

#[async_generator]
async fn forever() -> u64 {
    let mut i = 0;
    loop {
        yield_!(i);
        i += 1;
    }
}
