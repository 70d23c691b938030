#[must_use = "streams do nothing unless polled"]
fn numbers(
    lines: Vec<String>,
) -> impl ::asyncgen::__private::FusedStream<Item = Result<u32, ParseIntError>> {
    ::asyncgen::__private::fallible(move |
        __co: ::asyncgen::__private::Co<Result<u32, ParseIntError>>|
    async move {
        let lines = lines;
        for line in lines {
            if line.is_empty() {
                return ::core::result::Result::Ok(());
            }
            let __item: Result<u32, ParseIntError> = Ok(line.parse()?);
            __co.yield_(__item).await;
        }
        #[allow(unreachable_code)]
        let __done = ::core::result::Result::Ok(());
        __done
    })
}
#[must_use = "streams do nothing unless polled"]
fn read_all(
    path: PathBuf,
) -> impl ::asyncgen::__private::FusedStream<Item = io::Result<String>> {
    ::asyncgen::__private::fallible(move |
        __co: ::asyncgen::__private::Co<io::Result<String>>|
    async move {
        let path = path;
        let text = read_to_string(&path).await?;
        let __item: io::Result<String> = Ok(text);
        __co.yield_(__item).await;
        #[allow(unreachable_code)]
        let __done = ::core::result::Result::Ok(());
        __done
    })
}
