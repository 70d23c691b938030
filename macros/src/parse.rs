//! Reads the `async fn` item and checks its signature.

use proc_macro2::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Block, ReturnType, Signature, Token, Type, Visibility};

use crate::args::Flavor;
use crate::errors::Errors;

/// An `async fn` under `#[async_generator]`, with its signature checked.
pub struct Generator {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    /// The signature, `async` removed, return type left as written.
    pub sig: Signature,
    /// `None` for a trait method declared without a default body.
    pub body: Option<Block>,
    /// The body's inner attributes (`#![allow(..)]`), kept on the generated fn's body.
    pub inner_attrs: Vec<Attribute>,
    /// The declared return type: the item type (`()` when omitted).
    pub item_ty: Type,
    /// Whether the item type is written as a `Result`, enabling `?` in the body.
    pub fallible: bool,
}

struct RawFn {
    attrs: Vec<Attribute>,
    vis: Visibility,
    sig: Signature,
    body: Option<Block>,
    inner_attrs: Vec<Attribute>,
}

impl Parse for RawFn {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        let sig: Signature = input.parse()?;
        let mut inner_attrs = Vec::new();
        let body = if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
            None
        } else {
            let content;
            let brace_token = syn::braced!(content in input);
            inner_attrs = content.call(Attribute::parse_inner)?;
            let stmts = content.call(Block::parse_within)?;
            Some(Block { brace_token, stmts })
        };
        Ok(RawFn { attrs, vis, sig, body, inner_attrs })
    }
}

/// Parses `tokens` as an `async fn`; signature problems go to `errors` and the
/// fn is still returned so that it can be emitted with its intended signature.
pub fn parse(tokens: TokenStream, flavor: Flavor, errors: &mut Errors) -> syn::Result<Generator> {
    let attr = flavor.attr();
    let RawFn { attrs, vis, mut sig, body, inner_attrs } = syn::parse2(tokens).map_err(|err| {
        let expected = if flavor == Flavor::Sync { "a `fn`" } else { "an `async fn`" };
        syn::Error::new(err.span(), format!("{attr} expects {expected}: {err}"))
    })?;
    match (flavor, sig.asyncness.take()) {
        (Flavor::Async, None) => {
            let msg = "#[async_generator] requires an `async fn`: write `async fn` \
                       (or, for an `Iterator`, #[sync_generator] on a plain `fn`)";
            errors.push(syn::Error::new_spanned(sig.fn_token, msg));
        }
        (Flavor::Sync, Some(asyncness)) => {
            let msg = "#[sync_generator] takes a plain `fn` and returns an `Iterator`: remove `async` \
                       (or, for a `Stream`, use #[async_generator])";
            errors.push(syn::Error::new_spanned(asyncness, msg));
        }
        _ => {}
    }
    if let Some(constness) = &sig.constness {
        errors.push(syn::Error::new_spanned(constness, format!("{attr} fns cannot be `const`")));
    }
    if let Some(variadic) = &sig.variadic {
        errors.push(syn::Error::new_spanned(variadic, format!("{attr} fns cannot be variadic")));
    }
    let item_ty = match &sig.output {
        ReturnType::Default => syn::parse_quote!(()),
        ReturnType::Type(_, ty) => (**ty).clone(),
    };
    let fallible = is_result(&item_ty);
    Ok(Generator { attrs, vis, sig, body, inner_attrs, item_ty, fallible })
}

/// `Result<T, E>`, `io::Result<T>`, `anyhow::Result<T>`: a path whose last segment is `Result`.
fn is_result(ty: &Type) -> bool {
    match ty {
        Type::Path(path) => path.path.segments.last().is_some_and(|seg| seg.ident == "Result"),
        Type::Group(group) => is_result(&group.elem),
        Type::Paren(paren) => is_result(&paren.elem),
        _ => false,
    }
}
