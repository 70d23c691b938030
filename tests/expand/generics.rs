#[async_generator]
async fn repeat<'a, T: Clone + 'a, const N: usize>(value: &'a T, extra: impl Into<T>) -> T
where
    T: Send,
{
    for _ in 0..N {
        yield_!(value.clone());
    }
    yield_!(extra.into());
}
