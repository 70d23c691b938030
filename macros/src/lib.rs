//! Procedural macros of [`asyncgen`](https://docs.rs/asyncgen). Use that crate:
//! it re-exports these and holds the runtime they expand to.
#![forbid(unsafe_code)]

mod args;
mod body;
mod errors;
mod expand;
mod for_await;
mod inline;
mod keywords;
mod krate;
mod lifetimes;
mod parse;
mod scan;
mod scope;
mod stack;
mod tokens;
mod yields;

#[cfg(test)]
mod tests;

use crate::errors::Emit;
use proc_macro2::TokenStream;

use crate::args::Flavor;

/// Turns an `async fn` that yields into a fn returning a `Stream`.
///
/// See the `asyncgen` crate for the manual.
#[proc_macro_attribute]
pub fn async_generator(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    attribute(Flavor::Async, args, item)
}

/// The function-like twin of `#[async_generator]`: one `async fn` item, where the
/// real `yield` and `for await` keywords work on stable.
///
/// See the `asyncgen` crate for the manual.
#[proc_macro]
pub fn async_gen(item: proc_macro::TokenStream) -> proc_macro::TokenStream {
    function_like(Flavor::Async, item)
}

/// Turns a plain `fn` that yields into a fn returning an `Iterator`.
///
/// See the `asyncgen` crate for the manual.
#[proc_macro_attribute]
pub fn sync_generator(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    attribute(Flavor::Sync, args, item)
}

/// The function-like twin of `#[sync_generator]`: one `fn` item with the real
/// `yield` keyword, or an inline `sync_gen!(move { .. })` expression.
///
/// See the `asyncgen` crate for the manual.
#[proc_macro]
pub fn sync_gen(item: proc_macro::TokenStream) -> proc_macro::TokenStream {
    function_like(Flavor::Sync, item)
}

/// Either attribute, on a stack deep enough for the body.
fn attribute(
    flavor: Flavor,
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    let (args, item) = (args.into(), item.into());
    let depth = stack::depth_estimate(&args) + stack::depth_estimate(&item);
    stack::with_enough_stack(depth, move || expand_fn(flavor, args, item, krate::from_manifest(flavor)))
        .into()
}

/// Either function-like macro, on a stack deep enough for the body.
fn function_like(flavor: Flavor, item: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let item = item.into();
    let depth = stack::depth_estimate(&item);
    stack::with_enough_stack(depth, move || expand_function_like_as(flavor, item)).into()
}

/// The attribute at the `proc_macro2` level, callable from unit tests.
#[cfg(test)]
pub(crate) fn expand_attribute(args: TokenStream, item: TokenStream) -> TokenStream {
    expand_fn(Flavor::Async, args, item, Ok(None))
}

/// Either attribute at the `proc_macro2` level, given where the runtime is when
/// `crate = path` does not say (`None`: `::asyncgen`), or why it cannot be found.
///
/// Never panics: every problem becomes a `compile_error!` next to the fn, which is
/// still emitted with its intended signature.
pub(crate) fn expand_fn(
    flavor: Flavor,
    args: TokenStream,
    item: TokenStream,
    krate: syn::Result<Option<syn::Path>>,
) -> TokenStream {
    let mut errors = errors::Errors::default();
    let (mut args, args_error) = args::parse(args, flavor);
    if let Some(err) = args_error {
        errors.push(err);
    }
    if args.krate.is_none() {
        args.krate = match krate {
            Ok(krate) => krate,
            // Nothing can resolve: the error alone, without a cascade of unresolved paths.
            Err(err) => return err.emit(),
        };
    }
    let item = keywords::desugar_for_await(item);
    let mut output = match parse::parse(item.clone(), flavor, &mut errors) {
        Ok(mut generator) => {
            // A second generator attribute below this one would expand the result again.
            generator.attrs.retain(|attr| {
                let duplicate = scope::is_generator_attr(attr);
                if duplicate {
                    errors.push(syn::Error::new_spanned(
                        attr,
                        format!("duplicate {} attribute", flavor.attr()),
                    ));
                }
                !duplicate
            });
            expand::expand(&args, generator)
        }
        Err(err) => {
            errors.push(err);
            item
        }
    };
    if let Some(err) = errors.into_error() {
        output.extend(err.emit());
    }
    output
}

/// `async_gen!( #[async_generator(args)] async fn .. )`, at the `proc_macro2` level.
#[cfg(test)]
pub(crate) fn expand_function_like(item: TokenStream) -> TokenStream {
    expand_function_like_as(Flavor::Async, item)
}

/// `async_gen!( #[async_generator(args)] async fn .. )` / `sync_gen!( .. )`: the
/// arguments, if any, come from an `#[async_generator(..)]` (`#[sync_generator(..)]`)
/// attribute on the fn, which rustfmt formats. Called through the runtime's
/// `macro_rules!` of the same name, which puts `$crate ;` in front: the runtime's
/// path through whatever re-export the user went.
pub(crate) fn expand_function_like_as(flavor: Flavor, item: TokenStream) -> TokenStream {
    let (krate, item) = krate::split_hop(item);
    match args::split_from_item(item, flavor) {
        Ok((args, item, error)) if inline::is_inline(flavor, &item) => {
            let (mut args, args_error) = args::parse(args, flavor);
            if args.krate.is_none() {
                args.krate = krate;
            }
            let item = keywords::desugar_for_await(item);
            let errors: TokenStream = args_error.into_iter().chain(error).map(|err| err.emit()).collect();
            match inline::expand(&args, item) {
                Ok(output) => inline::with_errors(&errors, &output),
                Err(err) => inline::with_errors(&errors, &err.emit()),
            }
        }
        Ok((args, item, error)) => {
            let mut output = expand_fn(flavor, args, item, Ok(krate));
            output.extend(error.map(|err| err.emit()));
            output
        }
        Err(err) => err.emit(),
    }
}
