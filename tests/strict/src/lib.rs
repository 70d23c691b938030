//! A demanding user crate: no unsafe allowed, every warning and pedantic clippy
//! lint an error, and local items that shadow the names generated code could
//! use. Every form of the attribute must compile here without a warning.
#![forbid(unsafe_code)]
#![deny(warnings, clippy::pedantic, missing_docs, missing_debug_implementations)]
#![no_implicit_prelude]

use ::asyncgen::async_generator;
use ::std::string::String;
use ::std::vec::Vec;

/// Shadows `core`.
pub mod core {}
/// Shadows `std`.
pub mod std {}
/// Shadows the prelude's `Option`.
#[derive(Debug)]
pub struct Option;
/// Shadows the prelude's `Result`.
#[derive(Debug)]
pub struct Result;
/// Shadows `Box`.
#[derive(Debug)]
pub struct Box;
/// Shadows `Pin`.
#[derive(Debug)]
pub struct Pin;
/// Shadows `Stream`.
#[derive(Debug)]
pub struct Stream;
/// Shadows `Send`.
#[derive(Debug)]
pub struct Send;

/// Plain.
#[async_generator]
pub async fn plain(n: u32) -> u32 {
    for i in 0..n {
        yield_!(i);
    }
}

/// Fallible, with `?`.
#[async_generator]
pub async fn fallible(texts: Vec<String>) -> ::std::result::Result<u32, ::std::num::ParseIntError> {
    for text in texts {
        yield_!(::std::result::Result::Ok(text.parse::<u32>()?));
    }
}

/// Fallible and endless: nothing after the loop is reachable.
#[async_generator]
pub async fn endless(text: String) -> ::std::result::Result<u32, ::std::num::ParseIntError> {
    loop {
        yield_!(::std::result::Result::Ok(text.parse::<u32>()?));
    }
}

/// Plain and endless.
#[async_generator]
pub async fn forever() -> u32 {
    loop {
        yield_!(1);
    }
}

/// Consumes a stream, delegates to another.
#[async_generator]
pub async fn consuming(n: u32) -> u32 {
    #[for_await]
    for x in plain(n) {
        yield_!(x * 10);
    }
    yield_from!(plain(n));
}

/// Boxed.
#[async_generator(boxed)]
pub async fn boxed(n: u32) -> u32 {
    yield_!(n);
}

/// Boxed, local.
#[async_generator(boxed_local)]
pub async fn boxed_local(n: u32) -> u32 {
    yield_!(n);
}

/// With `Send`.
#[async_generator(Send)]
pub async fn send(n: u32) -> u32 {
    yield_!(n);
}

/// A type with generator methods.
#[derive(Debug)]
pub struct Holder {
    /// The items.
    pub items: Vec<u32>,
}

impl Holder {
    /// Borrowing method.
    #[async_generator]
    pub async fn each(&self) -> &u32 {
        for item in &self.items {
            yield_!(item);
        }
    }

    /// Unused arguments and patterns.
    #[async_generator]
    pub async fn patterns(&mut self, (a, b): (u32, u32), _unused: String) -> u32 {
        self.items.push(a);
        yield_!(a + b);
    }
}

/// A trait with generator methods.
pub trait Source {
    /// Required.
    #[async_generator(Send)]
    async fn items(&self) -> u32;

    /// Provided.
    #[async_generator]
    async fn twice(&self) -> u32 {
        yield_from!(self.items());
        yield_from!(self.items());
    }
}

impl Source for Holder {
    #[async_generator(Send)]
    async fn items(&self) -> u32 {
        for item in &self.items {
            yield_!(*item);
        }
    }
}

/// A two-way generator: `send` adds to the total.
#[async_generator(resume = u32)]
pub async fn total() -> u32 {
    let mut sum = 0;
    loop {
        match yield_!(sum) {
            ::asyncgen::Resume::Next => {}
            ::asyncgen::Resume::Sent(v) => sum += v,
            ::asyncgen::Resume::Close => return,
        }
    }
}

/// A helper that yields through the borrowed handle.
async fn twice_more(y: &mut ::asyncgen::Yielder<'_, u32>, v: u32) {
    y.yield_(v).await;
    y.yield_(v + 1).await;
}

/// An inline generator capturing an argument, with a helper.
pub fn inline(n: u32) -> impl ::futures_core::Stream<Item = u32> {
    ::asyncgen::async_gen!(async move {
        for i in 0..n {
            yield i;
        }
        twice_more(yielder!(), 10).await;
    })
}

#[cfg(test)]
mod tests {
    use super::{Holder, Source, boxed, consuming, fallible, inline, plain, total};
    use ::asyncgen_tests::collect;
    use ::std::borrow::ToOwned;
    use ::std::vec;

    #[test]
    fn every_form_runs() {
        ::std::assert_eq!(collect(plain(2)), [0, 1]);
        ::std::assert_eq!(collect(consuming(2)), [0, 10, 0, 1]);
        ::std::assert_eq!(collect(boxed(4)), [4]);
        let items = collect(fallible(vec!["1".to_owned(), "x".to_owned(), "3".to_owned()]));
        ::std::assert_eq!(items.len(), 2);
        ::std::assert!(items[1].is_err());
        let holder = Holder { items: vec![1, 2] };
        ::std::assert_eq!(collect(holder.twice()), [1, 2, 1, 2]);
        ::std::assert_eq!(collect(inline(1)), [0, 10, 11]);
        let mut g = ::std::boxed::Box::pin(total());
        ::std::assert_eq!(
            ::asyncgen_tests::poll_once(g.as_mut()),
            ::core::task::Poll::Ready(::core::option::Option::Some(0))
        );
    }
}
