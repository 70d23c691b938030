#[must_use = "streams do nothing unless polled"]
fn numbers(
    lines: Vec<String>,
) -> impl ::asyncgen::__private::AsyncGenerator<Item = Result<u32, ParseIntError>> {
    ::asyncgen::__private::try_generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, Result<u32, ParseIntError>>|
    {
        let lines = lines;
        for line in lines {
            if line.is_empty() {
                return ::asyncgen::__private::Ok(());
            }
            let __item: Result<u32, ParseIntError> = ::asyncgen::__private::IntoItem::into_item(
                Ok(line.parse()?),
            );
            yielder.yield_(__item).await;
        }
        #[allow(unreachable_code)]
        let __done = ::asyncgen::__private::Ok(());
        __done
    })
}
#[must_use = "streams do nothing unless polled"]
fn read_all(
    path: PathBuf,
) -> impl ::asyncgen::__private::AsyncGenerator<Item = io::Result<String>> {
    ::asyncgen::__private::try_generator(async move |
        mut yielder: ::asyncgen::__private::Yielder<'_, io::Result<String>>|
    {
        let path = path;
        let text = read_to_string(&path).await?;
        let __item: io::Result<String> = ::asyncgen::__private::IntoItem::into_item(
            Ok(text),
        );
        yielder.yield_(__item).await;
        #[allow(unreachable_code)]
        let __done = ::asyncgen::__private::Ok(());
        __done
    })
}
