//! The yield points a body may contain and what each becomes.

use crate::errors::Emit;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::{Ident, Lifetime, Type};

use crate::args::Flavor;

/// A lowered yield point: statements ending in the awaited yield, without `;`.
pub struct Lowered {
    pub tokens: TokenStream,
    /// Whether `tokens` is a single expression (no `let`, no scope check).
    pub is_expr: bool,
    /// Hygienic, at the user's yield: braces added here count as macro-made (lints skip them).
    pub span: Span,
}

impl Lowered {
    /// As one expression: braced unless it already is one.
    pub fn into_expr(self) -> TokenStream {
        let tokens = self.tokens;
        if self.is_expr { tokens } else { quote_spanned!(self.span=> { #tokens }) }
    }
}

/// What the rewrite of one generator body needs to know.
pub struct Ctx {
    /// The declared item type, as the user wrote it (its spans point at the signature).
    pub item_ty: Type,
    pub fallible: bool,
    /// The body's `Co` handle, hygienic (`Span::mixed_site`).
    pub co: Ident,
    /// Label of the body block; referenced by yields found inside other macros'
    /// arguments so that rustc rejects them if that macro moved them into a closure.
    pub label: Lifetime,
    /// Whether any yield references `label`.
    pub label_used: bool,
    /// `crate = path`, if given: see `args::private_path`.
    pub krate: Option<syn::Path>,
    /// `resume = R`: yields evaluate to `Resume<R>`, and cannot delegate.
    pub resume: Option<Type>,
    /// Async (a `Stream`) or sync (an `Iterator`, whose body cannot wait).
    pub flavor: Flavor,
    /// Errors found where no expression can carry them (`.await` in a sync body,
    /// kept in place so that the body still type-checks): emitted in the body.
    pub errors: Vec<syn::Error>,
}

impl Ctx {
    /// The context for a body of the item type `item_ty`, under `args`.
    pub fn new(item_ty: Type, fallible: bool, args: &crate::args::Args) -> Self {
        let site = Span::mixed_site();
        Ctx {
            item_ty,
            fallible,
            co: Ident::new("yielder", site),
            // Its name shows in rustc's message when a yield inside another macro's
            // arguments ends up in a closure or async block: "use of unreachable label
            // `'async_generator`", "unreachable label defined here" at the attribute, then
            // "`break` inside `async` block" at the macro's block. No check that passes in
            // the body and fails in a nested scope has a message of our own: rustc stops
            // at nothing else there (the branded handle may legally be moved into an
            // async block awaited in place), so the label is named after the attribute.
            // Hygienic (`mixed_site`): it neither sees nor shadows a user label of that name.
            label: Lifetime { apostrophe: site, ident: Ident::new("async_generator", site) },
            label_used: false,
            krate: args.krate.clone(),
            resume: args.resume.clone(),
            flavor: args.flavor,
            errors: Vec::new(),
        }
    }

    /// `expr.await` in the body: a sync generator's body cannot wait.
    pub fn await_point(&mut self, span: Span) {
        if self.flavor == Flavor::Sync {
            let msg = "`.await` is not allowed in a #[sync_generator] fn: an `Iterator` cannot wait; \
                       use #[async_generator] for a `Stream`";
            self.errors.push(syn::Error::new(span, msg));
        }
    }

    /// `#[for_await]` / `for await` in a sync body: the same error as `.await`.
    pub fn for_await_error(&self, span: Span) -> Option<TokenStream> {
        (self.flavor == Flavor::Sync).then(|| {
            let msg = "`for await` is not allowed in a #[sync_generator] fn: an `Iterator` cannot wait; \
                       use a plain `for` loop over an iterator, or #[async_generator] for a `Stream`";
            syn::Error::new(span, msg).emit()
        })
    }

    /// `yield_!(value)` / `yield value` → statements that bind the value with the
    /// declared item type, then await the handle's yield future (no trailing `;`).
    ///
    /// The typed `let` makes rustc report a mismatch at the value, "expected due
    /// to this" pointing at the item type in the signature.
    pub fn yield_value(&mut self, value: &TokenStream, span: Span, in_macro: bool) -> Lowered {
        let check = self.scope_check(span, in_macro);
        let glue = Span::mixed_site().located_at(span);
        // The handle, located at the user's yield: an expression built on it (an
        // unused `Resume`, a borrow error) is reported there.
        let co = &Ident::new(&self.co.to_string(), self.co.span().located_at(span));
        let yield_ = Ident::new("yield_", glue);
        let Some(ty) = self.nameable_item_ty() else {
            // An `impl Trait` item type cannot be written on a `let`: inference fills it.
            let tokens = quote_spanned!(glue=> #check #co.#yield_(#value).await);
            return Lowered { tokens, is_expr: check.is_empty(), span: glue };
        };
        let item = Ident::new("__item", glue);
        let value = if self.fallible {
            // A `Result` item: `yield_!(v)` of a plain value yields `Ok(v)` (so that
            // `yield_!(line?)` works), any `Result` is yielded as it is. At the
            // value, where a wrong type is then reported.
            let at = Span::mixed_site().located_at(syn::spanned::Spanned::span(value));
            let private = crate::args::private_path(self.krate.as_ref(), at);
            quote_spanned!(at=> #private::IntoItem::into_item(#value))
        } else {
            value.clone()
        };
        let bind = quote!(let #item: #ty = #value;);
        let mut await_ = quote_spanned!(glue=> #co.#yield_(#item).await);
        if self.resume.is_some() {
            // A call spanned at the user's own token: rustc reports a discarded
            // `Resume` (a `yield_!(v);` that would ignore `Close`) there, not at
            // the attribute, as it does for expressions the macro made.
            let private = crate::args::private_path(self.krate.as_ref(), span);
            await_ = quote_spanned!(span=> #private::identity(#await_));
        }
        Lowered { tokens: quote_spanned!(glue=> #check #bind #await_), is_expr: false, span: glue }
    }

    /// The item type, unless it contains `impl Trait` (which only the return type
    /// may) or is left to inference (`_`, inline generators).
    pub fn nameable_item_ty(&self) -> Option<&Type> {
        let infer = matches!(self.item_ty, Type::Infer(_));
        (!infer && !crate::scan::contains_impl_trait(&self.item_ty)).then_some(&self.item_ty)
    }

    /// The handle's type: `Yielder<'_, T>`, or `Yielder<'_, T, Resume<R>>`.
    pub fn yielder_ty(&self) -> TokenStream {
        let private = crate::args::private_path(self.krate.as_ref(), Span::call_site());
        let item_ty = self.nameable_item_ty().map_or_else(|| quote!(_), quote::ToTokens::to_token_stream);
        if self.flavor == Flavor::Sync {
            quote!(#private::SyncYielder<'_, #item_ty>)
        } else if let Some(resume) = &self.resume {
            quote!(#private::Yielder<'_, #item_ty, #private::Resume<#resume>>)
        } else {
            quote!(#private::Yielder<'_, #item_ty>)
        }
    }

    /// `yielder!()` → the body's handle, borrowed for a helper: `&mut __co`.
    pub fn yielder(&mut self, args: &TokenStream, span: Span, in_macro: bool) -> Lowered {
        if self.flavor == Flavor::Sync {
            let msg = "`yielder!()` is not available in a #[sync_generator] fn: helpers that yield \
                       are `async fn`s, and a sync generator cannot `.await`; delegate with `yield_from!(..)`";
            return Lowered { tokens: syn::Error::new(span, msg).emit(), is_expr: true, span };
        }
        if !args.is_empty() {
            let tokens = syn::Error::new(span, "`yielder!` takes no arguments: `yielder!()`").emit();
            return Lowered { tokens, is_expr: true, span };
        }
        let check = self.scope_check(span, in_macro);
        let glue = Span::mixed_site().located_at(span);
        // The handle, located at the user's yield: an expression built on it (an
        // unused `Resume`, a borrow error) is reported there.
        let co = &Ident::new(&self.co.to_string(), self.co.span().located_at(span));
        Lowered { tokens: quote_spanned!(glue=> #check &mut #co), is_expr: check.is_empty(), span: glue }
    }

    /// `yield_from!(stream)` → await of the handle's delegation future.
    pub fn yield_from(&mut self, stream: &TokenStream, span: Span, in_macro: bool) -> Lowered {
        if self.resume.is_some() {
            let msg = "`yield_from!` cannot be used in a two-way generator (`resume = ..`): \
                       the delegated stream could not receive what `send` passes; \
                       loop over it with `#[for_await]` and `yield_!` each item instead";
            let tokens = syn::Error::new(span, msg).emit();
            return Lowered { tokens, is_expr: true, span };
        }
        let check = self.scope_check(span, in_macro);
        let glue = Span::mixed_site().located_at(span);
        // The handle, located at the user's yield: an expression built on it (an
        // unused `Resume`, a borrow error) is reported there.
        let co = &Ident::new(&self.co.to_string(), self.co.span().located_at(span));
        let yield_from = Ident::new("yield_from", glue);
        let is_expr = check.is_empty();
        Lowered { tokens: quote_spanned!(glue=> #check #co.#yield_from(#stream).await), is_expr, span: glue }
    }

    /// `#[for_await] for x in stream { yield_!(x) }` → one delegation, where `x`
    /// still converts to the item type as in `let x: T = x`.
    pub fn reyield(&self, stream: &syn::Expr, var: &Ident, span: Span) -> TokenStream {
        let glue = Span::mixed_site().located_at(span);
        // The handle, located at the user's yield: an expression built on it (an
        // unused `Resume`, a borrow error) is reported there.
        let co = &Ident::new(&self.co.to_string(), self.co.span().located_at(span));
        let reyield = Ident::new("reyield", glue);
        let convert = self.nameable_item_ty().map_or_else(
            || quote_spanned!(glue=> |#var| #var),
            |ty| quote_spanned!(glue=> |#var| -> #ty { #var }),
        );
        // A block, so that it still ends a statement without `;` as the loop did.
        quote_spanned!(glue=> { #co.#reyield(#stream, #convert).await; })
    }

    /// `return;` in a fallible body ends the stream without an error item.
    pub fn return_ok(&self, span: Span) -> TokenStream {
        let glue = Span::mixed_site().located_at(span);
        let private = crate::args::private_path(self.krate.as_ref(), glue);
        let ok = quote_spanned!(glue=> #private::Ok(()));
        quote_spanned!(span=> return #ok)
    }

    /// For yields we could not see the scope of (inside another macro's
    /// arguments): a never-taken `break` to the body label, which rustc rejects
    /// across a closure or async block boundary (E0767).
    fn scope_check(&mut self, span: Span, in_macro: bool) -> TokenStream {
        if !in_macro {
            return TokenStream::new();
        }
        self.label_used = true;
        let label = Lifetime {
            apostrophe: self.label.apostrophe.located_at(span),
            ident: Ident::new(&self.label.ident.to_string(), self.label.ident.span().located_at(span)),
        };
        let glue = Span::mixed_site().located_at(span);
        quote_spanned!(glue=> if false { break #label; })
    }
}
