//! Generators written through a re-export of asyncgen, where `::asyncgen` does not
//! resolve: `async_gen!` finds the runtime by itself (its `$crate`); the attribute
//! takes `crate = path` (without it, tests/ui shows the error it reports).

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

asyncgen_reexporter::async_gen!(
    /// The function-like form through the re-export, with no `crate = path`.
    pub async fn through_reexport(n: u32) -> u32 {
        for await x in numbers(n) {
            yield x + 100;
        }
    }
);

asyncgen_reexporter::async_gen!(
    #[async_generator(boxed)]
    pub async fn through_reexport_boxed(n: u32) -> Result<u32, String> {
        yield Ok(n);
        Err(String::from("boxed"))?;
    }
);

/// The inline form through the re-export, with no `crate = path`.
#[must_use]
pub fn inline(n: u32) -> impl asyncgen::AsyncGenerator<Item = u32> {
    asyncgen_reexporter::async_gen!(async move {
        for await x in through_reexport(n) {
            yield x * 2;
        }
    })
}

/// Inline and two-way, through the macro re-exported at the re-exporter's root.
#[must_use]
pub fn inline_two_way() -> impl asyncgen::AsyncGenerator<u32, Item = u32> {
    use asyncgen_reexporter::async_gen;
    async_gen!(
        #[async_generator(resume = u32)]
        async move {
            let mut total = 0;
            loop {
                let resume = yield total;
                match resume {
                    asyncgen::Resume::Sent(v) => total += v,
                    asyncgen::Resume::Next => {}
                    asyncgen::Resume::Close => break,
                }
            }
        }
    )
}

/// An inline generator through the re-export, inside an attribute generator: its
/// yields are its own, whatever path names it.
#[async_generator(crate = asyncgen_reexporter::asyncgen)]
pub async fn nested(n: u32) -> u32 {
    let inner = asyncgen_reexporter::async_gen!(async move {
        yield n;
        yield n + 1;
    });
    yield_from!(inner);
}

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

    #[test]
    fn async_gen_needs_no_crate_path_through_a_reexport() {
        use asyncgen_reexporter::asyncgen::AsyncGenerator;
        assert_eq!(collect(super::through_reexport(2)), [100, 101]);
        assert_eq!(collect(super::through_reexport_boxed(2)), [Ok(2), Err("boxed".to_owned())]);
        assert_eq!(collect(super::inline(2)), [200, 202]);
        assert_eq!(collect(super::nested(7)), [7, 8]);
        let mut g = pin!(super::inline_two_way());
        let mut cx = Context::from_waker(Waker::noop());
        assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Ready(Some(0)));
        let mut g = g.as_mut();
        let mut send = pin!(g.send(5));
        assert_eq!(core::future::Future::poll(send.as_mut(), &mut cx), Poll::Ready(Some(5)));
    }
}
