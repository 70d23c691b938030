//! Generators written through a re-export of asyncgen: `crate = path` names the
//! runtime, since `::asyncgen` does not resolve in this crate.

use asyncgen_reexporter::asyncgen::{self, async_generator};

/// Every shape of the expansion, through the re-export.
#[async_generator(crate = asyncgen_reexporter::asyncgen)]
pub async fn numbers(n: u32) -> u32 {
    for i in 0..n {
        yield_!(i);
    }
}

/// A fallible generator with `#[for_await]`, the string spelling of the path.
#[async_generator(crate = "::asyncgen_reexporter::asyncgen")]
pub async fn fallible(n: u32) -> Result<u32, String> {
    #[for_await]
    for x in numbers(n) {
        yield_!(Ok(x));
    }
    Err(String::from("end"))?;
}

/// `boxed`, through a `use`d name of the re-export.
#[async_generator(boxed, crate = asyncgen)]
pub async fn boxed(n: u32) -> u32 {
    yield_from!(numbers(n));
}

asyncgen::async_gen!(
    /// The function-like form takes the same argument.
    #[async_generator(boxed_local, crate = asyncgen_reexporter::asyncgen)]
    pub async fn keywords(n: u32) -> u32 {
        for await x in boxed(n) {
            yield x;
        }
    }
);

#[cfg(test)]
mod tests {
    use asyncgen_reexporter::asyncgen::Stream;
    use core::pin::pin;
    use core::task::{Context, Poll, Waker};

    fn collect<S: Stream>(stream: S) -> Vec<S::Item> {
        let mut stream = pin!(stream);
        let mut cx = Context::from_waker(Waker::noop());
        let mut out = Vec::new();
        while let Poll::Ready(Some(x)) = stream.as_mut().poll_next(&mut cx) {
            out.push(x);
        }
        out
    }

    #[test]
    fn every_form_works_through_a_reexport() {
        assert_eq!(collect(super::numbers(2)), [0, 1]);
        assert_eq!(collect(super::fallible(2)), [Ok(0), Ok(1), Err("end".to_owned())]);
        assert_eq!(collect(super::boxed(2)), [0, 1]);
        assert_eq!(collect(super::keywords(2)), [0, 1]);
    }
}
