//! rustfmt formats the inside of `async_gen!(async move { .. })`: the content is an
//! ordinary expression, which is why the inline form takes one.
#![cfg(not(miri))]

use std::io::Write;
use std::process::{Command, Stdio};

fn rustfmt(source: &str) -> String {
    let mut child = Command::new(std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into()))
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt is installed (rustup component add rustfmt)");
    child.stdin.take().unwrap().write_all(source.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "rustfmt failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn rustfmt_formats_an_inline_generator_and_a_keyword_fn() {
    let messy = "fn f(n: u32) -> impl Stream<Item = u32> {\n    asyncgen::async_gen!(async move {\n  for i in 0..n {   yield   i*2 ;\n }\n    })\n}\n\nasyncgen::async_gen!(\n    async fn g() -> u32 {  yield 1 ;   }\n);\n";
    let tidy = "fn f(n: u32) -> impl Stream<Item = u32> {\n    asyncgen::async_gen!(async move {\n        for i in 0..n {\n            yield i * 2;\n        }\n    })\n}\n\nasyncgen::async_gen!(\n    async fn g() -> u32 {\n        yield 1;\n    }\n);\n";
    assert_eq!(rustfmt(messy), tidy);
}
