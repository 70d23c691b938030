//! What the macro's expansion names. Not public API: no stability promised.

pub use asyncgen_macros::{async_gen, sync_gen};
pub use core;
// `core`'s items the expansion names, through this crate: a user's root may
// rebind `::core` (`extern crate x as core;`).
pub use core::convert::identity;
pub use core::iter::{IntoIterator, Iterator};
pub use core::marker::Send;
pub use core::option::Option::Some;
pub use core::pin::{Pin, pin};
pub use core::result::Result::Ok;
pub use futures_core::{FusedStream, Stream};

pub use crate::async_generator::AsyncGenerator;
pub use crate::machine::{generator, try_generator};
pub use crate::output::{BodyOutput, IntoItem};
pub use crate::resume::Resume;
pub use crate::stream_ops::{MapItem, Next, Same, With, YieldFrom, next};
#[cfg(target_has_atomic = "ptr")]
pub use crate::sync_generator::SyncGenerator;
#[cfg(target_has_atomic = "ptr")]
pub use crate::sync_machine::{SyncBody, SyncYield, SyncYieldFrom, SyncYielder, sync_body, sync_try_body};
pub use crate::yielder::{Yield, Yielder};

/// Lets an `impl Trait` return type capture lifetimes in edition 2021 (where only
/// lifetimes named in its bounds are captured) as well as in 2024.
pub trait Captures<T: ?Sized> {}
impl<T: ?Sized, U: ?Sized> Captures<T> for U {}

#[cfg(feature = "alloc")]
mod boxed {
    pub use alloc::boxed::Box;
    use core::pin::Pin;
    use futures_core::Stream;

    /// Boxes a generator for `#[async_generator(boxed)]`.
    #[inline]
    pub fn boxed<'a, S: Stream + Send + 'a>(s: S) -> Pin<Box<dyn Stream<Item = S::Item> + Send + 'a>> {
        Box::pin(s)
    }

    /// Boxes a generator for `#[async_generator(boxed_local)]`.
    #[inline]
    pub fn boxed_local<'a, S: Stream + 'a>(s: S) -> Pin<Box<dyn Stream<Item = S::Item> + 'a>> {
        Box::pin(s)
    }

    /// Boxes a two-way generator for `#[async_generator(boxed, resume = R)]`.
    #[inline]
    pub fn boxed_two_way<'a, R, G>(g: G) -> Pin<Box<dyn AsyncGenerator<R, Item = G::Item> + Send + 'a>>
    where
        G: AsyncGenerator<R> + Send + 'a,
    {
        Box::pin(g)
    }

    /// Boxes a two-way generator for `#[async_generator(boxed_local, resume = R)]`.
    #[inline]
    pub fn boxed_local_two_way<'a, R, G>(g: G) -> Pin<Box<dyn AsyncGenerator<R, Item = G::Item> + 'a>>
    where
        G: AsyncGenerator<R> + 'a,
    {
        Box::pin(g)
    }

    #[cfg(target_has_atomic = "ptr")]
    pub use crate::sync_generator::{boxed_local_sync as sync_boxed_local, boxed_sync as sync_boxed};

    use crate::AsyncGenerator;
}
#[cfg(feature = "alloc")]
pub use boxed::{Box, boxed, boxed_local, boxed_local_two_way, boxed_two_way};
#[cfg(all(feature = "alloc", target_has_atomic = "ptr"))]
pub use boxed::{sync_boxed, sync_boxed_local};

/// Stand-ins without the `alloc` feature, so that `#[async_generator(boxed)]`
/// fails with one error naming the feature rather than several unresolved paths.
#[cfg(not(feature = "alloc"))]
mod needs_alloc {
    /// Implemented by nothing: the `alloc` feature is off.
    #[diagnostic::on_unimplemented(
        message = "`#[async_generator(boxed)]` and `boxed_local` need the `alloc` feature of `asyncgen`",
        label = "needs the `alloc` feature",
        note = "enable it in Cargo.toml: `asyncgen = {{ version = \"..\", features = [\"alloc\"] }}`"
    )]
    pub trait AllocFeature {
        /// What would be a `Box<Self>`.
        type Boxed;
    }

    /// The boxed stream type of a generator; resolves only with `alloc`.
    pub type Box<T> = <T as AllocFeature>::Boxed;

    /// Never called: its return type, a [`Box`], does not exist without `alloc`.
    #[must_use]
    pub fn boxed<S, R>(_: S) -> R {
        unreachable!("asyncgen: `boxed` without the `alloc` feature")
    }

    /// Never called: its return type, a [`Box`], does not exist without `alloc`.
    #[must_use]
    pub fn boxed_local<S, R>(_: S) -> R {
        unreachable!("asyncgen: `boxed_local` without the `alloc` feature")
    }

    pub use boxed as boxed_two_way;
    pub use boxed as sync_boxed;
    pub use boxed_local as boxed_local_two_way;
    pub use boxed_local as sync_boxed_local;
}
#[cfg(not(feature = "alloc"))]
pub use needs_alloc::{
    AllocFeature, Box, boxed, boxed_local, boxed_local_two_way, boxed_two_way, sync_boxed, sync_boxed_local,
};
