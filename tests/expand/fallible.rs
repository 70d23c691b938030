#[async_generator]
async fn numbers(lines: Vec<String>) -> Result<u32, ParseIntError> {
    for line in lines {
        if line.is_empty() {
            return;
        }
        yield_!(Ok(line.parse()?));
    }
}

#[async_generator]
async fn read_all(path: PathBuf) -> io::Result<String> {
    let text = read_to_string(&path).await?;
    yield_!(Ok(text));
}
