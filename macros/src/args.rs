//! The attribute's arguments: `boxed`, `boxed_local`, `Send`, `crate = path`,
//! `resume = R`.

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

/// Which back end expands the body: the same parse, scan and rewrite serve both.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    /// `#[async_generator]` / `async_gen!`: a `Stream`.
    Async,
    /// `#[sync_generator]` / `sync_gen!`: an `Iterator`; the body cannot `.await`.
    Sync,
}

impl Flavor {
    /// The attribute, as messages name it.
    pub fn attr(self) -> &'static str {
        match self {
            Flavor::Async => "#[async_generator]",
            Flavor::Sync => "#[sync_generator]",
        }
    }

    /// The attribute with its article, as in "`?` in an `#[async_generator]`".
    pub fn an_attr(self) -> &'static str {
        match self {
            Flavor::Async => "an #[async_generator]",
            Flavor::Sync => "a #[sync_generator]",
        }
    }

    /// The attribute's name, without `#[..]`.
    pub fn attr_name(self) -> &'static str {
        match self {
            Flavor::Async => "async_generator",
            Flavor::Sync => "sync_generator",
        }
    }
}

/// Parsed attribute arguments; `span` is the argument's token for error reporting.
pub struct Args {
    pub flavor: Flavor,
    pub shape: Shape,
    /// The `boxed` / `boxed_local` token, for the missing-`alloc` error.
    pub boxed_span: Option<Span>,
    /// `crate = path`: where the runtime is, for crates that re-export it.
    pub krate: Option<syn::Path>,
    /// `resume = R`: a two-way generator whose yields evaluate to `Resume<R>`.
    pub resume: Option<syn::Type>,
}

impl Default for Args {
    fn default() -> Self {
        Args {
            flavor: Flavor::Async,
            shape: Shape::Impl { send: false },
            boxed_span: None,
            krate: None,
            resume: None,
        }
    }
}

impl Args {
    /// The path of the runtime's hidden module, `::asyncgen::__private` unless
    /// `crate = path` says otherwise: every generated path to the runtime starts here.
    pub fn private(&self, span: Span) -> TokenStream {
        private_path(self.krate.as_ref(), span)
    }
}

/// [`Args::private`], for code that has the path but not the arguments. The
/// expansion names even `core`'s items through it (`Pin`, `Send`, `Some`, `Ok`):
/// `::core` itself may be another crate (`extern crate x as core;` in the user's
/// root), the runtime's re-exports never are.
pub fn private_path(krate: Option<&syn::Path>, span: Span) -> TokenStream {
    if let Some(path) = krate {
        quote::quote!(#path::__private)
    } else {
        quote::quote_spanned!(span=> ::asyncgen::__private)
    }
}

/// One argument: a bare identifier, or `name = value`.
enum Arg {
    Flag(Ident),
    Crate(Ident, syn::Path),
    Resume(Ident, syn::Type),
    Other(Ident, syn::Expr),
}

impl Parse for Arg {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        use syn::ext::IdentExt;
        let ident = input.call(Ident::parse_any)?;
        if !input.peek(Token![=]) {
            return Ok(Arg::Flag(ident));
        }
        input.parse::<Token![=]>()?;
        if ident == "resume" {
            return Ok(Arg::Resume(ident, input.parse()?));
        }
        if ident != "crate" {
            return Ok(Arg::Other(ident, input.parse()?));
        }
        // `crate = path`, or `crate = "path"` as serde and tokio spell it.
        let path = if input.peek(syn::LitStr) {
            input.parse::<syn::LitStr>()?.parse()?
        } else {
            input.call(syn::Path::parse_mod_style)?
        };
        Ok(Arg::Crate(ident, path))
    }
}

/// Parses `boxed`, `boxed_local`, `Send`, comma-separated; every problem is reported,
/// and the parse still yields usable defaults so the fn keeps its signature.
pub fn parse(tokens: TokenStream, flavor: Flavor) -> (Args, Option<syn::Error>) {
    let attr = flavor.attr();
    let default = Args { flavor, ..Args::default() };
    let items = match Punctuated::<Arg, Token![,]>::parse_terminated.parse2(tokens) {
        Ok(items) => items,
        Err(err) => {
            let msg = format!("malformed {attr} argument: {}", help());
            return (default, Some(syn::Error::new(err.span(), msg)));
        }
    };
    let mut errors = Errors::default();
    let (mut boxed, mut boxed_local, mut send): (Option<Ident>, Option<Ident>, Option<Ident>) =
        (None, None, None);
    let mut krate: Option<(Ident, syn::Path)> = None;
    let mut resume: Option<syn::Type> = None;
    for item in items {
        let ident = match item {
            Arg::Flag(ident) if ident == "resume" => {
                let msg = format!("{attr} argument `resume` needs the type `send` takes: `resume = R`");
                errors.push(syn::Error::new(ident.span(), msg));
                continue;
            }
            Arg::Flag(ident) => ident,
            Arg::Resume(ident, ty) => {
                if flavor == Flavor::Sync {
                    let msg = format!("{attr} takes no `resume`: `send` is for async generators");
                    errors.push(syn::Error::new(ident.span(), msg));
                } else if resume.is_some() {
                    errors.push(syn::Error::new(ident.span(), format!("duplicate {attr} argument `resume`")));
                } else {
                    resume = Some(ty);
                }
                continue;
            }
            Arg::Crate(ident, path) => {
                if krate.is_some() {
                    errors.push(syn::Error::new(ident.span(), format!("duplicate {attr} argument `crate`")));
                } else {
                    krate = Some((ident, path));
                }
                continue;
            }
            Arg::Other(ident, value) => {
                if matches!(ident.to_string().as_str(), "boxed" | "boxed_local" | "Send") {
                    let msg = format!("{attr} argument `{ident}` takes no value: write `{ident}`");
                    errors.push(syn::Error::new_spanned(value, msg));
                } else {
                    let msg = format!("unknown {attr} argument `{ident}`: {}", help());
                    errors.push(syn::Error::new(ident.span(), msg));
                }
                continue;
            }
        };
        let seen = match ident.to_string().as_str() {
            "boxed" => &mut boxed,
            "boxed_local" => &mut boxed_local,
            "Send" => &mut send,
            other => {
                let msg = format!("unknown {attr} argument `{other}`: {}", help());
                errors.push(syn::Error::new(ident.span(), msg));
                continue;
            }
        };
        if seen.is_some() {
            errors.push(syn::Error::new(ident.span(), format!("duplicate {attr} argument `{ident}`")));
        } else {
            *seen = Some(ident);
        }
    }
    if let (Some(_), Some(second)) = (&boxed, &boxed_local) {
        let msg = format!("{attr} takes `boxed` or `boxed_local`, not both");
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
    let krate = krate.map(|(_, path)| path);
    (Args { flavor, shape, boxed_span, krate, resume }, errors.into_error())
}

fn help() -> &'static str {
    "expected `boxed`, `boxed_local`, `Send`, `resume = R` or `crate = path`"
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let (args, err) = parse(input.parse()?, Flavor::Async);
        err.map_or(Ok(args), Err)
    }
}

/// Takes the `#[async_generator(..)]` attribute off an item given to `async_gen!`,
/// returning its arguments (empty if absent), the remaining item, and the error
/// for a malformed attribute (the item is still expanded, with default arguments).
pub fn split_from_item(
    item: TokenStream,
    flavor: Flavor,
) -> syn::Result<(TokenStream, TokenStream, Option<syn::Error>)> {
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
    let mut error = None;
    for attr in attrs {
        if attr.path().is_ident(flavor.attr_name()) {
            if seen {
                let msg = format!("duplicate {} attribute", flavor.attr());
                return Err(syn::Error::new_spanned(attr, msg));
            }
            seen = true;
            match &attr.meta {
                syn::Meta::List(list) => args = list.tokens.clone(),
                syn::Meta::NameValue(nv) => {
                    let name = flavor.attr_name();
                    let msg = format!("malformed #[{name}] attribute: write `#[{name}(..)]`");
                    error = Some(syn::Error::new_spanned(&nv.value, msg));
                }
                syn::Meta::Path(_) => {}
            }
        } else {
            attr.to_tokens(&mut kept);
        }
    }
    kept.extend(rest);
    Ok((args, kept, error))
}
