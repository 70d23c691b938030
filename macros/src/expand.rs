//! Builds the generated fn from a parsed generator.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::visit_mut::VisitMut;
use syn::{FnArg, Ident, Lifetime, Pat, PatIdent, ReturnType, Signature, Stmt, Type};

use crate::args::{Args, Flavor, Shape};
use crate::body::Rewriter;
use crate::errors::Emit;
use crate::lifetimes;
use crate::parse::Generator;
use crate::scope::Scope;
use crate::yields::Ctx;

/// Input: a checked generator and its arguments.
/// Output: the plain fn returning a stream, whose body builds the generator.
pub fn expand(args: &Args, mut generator: Generator) -> TokenStream {
    let Generator { attrs, vis, sig, body, inner_attrs, item_ty, fallible } = &mut generator;
    // `boxed` with only the elided lifetime: `+ '_` keeps the plain signature, whose
    // lifetimes stay late-bound as in a trait's declaration.
    let boxed = matches!(args.shape, Shape::Boxed | Shape::BoxedLocal);
    let elided_bound = boxed && lifetimes::elision_covers_all(sig);
    let lifetimes = if elided_bound { Vec::new() } else { lifetimes::name_elided(sig, item_ty) };
    let prelude = bind_args(sig);
    let output = make_return_type(args, sig, item_ty, &lifetimes, elided_bound);
    sig.output = ReturnType::Type(syn::token::RArrow::default(), Box::new(output));
    let lazy = match args.flavor {
        Flavor::Async => "streams do nothing unless polled",
        Flavor::Sync => "iterators are lazy and do nothing unless consumed",
    };
    let must_use =
        (!attrs.iter().any(|a| a.path().is_ident("must_use"))).then(|| quote!(#[must_use = #lazy]));
    let Some(body) = body else {
        return quote!(#(#attrs)* #must_use #vis #sig;);
    };
    let mut ctx = Ctx::new(item_ty.clone(), *fallible, args);
    let mut rewriter = Rewriter { ctx: &mut ctx, scope: Scope::Body };
    rewriter.visit_block_mut(body);
    if !*fallible {
        unit_tail(&mut body.stmts);
    }
    let make_body = make_body_closure(&ctx, &prelude, &body.stmts, &quote!(move));
    let stream = make_stream(args, *fallible, &make_body);
    quote! {
        #(#attrs)*
        #must_use
        #vis #sig {
            #(#inner_attrs)*
            #stream
        }
    }
}

/// Input: the body's statements. Output: `async move |mut __co: Yielder<'_, T>| { .. }`,
/// the closure the runtime calls on the first poll, once the stream is pinned.
/// `capture` is `move`, or nothing for an inline `async { .. }` that borrows.
pub fn make_body_closure(ctx: &Ctx, prelude: &[Stmt], stmts: &[Stmt], capture: &TokenStream) -> TokenStream {
    let co = &ctx.co;
    // A fallible body ends in `Ok(())`, so a tail expression must become a statement.
    let tail_expr = matches!(stmts.last(), Some(Stmt::Expr(e, None)) if !is_block_like(e));
    let body = if ctx.label_used {
        let label = &ctx.label;
        quote!(#label: { #(#stmts)* })
    } else if ctx.fallible && tail_expr {
        quote!({ #(#stmts)* })
    } else {
        quote!(#(#stmts)*)
    };
    // After a body that never ends this is unreachable: the `allow` on the first
    // unreachable statement keeps rustc from warning about our glue.
    let done = Ident::new("__done", Span::mixed_site());
    let private = crate::args::private_path(ctx.krate.as_ref(), Span::call_site());
    let tail = ctx.fallible.then(|| {
        quote! {
            #[allow(unreachable_code)]
            let #done = #private::Ok(());
            #done
        }
    });
    // The handle's type fixes the item type up front, so a `yield_from!` of the
    // wrong stream is reported at its operand.
    let yielder = ctx.yielder_ty();
    let errors = ctx.errors.iter().map(Emit::emit);
    quote! {
        async #capture |mut #co: #yielder| {
            #(#errors)*
            #(#prelude)*
            #body
            #tail
        }
    }
}

/// A plain generator's body must end in `()`. A tail expression such as
/// `Some(())` (a forgotten `;`) becomes `let _: () = Some(());`, so that rustc
/// reports "expected `()`" at the user's expression rather than deep in our glue.
fn unit_tail(stmts: &mut [Stmt]) {
    let Some(last) = stmts.last_mut() else { return };
    let Stmt::Expr(expr, None) = last else { return };
    if is_block_like(expr) {
        return;
    }
    let glue = Span::mixed_site().located_at(syn::spanned::Spanned::span(&*expr));
    let tokens = quote_spanned!(glue=> let _: () = #expr;);
    if let Ok(stmt) = syn::parse2::<Stmt>(tokens) {
        *last = stmt;
    }
}

/// Expressions that end a statement without a `;` (`if`, `match`, loops, blocks).
fn is_block_like(expr: &syn::Expr) -> bool {
    use syn::Expr;
    matches!(
        expr,
        Expr::If(_)
            | Expr::Match(_)
            | Expr::ForLoop(_)
            | Expr::While(_)
            | Expr::Loop(_)
            | Expr::Block(_)
            | Expr::Unsafe(_)
            | Expr::Const(_)
            | Expr::TryBlock(_)
    )
}

/// Input: the body closure. Output: the generator, boxed if asked for.
pub fn make_stream(args: &Args, fallible: bool, make_body: &TokenStream) -> TokenStream {
    let constructor = match (args.flavor, fallible) {
        (Flavor::Async, false) => quote!(generator),
        (Flavor::Async, true) => quote!(try_generator),
        (Flavor::Sync, false) => quote!(sync_body),
        (Flavor::Sync, true) => quote!(sync_try_body),
    };
    let call_site = args.private(Span::call_site());
    let generator = quote!(#call_site::#constructor(#make_body));
    let span = args.boxed_span.unwrap_or_else(Span::call_site);
    let private = args.private(span);
    if args.flavor == Flavor::Sync {
        return match args.shape {
            Shape::Impl { .. } => quote!(#call_site::SyncGenerator::new(#generator)),
            Shape::Boxed => quote_spanned!(span=> #private::sync_boxed(#generator)),
            Shape::BoxedLocal => quote_spanned!(span=> #private::sync_boxed_local(#generator)),
        };
    }
    match args.shape {
        Shape::Impl { .. } => generator,
        Shape::Boxed if args.resume.is_some() => quote_spanned!(span=> #private::boxed_two_way(#generator)),
        Shape::BoxedLocal if args.resume.is_some() => {
            quote_spanned!(span=> #private::boxed_local_two_way(#generator))
        }
        Shape::Boxed => quote_spanned!(span=> #private::boxed(#generator)),
        Shape::BoxedLocal => quote_spanned!(span=> #private::boxed_local(#generator)),
    }
}

/// Input: the signature and item type. Output: the stream type the fn returns.
fn make_return_type(
    args: &Args,
    sig: &mut Signature,
    item_ty: &Type,
    lifetimes: &[Lifetime],
    elided_bound: bool,
) -> Type {
    let private = args.private(Span::call_site());
    // Two-way generators name their resume type; plain boxed ones keep `dyn Stream`
    // (upcasting a `dyn AsyncGenerator` needs Rust 1.86, past our MSRV).
    let resume = args.resume.as_ref().map(|r| quote!(#r,));
    let sync = args.flavor == Flavor::Sync;
    let stream = if let Some(resume) = &resume {
        quote!(#private::AsyncGenerator<#resume Item = #item_ty>)
    } else if sync {
        quote!(#private::Iterator<Item = #item_ty>)
    } else {
        quote!(#private::Stream<Item = #item_ty>)
    };
    let tokens = match args.shape {
        Shape::Impl { send } => {
            let send = send.then(|| quote!(+ #private::Send));
            let captures =
                (!lifetimes.is_empty()).then(|| quote!(+ #private::Captures<(#(&#lifetimes (),)*)>));
            if sync {
                // The body's state machine, in a named iterator type: `Pin<&mut ..>` of
                // it is an iterator too (in place, no allocation), which an
                // `impl Iterator` could not offer.
                quote!(#private::SyncGenerator<impl #private::SyncBody<Item = #item_ty> #send #captures>)
            } else {
                quote!(impl #private::AsyncGenerator<#resume Item = #item_ty> #send #captures)
            }
        }
        Shape::Boxed | Shape::BoxedLocal => {
            let bound = if elided_bound { Some(quote!('_)) } else { bound_all(sig, item_ty, lifetimes) };
            let bound = bound.map(|bound| quote!(+ #bound));
            let send = (args.shape == Shape::Boxed).then(|| quote!(+ #private::Send));
            // At the argument: without `alloc`, `Box` is what fails to resolve.
            let span = args.boxed_span.unwrap_or_else(Span::call_site);
            let private = args.private(span);
            let boxed = quote_spanned!(span=> #private::Box<dyn #stream #send #bound>);
            if sync { boxed } else { quote!(#private::Pin<#boxed>) }
        }
    };
    Type::Verbatim(tokens)
}

/// Adds `'async_generator`, outlived by every lifetime and type parameter, every
/// `impl Trait` argument (and `Self` when taken by value), so one `dyn` bound
/// covers all captures. Its name avoids every lifetime the user wrote.
///
/// With none of those, no bound (`'static`, the default of `Box<dyn ..>`): the
/// plain signature a trait declares, `fn f(n: u32) -> Pin<Box<dyn Stream<Item = T> + Send>>`,
/// and no made-up name in messages.
///
/// A lifetime hidden in a path type (`w: W` for `struct W<'a>`) fails either way:
/// no bound can be spelled for what the macro cannot see (`where W: 'b` and
/// `where W<'_>: 'b` are rejected, and `+ '_` is an error when the inputs have no
/// lifetime at all), so rustc reports that `W<'1>` must outlive `'static`, at `w`:
/// the user writes `W<'_>`.
fn bound_all(sig: &mut Signature, item_ty: &Type, lifetimes: &[Lifetime]) -> Option<TokenStream> {
    let types: Vec<Ident> = sig.generics.type_params().map(|t| t.ident.clone()).collect();
    let by_value_self =
        sig.inputs.iter().any(|arg| matches!(arg, FnArg::Receiver(r) if r.reference.is_none()));
    let impl_trait = sig
        .inputs
        .iter()
        .any(|arg| matches!(arg, FnArg::Typed(arg) if crate::scan::contains_impl_trait(&arg.ty)));
    if lifetimes.is_empty() && types.is_empty() && !by_value_self && !impl_trait {
        return None;
    }
    let used = lifetimes::used_names(sig, item_ty);
    let bound = lifetimes::fresh_name("async_generator", &used, Span::call_site());
    for input in &mut sig.inputs {
        if let FnArg::Typed(arg) = input {
            lifetimes::Retype::BoundImplTrait(&bound).visit_type_mut(&mut arg.ty);
        }
    }
    sig.generics.params.push(syn::parse_quote!(#bound));
    let where_clause = sig.generics.make_where_clause();
    for lifetime in lifetimes {
        where_clause.predicates.push(syn::parse_quote!(#lifetime: #bound));
    }
    for ty in types {
        where_clause.predicates.push(syn::parse_quote!(#ty: #bound));
    }
    if by_value_self {
        where_clause.predicates.push(syn::parse_quote!(Self: #bound));
    }
    Some(quote!(#bound))
}

/// Moves every argument into the body as an `async fn` does, so each is dropped
/// when the stream is, even if the body never uses it. Patterns other than plain
/// identifiers get a hygienic name in the signature; the body first moves that
/// argument in whole (a pattern alone would capture only the parts it binds, and
/// the parts bound by `_` would be dropped at the call), then destructures it.
/// The argument's attributes (`#[cfg(..)]`, lints) go on its bindings too.
fn bind_args(sig: &mut Signature) -> Vec<Stmt> {
    let mut prelude = Vec::new();
    let mut push = |tokens: TokenStream| prelude.extend(syn::parse2::<Stmt>(tokens).ok());
    for (i, input) in sig.inputs.iter_mut().enumerate() {
        match input {
            FnArg::Receiver(receiver) => {
                let self_token = receiver.self_token;
                push(quote!(let _ = &#self_token;));
            }
            FnArg::Typed(arg) => {
                let attrs = &arg.attrs;
                match arg.pat.as_mut() {
                    Pat::Ident(PatIdent { by_ref: None, mutability, ident, subpat: None, .. }) => {
                        let mutability = mutability.take();
                        // Moving `_name` in is a use of it, which pedantic clippy flags.
                        let allow = ident.to_string().starts_with('_').then(|| {
                            quote!(#[allow(clippy::used_underscore_binding, clippy::no_effect_underscore_binding)])
                        });
                        push(quote!(#(#attrs)* #allow let #mutability #ident = #ident;));
                    }
                    pat => {
                        let name = Ident::new(&format!("__arg{i}"), Span::mixed_site());
                        let pat = std::mem::replace(pat, syn::parse_quote!(#name));
                        let mutability = crate::scan::has_ref_mut(&pat).then(|| quote!(mut));
                        push(quote!(#(#attrs)* let #mutability #name = #name;));
                        match pat {
                            Pat::Wild(_) => {}
                            // `ref x` / `ref mut x`: a borrow of the moved-in argument.
                            Pat::Ident(PatIdent {
                                by_ref: Some(_), mutability, ident, subpat: None, ..
                            }) => {
                                push(quote!(#(#attrs)* let #ident = &#mutability #name;));
                            }
                            pat => push(quote!(#(#attrs)* let #pat = #name;)),
                        }
                    }
                }
            }
        }
    }
    prelude
}
