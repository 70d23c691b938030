//! The attribute's arguments: `boxed`, `boxed_local`, `Send`.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Ident, Token};

use crate::errors::Errors;

/// How the generated fn returns its stream.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// `impl Stream<Item = T> + FusedStream`, `+ Send` when `send` is set.
    Impl { send: bool },
    /// `Pin<Box<dyn Stream<Item = T> + Send + '_>>`.
    Boxed,
    /// `Pin<Box<dyn Stream<Item = T> + '_>>`.
    BoxedLocal,
}

/// Parsed attribute arguments; `span` is the argument's token for error reporting.
#[derive(Debug)]
pub struct Args {
    pub shape: Shape,
    /// The `boxed` / `boxed_local` token, for the missing-`alloc` error.
    pub boxed_span: Option<Span>,
}

impl Default for Args {
    fn default() -> Self {
        Args { shape: Shape::Impl { send: false }, boxed_span: None }
    }
}

/// Parses `boxed`, `boxed_local`, `Send`, comma-separated; every problem is reported,
/// and the parse still yields usable defaults so the fn keeps its signature.
pub fn parse(tokens: TokenStream) -> (Args, Option<syn::Error>) {
    let idents = match Punctuated::<Ident, Token![,]>::parse_terminated.parse2(tokens) {
        Ok(idents) => idents,
        Err(err) => {
            let msg = format!("#[async_generator] arguments are identifiers: {}", help());
            return (Args::default(), Some(syn::Error::new(err.span(), msg)));
        }
    };
    let mut errors = Errors::default();
    let (mut boxed, mut boxed_local, mut send): (Option<Ident>, Option<Ident>, Option<Ident>) =
        (None, None, None);
    for ident in idents {
        let seen = match ident.to_string().as_str() {
            "boxed" => &mut boxed,
            "boxed_local" => &mut boxed_local,
            "Send" => &mut send,
            other => {
                let msg = format!("unknown #[async_generator] argument `{other}`: {}", help());
                errors.push(syn::Error::new(ident.span(), msg));
                continue;
            }
        };
        if seen.is_some() {
            errors.push(syn::Error::new(
                ident.span(),
                format!("duplicate #[async_generator] argument `{ident}`"),
            ));
        } else {
            *seen = Some(ident);
        }
    }
    if let (Some(_), Some(second)) = (&boxed, &boxed_local) {
        let msg = "#[async_generator] takes `boxed` or `boxed_local`, not both";
        errors.push(syn::Error::new(second.span(), msg));
    }
    if let (Some(boxed), Some(send)) = (boxed.as_ref().or(boxed_local.as_ref()), &send) {
        let msg =
            format!("`Send` has no effect with `{boxed}`: `boxed` is always `Send`, `boxed_local` never");
        errors.push(syn::Error::new(send.span(), msg));
    }
    let shape = match (&boxed, &boxed_local) {
        (Some(_), _) => Shape::Boxed,
        (None, Some(_)) => Shape::BoxedLocal,
        (None, None) => Shape::Impl { send: send.is_some() },
    };
    let boxed_span = boxed.or(boxed_local).map(|i| i.span());
    (Args { shape, boxed_span }, errors.into_error())
}

fn help() -> &'static str {
    "expected `boxed`, `boxed_local` or `Send`"
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let (args, err) = parse(input.parse()?);
        err.map_or(Ok(args), Err)
    }
}

/// Takes the `#[async_generator(..)]` attribute off an item given to `async_gen!`,
/// returning its arguments (empty if absent) and the remaining item.
pub fn split_from_item(item: TokenStream) -> syn::Result<(TokenStream, TokenStream)> {
    use quote::ToTokens;
    let parser = |input: ParseStream<'_>| {
        let attrs = input.call(syn::Attribute::parse_outer)?;
        let rest: TokenStream = input.parse()?;
        Ok((attrs, rest))
    };
    let (attrs, rest) = parser.parse2(item)?;
    let mut args = TokenStream::new();
    let mut kept = TokenStream::new();
    let mut seen = false;
    for attr in attrs {
        if attr.path().is_ident("async_generator") {
            if seen {
                return Err(syn::Error::new_spanned(attr, "duplicate #[async_generator] attribute"));
            }
            seen = true;
            if let syn::Meta::List(list) = &attr.meta {
                args = list.tokens.clone();
            }
        } else {
            attr.to_tokens(&mut kept);
        }
    }
    kept.extend(rest);
    Ok((args, kept))
}
