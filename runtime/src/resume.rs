//! What a yield evaluates to: nothing in a plain generator, a [`Resume`] in a
//! two-way one.

/// How a two-way generator's consumer resumed a pending yield.
///
/// In a generator declared with `resume = R`, every `yield_!(v)` / `yield v`
/// evaluates to this (PEP 525: the value of a `yield` expression).
#[must_use = "a discarded `Resume` ignores `Close`: match on it, or use `let _ =` to mean it"]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resume<R> {
    /// Resumed by `next()` / `poll_next` (Python's `__anext__()`).
    Next,
    /// Resumed by [`send(v)`](crate::AsyncGenerator::send) (Python's `asend(v)`).
    Sent(R),
    /// Resumed by [`close()`](crate::AsyncGenerator::close) (Python's `aclose()`):
    /// clean up, `.await`ing if needed, and return.
    Close,
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for () {}
    impl<R> Sealed for super::Resume<R> {}
}

/// The type a yield evaluates to: `()` for plain generators, [`Resume<R>`] for
/// two-way ones. Sealed: only those two implement it.
pub trait YieldOutput: sealed::Sealed + Sized {
    /// The value [`send`](crate::AsyncGenerator::send) takes: `()` for plain generators.
    type Arg;
    /// Whether yields see [`Resume::Close`]; when not, `close()` drops the body.
    #[doc(hidden)]
    const TWO_WAY: bool;
    /// Builds the yield's value from what the consumer resumed it with.
    #[doc(hidden)]
    fn from_resume(resume: Option<Resume<Self::Arg>>) -> Self;
}

impl YieldOutput for () {
    type Arg = ();
    const TWO_WAY: bool = false;
    #[inline(always)]
    fn from_resume(_: Option<Resume<()>>) {}
}

impl<R> YieldOutput for Resume<R> {
    type Arg = R;
    const TWO_WAY: bool = true;
    #[inline]
    fn from_resume(resume: Option<Resume<R>>) -> Self {
        resume.unwrap_or(Resume::Next)
    }
}
