//! `async_gen!(async move { .. })`: a generator as an expression, capturing as
//! that async block would (async-stream's `stream!` use case). The same rewrite
//! and expansion as a generator fn; only the edges differ.

use crate::errors::Emit;
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use syn::visit_mut::VisitMut;
use syn::{Attribute, ExprAsync, Type};

use crate::args::{Args, Flavor, Shape};
use crate::body::Rewriter;
use crate::expand::{make_body_closure, make_stream};
use crate::scope::Scope;
use crate::yields::Ctx;

/// Whether `tokens` (attributes already taken off) are `async {..}` / `async move {..}`,
/// or for `sync_gen!`, also `{..}` / `move {..}`.
pub fn is_inline(flavor: Flavor, tokens: &TokenStream) -> bool {
    let mut iter = tokens.clone().into_iter();
    if flavor == Flavor::Sync {
        let first = iter.next();
        let block = |tt: Option<TokenTree>| matches!(tt, Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Brace);
        return match first {
            Some(TokenTree::Ident(i)) if i == "move" => block(iter.next()),
            Some(TokenTree::Ident(i)) if i == "async" => is_inline(Flavor::Async, tokens),
            first => block(first),
        };
    }
    let is_async = matches!(iter.next(), Some(TokenTree::Ident(i)) if i == "async");
    is_async
        && match iter.next() {
            Some(TokenTree::Ident(i)) => i == "move",
            Some(TokenTree::Group(g)) => g.delimiter() == proc_macro2::Delimiter::Brace,
            _ => false,
        }
}

/// Input: `async move { body }` and the `#[async_generator(..)]` arguments.
/// Output: the generator expression, `generator(async move |mut __co| { body })`.
pub fn expand(args: &Args, tokens: TokenStream) -> syn::Result<TokenStream> {
    let mut errors = crate::errors::Errors::default();
    let tokens = if args.flavor == Flavor::Sync { as_async_block(tokens, &mut errors) } else { tokens };
    let ExprAsync { attrs, capture, mut block, .. } = syn::parse2(tokens).map_err(|err| {
        let msg = match args.flavor {
            Flavor::Async => {
                format!("async_gen! expects an `async fn` item or an `async move {{ .. }}` block: {err}")
            }
            Flavor::Sync => format!("sync_gen! expects a `fn` item or a `move {{ .. }}` block: {err}"),
        };
        syn::Error::new(err.span(), msg)
    })?;
    if let Shape::Impl { send: true } = args.shape {
        let msg =
            "`Send` is for generator fns: an inline generator's type already shows whether it is `Send`";
        errors.push(syn::Error::new(Span::call_site(), msg));
    }
    let fallible = crate::scan::fallible(quote!(#block));
    let infer = Type::Infer(syn::TypeInfer { underscore_token: syn::token::Underscore::default() });
    let mut ctx = Ctx::new(infer, fallible, args);
    Rewriter { ctx: &mut ctx, scope: Scope::Body }.visit_block_mut(&mut block);
    let capture = quote!(#capture);
    let body = make_body_closure(&ctx, &[], &block.stmts, &capture);
    let generator = make_stream(args, fallible, &body);
    let output = with_attrs(&attrs, generator);
    Ok(match errors.into_error() {
        Some(err) => with_errors(&err.emit(), &output),
        None => output,
    })
}

/// The generator expression, after the errors as statements: an expression is
/// what the macro must expand to, for an inline generator.
pub fn with_errors(errors: &TokenStream, expr: &TokenStream) -> TokenStream {
    if errors.is_empty() { expr.clone() } else { quote!({ #errors #expr }) }
}

/// `sync_gen!(move { .. })` → `async move { .. }`, the body closure's shape. An
/// `async` block written there is an error: it would be a `Stream`.
fn as_async_block(tokens: TokenStream, errors: &mut crate::errors::Errors) -> TokenStream {
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    // Past outer attributes: `#` then `[..]` pairs.
    let mut at = 0;
    while matches!(trees.get(at), Some(TokenTree::Punct(p)) if p.as_char() == '#') {
        at += 2;
    }
    if let Some(TokenTree::Ident(i)) = trees.get(at) {
        if i == "async" {
            let msg = "sync_gen! takes `move { .. }` or `{ .. }`: remove `async` (or, for a `Stream`, use async_gen!)";
            errors.push(syn::Error::new(i.span(), msg));
            return trees.into_iter().collect();
        }
    }
    let span = trees.get(at).map_or_else(Span::call_site, TokenTree::span);
    trees.insert(at, TokenTree::Ident(proc_macro2::Ident::new("async", span)));
    trees.into_iter().collect()
}

/// Lint attributes (`#[allow(..)]`, also written inside as `#![allow(..)]`) go on a
/// `let`, the one stable place for an attribute around an expression.
fn with_attrs(attrs: &[Attribute], generator: TokenStream) -> TokenStream {
    if attrs.is_empty() {
        return generator;
    }
    let attrs = attrs.iter().map(|attr| {
        let meta = &attr.meta;
        quote!(#[#meta])
    });
    let name = syn::Ident::new("__generator", Span::mixed_site());
    quote!({ #(#attrs)* let #name = #generator; #name })
}
