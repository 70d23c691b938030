//! Yield points inside other macros' arguments (`tokio::select!`, `assert!`,
//! `vec![]`, user `macro_rules!`): rustc has not parsed those tokens, so we
//! rewrite them as tokens.

use proc_macro2::{Delimiter, Group, Spacing, Span, TokenStream, TokenTree};

use crate::body::{Ours, Rewriter, Scope};

/// Rewrites `yield_!(..)`, `yield_from!(..)`, `yield ..` and (fallible bodies)
/// `return;` in `tokens`, at any depth. Inside a nested scope they are errors.
pub fn rewrite(tokens: TokenStream, rw: &mut Rewriter<'_>) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                let span = ident.span();
                let ours = match name.as_str() {
                    "yield_" => Some(Ours::Yield),
                    "yield_from" => Some(Ours::YieldFrom),
                    _ => None,
                };
                if let (Some(kind), Some(operand)) = (ours, macro_call_args(&trees[i + 1..])) {
                    let operand = if operand.is_empty() && kind == Ours::Yield {
                        quote::quote_spanned!(span=> ())
                    } else {
                        rewrite(operand, rw)
                    };
                    out.extend(point(rw, kind, &operand, span));
                    i += 3;
                    continue;
                }
                if name == "yield" {
                    let end = expr_end(&trees[i + 1..]) + i + 1;
                    let operand: TokenStream = trees[i + 1..end].iter().cloned().collect();
                    let operand = if operand.is_empty() {
                        quote::quote_spanned!(span=> ())
                    } else {
                        rewrite(operand, rw)
                    };
                    out.extend(point(rw, Ours::Keyword, &operand, span));
                    i = end;
                    continue;
                }
                if name == "return"
                    && rw.ctx.fallible
                    && matches!(rw.scope, Scope::Body)
                    && is_semi(trees.get(i + 1))
                {
                    out.extend(crate::yields::Ctx::return_ok(span));
                    i += 1;
                    continue;
                }
                out.extend([trees[i].clone()]);
            }
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), rewrite(group.stream(), rw));
                new.set_span(group.span());
                out.extend([TokenTree::Group(new)]);
            }
            other => out.extend([other.clone()]),
        }
        i += 1;
    }
    out
}

/// The rewritten yield, braced so that it stays one expression wherever the
/// macro puts it.
fn point(rw: &mut Rewriter<'_>, kind: Ours, operand: &TokenStream, span: Span) -> TokenStream {
    let tokens = rw.point(kind, operand, span, true).tokens;
    let mut group = Group::new(Delimiter::Brace, tokens);
    group.set_span(span);
    TokenStream::from(TokenTree::Group(group))
}

/// `! (..)` / `! [..]` / `! {..}` right after a macro name: the call's arguments.
fn macro_call_args(rest: &[TokenTree]) -> Option<TokenStream> {
    match rest {
        [TokenTree::Punct(bang), TokenTree::Group(args), ..] if bang.as_char() == '!' => Some(args.stream()),
        _ => None,
    }
}

/// Index (in `rest`) where the operand of a bare `yield` ends: the first `,` or
/// `;` at this nesting level, or the end of the group. `=>` and `,` inside
/// groups do not count.
fn expr_end(rest: &[TokenTree]) -> usize {
    rest.iter()
        .position(|tt| matches!(tt, TokenTree::Punct(p) if (p.as_char() == ',' || p.as_char() == ';') && p.spacing() == Spacing::Alone))
        .unwrap_or(rest.len())
}

fn is_semi(tt: Option<&TokenTree>) -> bool {
    matches!(tt, Some(TokenTree::Punct(p)) if p.as_char() == ';')
}
