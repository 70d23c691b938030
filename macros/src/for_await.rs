//! `#[for_await] for pat in stream { .. }`: a loop over a stream's items.

use proc_macro2::Span;
use quote::quote_spanned;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprForLoop};

pub fn has_attr(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("for_await"))
}

/// Removes `#[for_await]` from `attrs`, returning it if present.
pub fn take_attr(attrs: &mut Vec<Attribute>) -> Option<Attribute> {
    let pos = attrs.iter().position(|a| a.path().is_ident("for_await"))?;
    Some(attrs.remove(pos))
}

/// Input: `'label: for pat in expr { body }` (already rewritten inside).
/// Output: the stream pinned in the body's state, then a `while let` that awaits
/// each item; `break` / `continue` / the label keep their meaning.
pub fn rewrite(f: &ExprForLoop) -> Expr {
    let ExprForLoop { attrs, label, pat, expr, body, for_token, .. } = f;
    // Glue is hygienic and marked as macro-made (so lints skip it), but located
    // at the user's tokens for error messages.
    let glue = Span::mixed_site().located_at(for_token.span);
    let at_expr = Span::mixed_site().located_at(expr.span());
    let stream = syn::Ident::new("__stream", at_expr);
    let next = quote_spanned!(at_expr=> ::asyncgen::__private::next(#stream.as_mut()).await);
    syn::parse_quote_spanned! {glue=>
        #(#attrs)*
        {
            let mut #stream = ::core::pin::pin!(#expr);
            #label while let ::core::option::Option::Some(#pat) = #next #body
        }
    }
}
