//! The vocabulary shared by the syntax-tree visitor (`body`), the token-level
//! rewriter (`tokens`) and `for_await`: yield spellings, scopes, and which
//! macro paths are ours.

use proc_macro2::{Span, TokenStream};
use syn::{Attribute, Macro, Path};

/// Where a yield would land relative to the generator's own body.
#[derive(Clone, Copy)]
pub enum Scope {
    Body,
    Nested(&'static str),
}

/// The yield spellings, recognised by their last path segment when written bare
/// or under `asyncgen::`, and the keyword.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ours {
    Yield,
    Keyword,
    YieldFrom,
    /// `yielder!()`: the body's own handle, for helpers that yield.
    Yielder,
}

impl Ours {
    /// How the user wrote it, for messages.
    pub fn spelling(self) -> &'static str {
        match self {
            Ours::Yield => "yield_!",
            Ours::Keyword => "yield",
            Ours::YieldFrom => "yield_from!",
            Ours::Yielder => "yielder!",
        }
    }

    /// The yield macro named `name`, if any.
    pub fn from_macro_name(name: &str) -> Option<Ours> {
        match name {
            "yield_" => Some(Ours::Yield),
            "yield_from" => Some(Ours::YieldFrom),
            "yielder" => Some(Ours::Yielder),
            _ => None,
        }
    }
}

/// What the token-level rewriter asks of the body rewriter.
pub trait Points {
    /// The lowered yield of `kind` at `span`, or an error if `scope` cannot yield.
    fn point(&mut self, kind: Ours, operand: &TokenStream, span: Span, scope: Scope) -> TokenStream;
    /// Whether `return;` in the body must become `return Ok(())`.
    fn fallible(&self) -> bool;
    /// `return Ok(())` at `span`.
    fn return_ok(&self, span: Span) -> TokenStream;
    /// An `.await` at `span` in the body itself: an error in a sync generator.
    fn await_point(&mut self, span: Span);
}

/// `name` written bare or as `asyncgen::name`: only those are ours.
pub fn is_our_path(path: &Path, name: &str) -> bool {
    let segs = &path.segments;
    let bare = segs.len() == 1 && path.leading_colon.is_none();
    let qualified = segs.len() == 2 && segs[0].ident == "asyncgen";
    (bare || qualified) && segs.last().is_some_and(|s| s.ident == name && s.arguments.is_none())
}

pub fn ours(mac: &Macro) -> Option<Ours> {
    let last = mac.path.segments.last()?;
    let kind = Ours::from_macro_name(&last.ident.to_string())?;
    is_our_path(&mac.path, &last.ident.to_string()).then_some(kind)
}

/// An inner generator: its own macro expands it later, so its yields are its own.
pub fn is_generator_attr(attr: &Attribute) -> bool {
    is_our_path(attr.path(), "async_generator") || is_our_path(attr.path(), "sync_generator")
}

/// `async_gen!(..)` / `sync_gen!(..)`: an inner generator, left for its own
/// expansion. Under any path, since a re-export (`my_lib::async_gen!`) is as much ours.
pub fn is_async_gen(mac: &Macro) -> bool {
    mac.path
        .segments
        .last()
        .is_some_and(|s| (s.ident == "async_gen" || s.ident == "sync_gen") && s.arguments.is_none())
}

/// The message for a yield inside something that is not the generator's own body.
pub fn misplaced(kind: Ours, what: &str, attr: &str) -> String {
    format!("`{}` cannot be used inside {what}: only the {attr} fn's own body can yield", kind.spelling())
}
