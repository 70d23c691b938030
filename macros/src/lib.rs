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

/// Turns an `async fn` that yields into a fn returning a `Stream`.
///
/// See the `asyncgen` crate for the manual.
#[proc_macro_attribute]
pub fn async_generator(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    let (args, item) = (args.into(), item.into());
    let depth = stack::depth_estimate(&args) + stack::depth_estimate(&item);
    stack::with_enough_stack(depth, move || expand_fn(args, item, krate::from_manifest())).into()
}

/// The function-like twin of `#[async_generator]`: one `async fn` item, where the
/// real `yield` and `for await` keywords work on stable.
///
/// See the `asyncgen` crate for the manual.
#[proc_macro]
pub fn async_gen(item: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let item = item.into();
    let depth = stack::depth_estimate(&item);
    stack::with_enough_stack(depth, move || expand_function_like(item)).into()
}

/// The attribute at the `proc_macro2` level, callable from unit tests.
///
/// Never panics: every problem becomes a `compile_error!` next to the fn, which is
/// still emitted with its intended signature.
#[cfg(test)]
pub(crate) fn expand_attribute(args: TokenStream, item: TokenStream) -> TokenStream {
    expand_fn(args, item, Ok(None))
}

/// The attribute's expansion, given where the runtime is when `crate = path` does
/// not say (`None`: `::asyncgen`), or why it cannot be found.
fn expand_fn(args: TokenStream, item: TokenStream, krate: syn::Result<Option<syn::Path>>) -> TokenStream {
    let mut errors = errors::Errors::default();
    let (mut args, args_error) = args::parse(args);
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
    let mut output = match parse::parse(item.clone(), &mut errors) {
        Ok(mut generator) => {
            // A second `#[async_generator]` below this one would expand the result again.
            generator.attrs.retain(|attr| {
                let duplicate = scope::is_generator_attr(attr);
                if duplicate {
                    errors.push(syn::Error::new_spanned(attr, "duplicate #[async_generator] attribute"));
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

/// `async_gen!( #[async_generator(args)] async fn .. )`: the arguments, if any,
/// come from an `#[async_generator(..)]` attribute on the fn, which rustfmt formats.
/// Called through `asyncgen::async_gen!`, a `macro_rules!` that puts `$crate ;`
/// in front: the runtime's path through whatever re-export the user went.
pub(crate) fn expand_function_like(item: TokenStream) -> TokenStream {
    let (krate, item) = krate::split_hop(item);
    match args::split_from_item(item) {
        Ok((args, item, error)) if inline::is_inline(&item) => {
            let (mut args, args_error) = args::parse(args);
            if args.krate.is_none() {
                args.krate = krate;
            }
            let item = keywords::desugar_for_await(item);
            let mut output = inline::expand(&args, item).unwrap_or_else(|err| err.emit());
            output.extend(args_error.into_iter().chain(error).map(|err| err.emit()));
            output
        }
        Ok((args, item, error)) => {
            let mut output = expand_fn(args, item, Ok(krate));
            output.extend(error.map(|err| err.emit()));
            output
        }
        Err(err) => err.emit(),
    }
}
