// Every generator form, written at a crate root whose `core`, `std`,
// `futures_core` and prelude names are someone else's (see shadows.rs). Included
// by the no_std library (edition 2024) and by the edition 2021 test crate.

#[::ag::async_generator]
pub async fn numbers(n: u32) -> u32 {
    for i in 0..n {
        yield_!(i);
    }
}

/// `?`, `return` and `#[for_await]` in a fallible generator.
#[::ag::async_generator]
pub async fn parsed(texts: &'static [&'static str]) -> real_core::result::Result<u32, real_core::num::ParseIntError> {
    #[for_await]
    for i in numbers(texts.len() as u32) {
        let text = texts[i as usize];
        if text.is_empty() {
            return;
        }
        yield_!(real_core::result::Result::Ok(text.parse()?));
    }
}

/// `yield_from!`, `boxed` (recursion) and `Send`.
#[::ag::async_generator(boxed)]
pub async fn countdown(n: u32) -> u32 {
    if n > 0 {
        yield_!(n);
        yield_from!(countdown(n - 1));
    }
}

#[::ag::async_generator(Send)]
pub async fn sendable(n: u32) -> u32 {
    yield_from!(countdown(n));
}

/// A two-way generator: `send(v)` adds `v`.
#[::ag::async_generator(resume = u32)]
pub async fn total() -> u32 {
    let mut sum = 0;
    loop {
        match yield_!(sum) {
            ::ag::Resume::Sent(v) => sum += v,
            ::ag::Resume::Next => {}
            ::ag::Resume::Close => return,
        }
    }
}

/// A helper that yields, through `yielder!()`.
pub async fn twice(y: &mut ::ag::Yielder<'_, u32>, v: u32) {
    y.yield_(v).await;
    y.yield_(v).await;
}

::ag::async_gen!(
    /// The function-like form: real keywords, `for await`, a helper.
    pub async fn keywords(n: u32) -> u32 {
        for await x in numbers(n) {
            yield x;
        }
        twice(yielder!(), 9).await;
    }
);

::ag::async_gen!(
    #[async_generator(boxed_local)]
    pub async fn keywords_boxed(n: u32) -> real_core::result::Result<u32, real_core::num::ParseIntError> {
        for await x in numbers(n) {
            yield real_core::result::Result::Ok(x);
        }
        "x".parse::<u32>()?;
    }
);

/// An inline generator capturing `n`, fallible because it uses `?`.
#[must_use]
pub fn inline(n: u32, last: &'static str) -> impl ::ag::AsyncGenerator<Item = real_core::result::Result<u32, real_core::num::ParseIntError>> {
    ::ag::async_gen!(async move {
        for await x in numbers(n) {
            yield real_core::result::Result::Ok(x * 10);
        }
        yield real_core::result::Result::Ok(last.parse()?);
    })
}

/// An inline two-way generator.
#[must_use]
pub fn echo() -> impl ::ag::AsyncGenerator<i32, Item = i32> {
    ::ag::async_gen!(
        #[async_generator(resume = i32)]
        async move {
            let mut n = 0;
            loop {
                let resume = yield n;
                match resume {
                    ::ag::Resume::Sent(v) => n = v,
                    ::ag::Resume::Next => n += 1,
                    ::ag::Resume::Close => break,
                }
            }
        }
    )
}

/// Sync generators: the attribute with `?` and `yield_from!`, `boxed`, the
/// function-like form and an inline one.
#[::ag::sync_generator]
pub fn sync_parsed(texts: &'static [&'static str]) -> real_core::result::Result<u32, real_core::num::ParseIntError> {
    for text in texts {
        if text.is_empty() {
            return;
        }
        yield_!(real_core::result::Result::Ok(text.parse()?));
    }
}

#[::ag::sync_generator(boxed)]
pub fn sync_countdown(n: u32) -> u32 {
    if n > 0 {
        yield_!(n);
        yield_from!(sync_countdown(n - 1));
    }
}

::ag::sync_gen!(
    pub fn sync_keywords(n: u32) -> u32 {
        for i in 0..n {
            yield i;
        }
        yield_from!(sync_countdown(2));
    }
);

/// An inline sync generator capturing `n`.
pub fn sync_inline(n: u32) -> impl real_core::iter::Iterator<Item = u32> {
    ::ag::sync_gen!(move {
        for i in 0..n {
            yield i * 10;
        }
    })
}
