//! Rewrites a generator body: yield points become awaits on the body's handle;
//! yields that would escape into a closure, async block or nested item are errors.

use crate::errors::Emit;
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::parse::Parser;
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, ExprMacro, Item, Stmt};

use crate::args::Flavor;
use crate::for_await;
use crate::scope::{self, Ours, Points, Scope, misplaced, ours};
use crate::tokens;
use crate::yields::{Ctx, Lowered};

/// The body visitor. Errors become `compile_error!` in place, so every misplaced
/// yield is reported in one run and the rest of the body still type-checks.
pub struct Rewriter<'a> {
    pub ctx: &'a mut Ctx,
    pub scope: Scope,
}

impl Rewriter<'_> {
    fn nested<R>(&mut self, what: &'static str, f: impl FnOnce(&mut Self) -> R) -> R {
        let outer = std::mem::replace(&mut self.scope, Scope::Nested(what));
        let out = f(self);
        self.scope = outer;
        out
    }

    /// A yield (of any spelling) at `span` with its operand: the lowered await, or
    /// an in-place error when the current scope cannot yield.
    pub fn point(&mut self, kind: Ours, operand: &TokenStream, span: Span, in_macro: bool) -> Lowered {
        match self.scope {
            Scope::Nested(what) => {
                let tokens = syn::Error::new(span, misplaced(kind, what, self.ctx.flavor.attr())).emit();
                Lowered { tokens, is_expr: true, span }
            }
            Scope::Body => match kind {
                Ours::Yield | Ours::Keyword => self.ctx.yield_value(operand, span, in_macro),
                Ours::YieldFrom => self.ctx.yield_from(operand, span, in_macro),
                Ours::Yielder => self.ctx.yielder(operand, span, in_macro),
            },
        }
    }

    fn yield_point(&mut self, kind: Ours, operand: syn::Result<TokenStream>, span: Span) -> Expr {
        let tokens = match operand {
            Ok(operand) => self.point(kind, &operand, span, false).into_expr(),
            Err(err) => return error_expr(err.span(), err.to_string()),
        };
        syn::parse2(tokens).unwrap_or_else(|err| error_expr(err.span(), err.to_string()))
    }

    /// A yield statement in the body itself becomes plain statements (`let`, then
    /// the await) in the enclosing block, rather than a block of its own.
    fn yield_stmts(&mut self, stmt: &mut Stmt) -> Option<Vec<Stmt>> {
        if !matches!(self.scope, Scope::Body) {
            return None;
        }
        let Stmt::Expr(expr, Some(semi)) = stmt else { return None };
        let (kind, operand, span) = self.yield_parts(expr)?;
        let semi = *semi;
        let parsed = match operand {
            Ok(operand) => {
                let tokens = self.point(kind, &operand, span, false).tokens;
                syn::Block::parse_within.parse2(quote::quote!(#tokens #semi))
            }
            Err(err) => Err(err),
        };
        Some(parsed.unwrap_or_else(|err| vec![Stmt::Expr(error_expr(err.span(), err.to_string()), None)]))
    }

    /// The spelling, visited operand and span of a yield expression, if it is one.
    fn yield_parts(&mut self, expr: &mut Expr) -> Option<(Ours, syn::Result<TokenStream>, Span)> {
        match expr {
            Expr::Macro(m) => {
                let kind = ours(&m.mac)?;
                let span = m.mac.path.segments.last().map_or_else(|| m.span(), |s| s.ident.span());
                let tokens = std::mem::take(&mut m.mac.tokens);
                Some((kind, self.operand(kind, tokens, span), span))
            }
            Expr::Yield(y) => {
                let span = y.yield_token.span;
                let operand = if let Some(value) = y.expr.as_mut() {
                    self.visit_expr_mut(value);
                    quote::quote!(#value)
                } else {
                    quote::quote_spanned!(span=> ())
                };
                Some((Ours::Keyword, Ok(operand), span))
            }
            _ => None,
        }
    }

    /// A yield macro's operand, visited as an expression (so `?`, closures and
    /// nested yields in it are seen); `yield_!()` yields `()` as `yield;` does.
    fn operand(&mut self, kind: Ours, tokens: TokenStream, span: Span) -> syn::Result<TokenStream> {
        if tokens.is_empty() && kind == Ours::Yield {
            return Ok(quote::quote_spanned!(span=> ()));
        }
        if kind == Ours::Yielder {
            return Ok(tokens); // `yielder!()` takes none; `Ctx::yielder` reports any
        }
        let mut expr = syn::parse2::<Expr>(tokens).map_err(|err| {
            let msg = format!("`{}` takes one expression: {err}", kind.spelling());
            syn::Error::new(err.span(), msg)
        })?;
        self.visit_expr_mut(&mut expr);
        Ok(expr.into_token_stream())
    }
}

impl Points for Rewriter<'_> {
    fn point(&mut self, kind: Ours, operand: &TokenStream, span: Span, scope: Scope) -> TokenStream {
        let outer = std::mem::replace(&mut self.scope, scope);
        let tokens = Rewriter::point(self, kind, operand, span, true).tokens;
        self.scope = outer;
        tokens
    }

    fn fallible(&self) -> bool {
        self.ctx.fallible
    }

    fn return_ok(&self, span: Span) -> TokenStream {
        self.ctx.return_ok(span)
    }

    fn await_point(&mut self, span: Span) {
        self.ctx.await_point(span);
    }
}

impl VisitMut for Rewriter<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Some((kind, operand, span)) = self.yield_parts(expr) {
            *expr = self.yield_point(kind, operand, span);
            return;
        }
        if let Some(attr) = for_await::take_misplaced(expr) {
            let err = for_await::misplaced(&attr).emit();
            // The error stands in for the attribute; the expression is still checked.
            visit_mut::visit_expr_mut(self, expr);
            *expr = syn::parse_quote!({ #err; #expr });
            return;
        }
        let replacement = match expr {
            // An inner `async_gen!(..)` is a generator of its own.
            Expr::Macro(m) if scope::is_async_gen(&m.mac) => None,
            Expr::Macro(m) => {
                let inner = std::mem::take(&mut m.mac.tokens);
                let scope = self.scope;
                m.mac.tokens = tokens::rewrite(inner, self, scope);
                None
            }
            Expr::Closure(c) => {
                self.nested("a closure", |v| visit_mut::visit_expr_closure_mut(v, c));
                None
            }
            Expr::Async(a) => {
                self.nested("an async block", |v| visit_mut::visit_expr_async_mut(v, a));
                None
            }
            Expr::Await(a) if matches!(self.scope, Scope::Body) => {
                // Left in place (the body still type-checks); the error goes in the body.
                self.ctx.await_point(a.await_token.span);
                visit_mut::visit_expr_await_mut(self, a);
                None
            }
            Expr::ForLoop(f) if for_await::has_attr(&f.attrs) && self.ctx.flavor == Flavor::Sync => {
                let attr = for_await::take_attr(&mut f.attrs);
                let span = attr.as_ref().map_or_else(|| f.for_token.span, |a| a.pound_token.span);
                let err = self.ctx.for_await_error(span);
                visit_mut::visit_expr_for_loop_mut(self, f);
                Some(syn::parse_quote!({ #err; #f }))
            }
            Expr::ForLoop(f) if for_await::has_attr(&f.attrs) => {
                let arg_error = for_await::take_attr(&mut f.attrs)
                    .and_then(|attr| for_await::check_no_args(&attr))
                    .map(|err| err.emit());
                let two_way = self.ctx.resume.is_some(); // its yields have values: no delegation
                let rewritten = if let (Scope::Body, false, Some(var)) =
                    (self.scope, two_way, for_await::reyielded_var(f))
                {
                    // `for x in s { yield x }` delegates: one future per item, not two.
                    self.visit_expr_mut(&mut f.expr);
                    let tokens = self.ctx.reyield(&f.expr, &var, f.for_token.span);
                    syn::parse2(tokens).ok()
                } else {
                    visit_mut::visit_expr_for_loop_mut(self, f);
                    Some(for_await::rewrite(f, self.ctx.krate.as_ref()))
                };
                match (arg_error, rewritten) {
                    (Some(err), Some(new)) => Some(syn::parse_quote!({ #err; #new })),
                    (_, rewritten) => rewritten,
                }
            }
            Expr::Try(t) => {
                visit_mut::visit_expr_try_mut(self, t);
                if let (Scope::Body, false) = (self.scope, self.ctx.fallible) {
                    let span = t.question_token.span;
                    Some(error_expr(span, not_fallible(self.ctx.flavor)))
                } else {
                    None
                }
            }
            Expr::Return(r)
                if r.expr.is_some() && !self.ctx.fallible && matches!(self.scope, Scope::Body) =>
            {
                Some(error_expr(r.return_token.span, return_value(self.ctx.flavor)))
            }
            Expr::Return(r) if r.expr.is_none() && self.ctx.fallible => match self.scope {
                Scope::Body => syn::parse2(self.ctx.return_ok(r.return_token.span)).ok(),
                Scope::Nested(_) => None,
            },
            _ => {
                visit_mut::visit_expr_mut(self, expr);
                None
            }
        };
        if let Some(new) = replacement {
            *expr = new;
        }
    }

    fn visit_local_mut(&mut self, local: &mut syn::Local) {
        // Without an initialiser there is no expression to carry the error; rustc
        // then reports the unknown attribute itself.
        if let Some(init) = &mut local.init {
            if let Some(attr) = for_await::take_attr(&mut local.attrs) {
                let err = for_await::misplaced(&attr).emit();
                let value = &init.expr;
                *init.expr = syn::parse_quote!({ #err; #value });
            }
        }
        visit_mut::visit_local_mut(self, local);
    }

    fn visit_stmt_mut(&mut self, stmt: &mut Stmt) {
        macro_stmt_as_expr(stmt);
        visit_mut::visit_stmt_mut(self, stmt);
    }

    fn visit_block_mut(&mut self, block: &mut Block) {
        let mut stmts = Vec::with_capacity(block.stmts.len());
        for mut stmt in std::mem::take(&mut block.stmts) {
            macro_stmt_as_expr(&mut stmt);
            if let Some(lowered) = self.yield_stmts(&mut stmt) {
                stmts.extend(lowered);
            } else {
                self.visit_stmt_mut(&mut stmt);
                stmts.push(stmt);
            }
        }
        block.stmts = stmts;
    }

    fn visit_item_mut(&mut self, item: &mut Item) {
        // A `macro_rules!` defined in the body is left alone: a `yield_!` it
        // expands to later resolves to the runtime's "outside a generator" error.
        // An inner `#[async_generator]` fn is a generator of its own: its own
        // expansion, later, rewrites its yields.
        let inner_generator = match item {
            Item::Macro(_) => true,
            Item::Fn(f) => f.attrs.iter().any(scope::is_generator_attr),
            _ => false,
        };
        if inner_generator {
            return;
        }
        self.nested("a nested item", |v| visit_mut::visit_item_mut(v, item));
    }
}

/// An in-place `compile_error!` standing for an expression.
fn error_expr(span: Span, msg: String) -> Expr {
    let err = syn::Error::new(span, msg).emit();
    syn::parse_quote_spanned!(span=> { #err })
}

/// `yield_!(x);` parses as a macro statement; the visitor treats it as an expression.
fn macro_stmt_as_expr(stmt: &mut Stmt) {
    if let Stmt::Macro(m) = stmt {
        let expr = Expr::Macro(ExprMacro { attrs: std::mem::take(&mut m.attrs), mac: m.mac.clone() });
        *stmt = Stmt::Expr(expr, m.semi_token);
    }
}

fn return_value(flavor: Flavor) -> String {
    let what = if flavor == Flavor::Sync { "iterator" } else { "stream" };
    format!(
        "`return` in {} ends the {what} and takes no value: \
         yield the value with `yield_!`, then `return;`",
        flavor.an_attr()
    )
}

pub fn not_fallible(flavor: Flavor) -> String {
    format!(
        "`?` in {} needs a `Result` item type: \
         declare the item type as `Result<T, E>` to yield the error as the last item",
        flavor.an_attr()
    )
}
