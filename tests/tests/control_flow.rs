//! Fallible generators, `#[for_await]`, `yield_from!`, and yield points inside
//! other macros' arguments.

use asyncgen::async_generator;
use asyncgen_tests::{collect, pending_once};
use core::num::ParseIntError;
use futures_core::Stream;

#[derive(Debug, PartialEq)]
enum AppError {
    Parse(String),
    Refused(u32),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e.to_string())
    }
}

#[async_generator]
async fn parse_all(texts: &'static [&'static str]) -> Result<u32, AppError> {
    for text in texts {
        pending_once().await;
        let n: u32 = text.parse()?; // `From` converts the error
        if n == 0 {
            yield_!(Err(AppError::Refused(n))); // an error item; goes on
            continue;
        }
        if n == 99 {
            return Err(AppError::Refused(n)); // the last item
        }
        if n == 42 {
            return; // ends normally
        }
        yield_!(Ok(n));
    }
}

#[test]
fn question_mark_yields_the_converted_error_last() {
    let items = collect(parse_all(&["1", "x", "2"]));
    assert_eq!(items, [Ok(1), Err(AppError::Parse("invalid digit found in string".into()))]);
}

#[test]
fn an_err_item_does_not_end_the_stream() {
    assert_eq!(collect(parse_all(&["0", "3"])), [Err(AppError::Refused(0)), Ok(3)]);
}

#[test]
fn return_err_is_the_last_item_and_plain_return_ends_cleanly() {
    assert_eq!(collect(parse_all(&["1", "99", "2"])), [Ok(1), Err(AppError::Refused(99))]);
    assert_eq!(collect(parse_all(&["1", "42", "2"])), [Ok(1)]);
}

mod anyhow_like {
    #[derive(Debug)]
    pub struct Error(pub String);
    impl<E: std::error::Error> From<E> for Error {
        fn from(e: E) -> Self {
            Error(e.to_string())
        }
    }
    pub type Result<T, E = Error> = core::result::Result<T, E>;
}

#[async_generator]
async fn io_result(fail: bool) -> std::io::Result<u8> {
    yield_!(Ok(1));
    if fail {
        Err(std::io::Error::other("disk on fire"))?;
    }
    yield_!(Ok(2));
}

#[async_generator]
async fn alias_result(text: &'static str) -> anyhow_like::Result<u8> {
    yield_!(Ok(text.parse::<u8>()?));
}

#[test]
fn result_aliases_count_as_results() {
    let items = collect(io_result(true));
    assert_eq!(items.len(), 2);
    assert_eq!(items[1].as_ref().unwrap_err().to_string(), "disk on fire");
    assert_eq!(collect(io_result(false)).len(), 2);
    assert_eq!(collect(alias_result("7")).pop().unwrap().unwrap(), 7);
    let err = collect(alias_result("-")).pop().unwrap().unwrap_err();
    assert_eq!(err.0, "invalid digit found in string");
}

/// In a generator of `Result` items, a plain value is yielded as `Ok(v)`.
#[async_generator]
async fn plain_values(texts: &'static [&'static str]) -> Result<u8, std::num::ParseIntError> {
    for text in texts {
        yield_!(text.parse::<u8>()?);
    }
    yield_!(Ok(100));
    yield_!("x".parse::<u8>());
}

#[test]
fn plain_values_in_a_fallible_generator_are_ok_items() {
    let items = collect(plain_values(&["1", "2"]));
    assert_eq!(items[..3], [Ok(1), Ok(2), Ok(100)]);
    assert!(items[3].is_err());
    assert_eq!(items.len(), 4);
    let items = collect(plain_values(&["1", "-"]));
    assert_eq!(items.len(), 2);
    assert!(items[1].is_err());
}

#[async_generator]
async fn pairs(n: u32) -> (u32, char) {
    for i in 0..n {
        pending_once().await;
        yield_!((i, char::from(b'a' + u8::try_from(i).unwrap())));
    }
}

#[async_generator]
async fn consume(n: u32) -> String {
    // `pairs` is `!Unpin`: `#[for_await]` pins it in the body's state.
    #[for_await]
    for (i, c) in pairs(n) {
        if i == 1 {
            continue;
        }
        yield_!(format!("{c}{i}"));
    }
    'outer: for round in 0..3 {
        #[for_await]
        for (i, _) in pairs(n) {
            #[for_await]
            'inner: for (j, _) in pairs(n) {
                if j > i {
                    break 'inner;
                }
                if round == 1 {
                    continue 'outer;
                }
                if round == 2 {
                    break 'outer;
                }
                yield_!(format!("{i}{j}"));
            }
        }
    }
}

#[test]
fn for_await_with_patterns_labels_break_continue_and_nesting() {
    assert_eq!(collect(consume(3)), ["a0", "c2", "00", "10", "11", "20", "21", "22"]);
}

#[async_generator]
async fn for_await_any_stream() -> u8 {
    #[for_await]
    for x in futures::stream::iter([1u8, 2]) {
        yield_!(x);
    }
}

#[test]
fn for_await_over_other_streams() {
    assert_eq!(collect(for_await_any_stream()), [1, 2]);
}

#[async_generator]
async fn delegate(depth: u32) -> u32 {
    yield_!(depth * 100);
    if depth > 0 {
        yield_from!(Box::pin(delegate(depth - 1)));
    }
    yield_from!(futures::stream::iter([depth]));
    yield_from!(pairs_first(2));
}

#[async_generator]
async fn pairs_first(n: u32) -> u32 {
    #[for_await]
    for (i, _) in pairs(n) {
        yield_!(i + 1000);
    }
}

#[test]
fn yield_from_re_yields_every_item() {
    assert_eq!(collect(delegate(1)), [100, 0, 0, 1000, 1001, 1, 1000, 1001]);
}

fn assert_stream<S: Stream<Item = u32>>(s: S) -> S {
    s
}

#[test]
fn yield_from_an_unpin_stream_and_a_pinned_one() {
    assert_eq!(collect(assert_stream(pairs_first(1))), [1000]);
}

mod inside_macros {
    use super::*;
    use futures::{FutureExt, StreamExt};
    use std::time::Duration;
    use tokio::sync::mpsc;

    macro_rules! twice {
        ($e:expr) => {{
            $e;
            $e;
        }};
    }

    #[async_generator]
    async fn in_std_macros(text: &'static str) -> Result<u32, AppError> {
        #[allow(clippy::useless_vec)] // `vec!` is the macro under test
        let v = vec![
            {
                yield_!(Ok(1));
                10
            },
            text.parse::<u32>()?,
        ];
        assert!(
            {
                yield_!(Ok(2));
                v.len() == 2
            },
            "yield inside assert! {}",
            {
                yield_!(Ok(3));
                ""
            }
        );
        let s = format!(
            "{}{}",
            {
                yield_!(Ok(4));
                "a"
            },
            async { 5 }.await
        );
        twice!(yield_!(Ok(u32::try_from(s.len()).unwrap())));
        if text == "0" {
            return;
        }
        yield_!(Ok(v[1]));
    }

    #[test]
    fn vec_assert_format_and_user_macros() {
        let ok: Vec<_> = collect(in_std_macros("7")).into_iter().map(Result::unwrap).collect();
        // `assert!`'s message is only evaluated on failure, so 3 never comes.
        assert_eq!(ok, [1, 2, 4, 2, 2, 7]);
        let early = collect(in_std_macros("0"));
        assert_eq!(early.len(), 5);
        let failed = collect(in_std_macros("x"));
        assert!(matches!(failed.as_slice(), [Ok(1), Err(AppError::Parse(_))]));
    }

    #[async_generator]
    async fn joined() -> u32 {
        let (a, b) = futures::join!(async { 1 }, async {
            pending_once().await;
            2
        });
        yield_!(a + b);
        let mut ticks = futures::stream::iter([10u32, 20]).fuse();
        let mut never = futures::future::pending::<u32>().fuse();
        loop {
            futures::select! {
                t = ticks.next() => match t {
                    Some(t) => yield_!(t),
                    None => break,
                },
                n = never => yield_!(n),
            }
        }
    }

    #[test]
    fn futures_join_and_select() {
        assert_eq!(collect(joined()), [3, 10, 20]);
    }

    /// Two channels merged with `tokio::select!`, yielding in its arms.
    #[async_generator]
    async fn merge(mut numbers: mpsc::Receiver<u32>, mut words: mpsc::Receiver<String>) -> String {
        let (mut numbers_open, mut words_open) = (true, true);
        while numbers_open || words_open {
            tokio::select! {
                n = numbers.recv(), if numbers_open => match n {
                    Some(n) => yield_!(format!("n{n}")),
                    None => numbers_open = false,
                },
                w = words.recv(), if words_open => match w {
                    Some(w) => yield_!(format!("w{w}")),
                    None => words_open = false,
                },
            }
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    #[cfg_attr(miri, ignore)]
    async fn tokio_select_merges_two_channels() {
        let (ntx, nrx) = mpsc::channel(2);
        let (wtx, wrx) = mpsc::channel(2);
        tokio::spawn(async move {
            for i in 0..5 {
                ntx.send(i).await.unwrap();
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        });
        tokio::spawn(async move {
            for w in ["a", "b", "c"] {
                wtx.send(w.to_owned()).await.unwrap();
            }
        });
        let mut got: Vec<String> = merge(nrx, wrx).collect().await;
        let words: Vec<_> = got.iter().filter(|s| s.starts_with('w')).cloned().collect();
        assert_eq!(words, ["wa", "wb", "wc"]);
        got.retain(|s| s.starts_with('n'));
        assert_eq!(got, ["n0", "n1", "n2", "n3", "n4"]);
    }
}

mod reyield {
    use super::*;
    use std::fmt::Display;

    #[async_generator]
    async fn statics() -> &'static str {
        yield_!("a");
        yield_!("b");
    }

    /// `for x in s { yield_!(x) }` becomes a delegation, yet `x` still coerces to
    /// the item type as `yield_!` does: `&'static str` to `&'a str` here.
    #[async_generator]
    async fn shorter<'a>(extra: &'a str) -> &'a str {
        #[for_await]
        for x in statics() {
            yield_!(x);
        }
        yield_!(extra);
    }

    #[async_generator]
    async fn boxes() -> Box<u32> {
        yield_!(Box::new(7));
    }

    /// An unsizing coercion through the same path.
    #[async_generator]
    async fn displays() -> Box<dyn Display> {
        #[for_await]
        for b in boxes() {
            yield_!(b);
        }
    }

    #[test]
    fn re_yielding_loops_keep_coercions() {
        let extra = String::from("c");
        assert_eq!(collect(shorter(&extra)), ["a", "b", "c"]);
        let shown: Vec<String> = collect(displays()).iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["7"]);
    }
}
