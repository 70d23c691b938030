//! Generators in an edition-2021 crate: `impl Trait` there captures only the
//! lifetimes its bounds name, so every borrowed argument must still be captured.

use asyncgen::async_generator;

/// Borrows an elided and a named argument.
#[async_generator]
pub async fn elided_and_named<'a>(prefix: &str, words: &'a [String]) -> String {
    for word in words {
        yield_!(format!("{prefix}{word}"));
    }
}

/// Several references, only some used (futures-async-stream fails here).
#[async_generator]
pub async fn some_unused<'a>(used: &'a str, _unused: &str, _also_unused: &u8) -> &'a str {
    yield_!(used);
}

/// A borrowing struct.
#[derive(Debug)]
pub struct Words<'a> {
    pub words: Vec<&'a str>,
}

impl<'a> Words<'a> {
    /// `&self` yielding `&'a str`: two lifetimes, both captured.
    #[async_generator]
    pub async fn each(&self) -> &'a str {
        for word in &self.words {
            yield_!(*word);
        }
    }

    /// Yields references into `self`.
    #[async_generator]
    pub async fn refs(&self) -> &&'a str {
        for word in &self.words {
            yield_!(word);
        }
    }
}

/// A trait with a borrowing generator method.
pub trait Lines {
    /// Yields each line.
    #[async_generator]
    async fn lines(&self) -> &str;
}

impl Lines for String {
    #[async_generator]
    async fn lines(&self) -> &str {
        for line in str::lines(self) {
            yield_!(line);
        }
    }
}

/// Boxed, borrowing.
#[async_generator(boxed)]
pub async fn boxed_borrow(text: &str) -> char {
    for c in text.chars() {
        yield_!(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use asyncgen_tests::collect;

    #[test]
    fn borrowed_arguments_are_captured() {
        let words = vec!["a".to_owned(), "b".to_owned()];
        let prefix = String::from("-");
        assert_eq!(collect(elided_and_named(&prefix, &words)), ["-a", "-b"]);
        let unused = String::from("x");
        let got = collect(some_unused("kept", &unused, &1));
        assert_eq!(got, ["kept"]);
    }

    #[test]
    fn self_methods_yield_outer_lifetimes() {
        let text = String::from("x y");
        let words = Words { words: text.split(' ').collect() };
        let all = collect(words.each());
        drop(words);
        assert_eq!(all, ["x", "y"]);
        let words = Words { words: vec!["z"] };
        assert_eq!(collect(words.refs()), [&"z"]);
    }

    #[test]
    fn trait_methods_and_boxed() {
        let text = String::from("one\ntwo");
        assert_eq!(collect(text.lines()), ["one", "two"]);
        assert_eq!(collect(boxed_borrow("ab")), ['a', 'b']);
    }
}
