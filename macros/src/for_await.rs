//! `#[for_await] for pat in stream { .. }`: a loop over a stream's items.

use crate::errors::Emit;
use proc_macro2::{Delimiter, Group, Span};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{AttrStyle, Attribute, Expr, ExprForLoop, Pat, PatIdent, Stmt};

use crate::scope::{Ours, ours};

pub fn has_attr(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("for_await"))
}

/// Removes `#[for_await]` from `attrs`, returning it if present.
pub fn take_attr(attrs: &mut Vec<Attribute>) -> Option<Attribute> {
    let pos = attrs.iter().position(|a| a.path().is_ident("for_await"))?;
    Some(attrs.remove(pos))
}

/// Takes `#[for_await]` off an expression that is not a `for` loop, for an error.
pub fn take_misplaced(expr: &mut Expr) -> Option<Attribute> {
    let attrs = match expr {
        Expr::While(e) => &mut e.attrs,
        Expr::Loop(e) => &mut e.attrs,
        Expr::If(e) => &mut e.attrs,
        Expr::Match(e) => &mut e.attrs,
        Expr::Block(e) => &mut e.attrs,
        Expr::Unsafe(e) => &mut e.attrs,
        Expr::Call(e) => &mut e.attrs,
        Expr::MethodCall(e) => &mut e.attrs,
        Expr::Macro(e) => &mut e.attrs,
        Expr::Async(e) => &mut e.attrs,
        Expr::Closure(e) => &mut e.attrs,
        Expr::Await(e) => &mut e.attrs,
        Expr::Path(e) => &mut e.attrs,
        _ => return None,
    };
    take_attr(attrs)
}

/// `#[for_await(..)]` / `#[for_await = ..]`: the attribute takes no arguments.
pub fn check_no_args(attr: &Attribute) -> Option<syn::Error> {
    let msg = "#[for_await] takes no arguments: write `#[for_await]`";
    match &attr.meta {
        syn::Meta::Path(_) => None,
        syn::Meta::List(list) if list.tokens.is_empty() => {
            Some(syn::Error::new(list.delimiter.span().join(), msg))
        }
        syn::Meta::List(list) => Some(syn::Error::new_spanned(&list.tokens, msg)),
        syn::Meta::NameValue(nv) => Some(syn::Error::new_spanned(&nv.value, msg)),
    }
}

/// The error for `#[for_await]` on anything but a `for` loop.
pub fn misplaced(attr: &Attribute) -> syn::Error {
    syn::Error::new_spanned(attr, "#[for_await] goes on a `for` loop: `#[for_await] for x in stream { .. }`")
}

/// `x` when the loop is exactly `for x in s { yield_!(x) }` (or `yield x`), with
/// no label and no other attribute: such a loop is a delegation.
pub fn reyielded_var(f: &ExprForLoop) -> Option<syn::Ident> {
    let Pat::Ident(PatIdent { by_ref: None, mutability: None, ident, subpat: None, attrs }) = &*f.pat else {
        return None;
    };
    if f.label.is_some() || !f.attrs.is_empty() || !attrs.is_empty() {
        return None;
    }
    let [stmt] = f.body.stmts.as_slice() else { return None };
    let yielded = match stmt {
        Stmt::Macro(m) if m.attrs.is_empty() && ours(&m.mac) == Some(Ours::Yield) => {
            m.mac.parse_body::<Expr>().ok()?
        }
        Stmt::Expr(Expr::Macro(m), _) if m.attrs.is_empty() && ours(&m.mac) == Some(Ours::Yield) => {
            m.mac.parse_body::<Expr>().ok()?
        }
        Stmt::Expr(Expr::Yield(y), _) if y.attrs.is_empty() => *y.expr.clone()?,
        _ => return None,
    };
    match yielded {
        Expr::Path(p) if p.attrs.is_empty() && p.qself.is_none() && p.path.is_ident(ident) => {
            Some(ident.clone())
        }
        _ => None,
    }
}

/// Input: `'label: for pat in expr { body }` (already rewritten inside).
/// Output: the stream pinned in the body's state, then a `while let` that awaits
/// each item; `break` / `continue` / the label keep their meaning.
pub fn rewrite(f: &ExprForLoop, krate: Option<&syn::Path>) -> Expr {
    let ExprForLoop { attrs, label, pat, expr, body, for_token, .. } = f;
    // syn keeps the body's inner attributes (`#![allow(..)]`, `//!`) with the
    // loop's outer ones: they go back inside the loop body.
    let (inner, outer): (Vec<&Attribute>, Vec<&Attribute>) =
        attrs.iter().partition(|a| matches!(a.style, AttrStyle::Inner(_)));
    // Glue is hygienic and marked as macro-made (so lints skip it), but located
    // at the user's tokens for error messages.
    let glue = Span::mixed_site().located_at(for_token.span);
    let at_expr = Span::mixed_site().located_at(expr.span());
    let stream = syn::Ident::new("__stream", at_expr);
    let private = crate::args::private_path(krate, at_expr);
    let next = quote_spanned!(at_expr=> #private::next(#stream.as_mut()).await);
    let stmts = &body.stmts;
    let mut loop_body = Group::new(Delimiter::Brace, quote!(#(#inner)* #(#stmts)*));
    loop_body.set_span(body.brace_token.span.join());
    let inner = quote_spanned! {glue=>
        let mut #stream = #private::pin!(#expr);
        #label while let #private::Some(#pat) = #next #loop_body;
    };
    // Braces at the loop body's plain span: as a block's tail, the rewrite then
    // reads as user code ending in `}` (clippy's `semicolon_if_nothing_returned`).
    let mut block = Group::new(Delimiter::Brace, inner);
    block.set_span(body.brace_token.span.join());
    let tokens = quote_spanned!(glue=> #(#outer)* #block);
    syn::parse2(tokens).unwrap_or_else(|err| {
        let err = err.emit();
        syn::parse_quote!({ #err })
    })
}
