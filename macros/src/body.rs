//! Rewrites a generator body: yield points become awaits on the body's handle;
//! yields that would escape into a closure, async block or nested item are errors.

use proc_macro2::{Span, TokenStream};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ExprMacro, Item, Macro, Stmt};

use crate::for_await;
use crate::tokens;
use crate::yields::Ctx;

/// Where a yield would land relative to the generator's own body.
#[derive(Clone, Copy)]
pub enum Scope {
    Body,
    Nested(&'static str),
}

/// The body visitor. Errors become `compile_error!` in place, so every misplaced
/// yield is reported in one run and the rest of the body still type-checks.
pub struct Rewriter<'a> {
    pub ctx: &'a mut Ctx,
    pub scope: Scope,
    pub errors: usize,
}

/// Our macros, recognised by their last path segment when written bare or under `asyncgen::`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ours {
    Yield,
    YieldFrom,
}

pub fn ours(mac: &Macro) -> Option<Ours> {
    let segs = &mac.path.segments;
    let bare = segs.len() == 1 && mac.path.leading_colon.is_none();
    let qualified = segs.len() == 2 && segs[0].ident == "asyncgen";
    if !(bare || qualified) {
        return None;
    }
    match segs.last()?.ident.to_string().as_str() {
        "yield_" => Some(Ours::Yield),
        "yield_from" => Some(Ours::YieldFrom),
        _ => None,
    }
}

impl Rewriter<'_> {
    fn nested<R>(&mut self, what: &'static str, f: impl FnOnce(&mut Self) -> R) -> R {
        let outer = std::mem::replace(&mut self.scope, Scope::Nested(what));
        let out = f(self);
        self.scope = outer;
        out
    }

    fn error_expr(&mut self, span: Span, msg: String) -> Expr {
        self.errors += 1;
        let err = syn::Error::new(span, msg).to_compile_error();
        syn::parse_quote_spanned!(span=> { #err })
    }

    /// A yield (of either spelling) at `span` with its operand: the rewritten
    /// await, or an in-place error when the current scope cannot yield.
    pub fn point(&mut self, kind: Ours, operand: &TokenStream, span: Span, in_macro: bool) -> TokenStream {
        match self.scope {
            Scope::Nested(what) => {
                self.errors += 1;
                syn::Error::new(span, misplaced(kind, what)).to_compile_error()
            }
            Scope::Body => match kind {
                Ours::Yield => self.ctx.yield_value(operand, span, in_macro),
                Ours::YieldFrom => self.ctx.yield_from(operand, span, in_macro),
            },
        }
    }

    fn yield_point(&mut self, kind: Ours, operand: &TokenStream, span: Span) -> Expr {
        let tokens = self.point(kind, operand, span, false);
        syn::parse2(tokens).unwrap_or_else(|err| self.error_expr(err.span(), err.to_string()))
    }

    fn visit_macro_expr(&mut self, m: &mut ExprMacro) -> Option<Expr> {
        let span = m.mac.path.segments.last().map_or_else(|| m.span(), |s| s.ident.span());
        if let Some(kind) = ours(&m.mac) {
            let mut operand = std::mem::take(&mut m.mac.tokens);
            if let Scope::Body = self.scope {
                operand = tokens::rewrite(operand, self);
            }
            return Some(self.yield_point(kind, &operand, span));
        }
        let inner = std::mem::take(&mut m.mac.tokens);
        m.mac.tokens = tokens::rewrite(inner, self);
        None
    }
}

/// The message for a yield inside something that is not the generator's own body.
pub fn misplaced(kind: Ours, what: &str) -> String {
    let name = match kind {
        Ours::Yield => "yield",
        Ours::YieldFrom => "yield_from!",
    };
    format!("`{name}` cannot be used inside {what}: only the #[async_generator] fn's own body can yield")
}

impl VisitMut for Rewriter<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        let replacement = match expr {
            Expr::Macro(m) => self.visit_macro_expr(m),
            Expr::Yield(y) => {
                let span = y.yield_token.span;
                let operand = if let Some(value) = y.expr.as_mut() {
                    self.visit_expr_mut(value);
                    quote::quote!(#value)
                } else {
                    quote::quote_spanned!(span=> ())
                };
                Some(self.yield_point(Ours::Yield, &operand, span))
            }
            Expr::Closure(c) => {
                self.nested("a closure", |v| visit_mut::visit_expr_closure_mut(v, c));
                None
            }
            Expr::Async(a) => {
                self.nested("an async block", |v| visit_mut::visit_expr_async_mut(v, a));
                None
            }
            Expr::ForLoop(f) if for_await::has_attr(&f.attrs) => {
                for_await::take_attr(&mut f.attrs);
                visit_mut::visit_expr_for_loop_mut(self, f);
                Some(for_await::rewrite(f))
            }
            Expr::Try(t) => {
                visit_mut::visit_expr_try_mut(self, t);
                if let (Scope::Body, false) = (self.scope, self.ctx.fallible) {
                    let span = t.question_token.span;
                    Some(self.error_expr(span, not_fallible()))
                } else {
                    None
                }
            }
            Expr::Return(r) if r.expr.is_none() && self.ctx.fallible => match self.scope {
                Scope::Body => syn::parse2(Ctx::return_ok(r.return_token.span)).ok(),
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

    fn visit_stmt_mut(&mut self, stmt: &mut Stmt) {
        // `yield_!(x);` parses as a macro statement; treat it as an expression.
        if let Stmt::Macro(m) = stmt {
            let expr = Expr::Macro(ExprMacro { attrs: std::mem::take(&mut m.attrs), mac: m.mac.clone() });
            *stmt = Stmt::Expr(expr, m.semi_token);
        }
        visit_mut::visit_stmt_mut(self, stmt);
    }

    fn visit_item_mut(&mut self, item: &mut Item) {
        // A `macro_rules!` defined in the body is left alone: a `yield_!` it
        // expands to later resolves to the runtime's "outside a generator" error.
        if let Item::Macro(_) = item {
            return;
        }
        self.nested("a nested item", |v| visit_mut::visit_item_mut(v, item));
    }
}

pub fn not_fallible() -> String {
    "`?` in an #[async_generator] needs a `Result` item type: \
     declare the item type as `Result<T, E>` to yield the error as the last item"
        .to_owned()
}
