//! What a finished body contributes to the stream: nothing, or a final error item.

/// The output of a generator body, turned into an optional last item.
///
/// `()` for plain generators; `Result<(), E>` for generators whose item type is
/// a `Result<_, E>`, where an `Err` (from `?` or `return Err(..)`) becomes the
/// last item.
pub trait BodyOutput<T> {
    /// The item to yield before the stream ends, if any.
    fn last_item(self) -> Option<T>;
}

impl<T> BodyOutput<T> for () {
    #[inline]
    fn last_item(self) -> Option<T> {
        None
    }
}

impl<T, E> BodyOutput<Result<T, E>> for Result<(), E> {
    #[inline]
    fn last_item(self) -> Option<Result<T, E>> {
        self.err().map(Err)
    }
}

/// What `yield_!(v)` accepts in a generator of `Result<T, E>` items: a `Result`,
/// yielded as it is, or a plain `T`, yielded as `Ok(v)`.
#[diagnostic::on_unimplemented(
    message = "a generator of `{I}` items cannot yield a `{Self}`",
    label = "expected `{I}`, or the value inside its `Ok`"
)]
pub trait IntoItem<I> {
    /// The item.
    fn into_item(self) -> I;
}

impl<I> IntoItem<I> for I {
    #[inline]
    fn into_item(self) -> I {
        self
    }
}

// Does not overlap the impl above: that would need `T = Result<T, E>`.
impl<T, E> IntoItem<Result<T, E>> for T {
    #[inline]
    fn into_item(self) -> Result<T, E> {
        Ok(self)
    }
}
