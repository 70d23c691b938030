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
