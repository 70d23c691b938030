//! Yield points inside other macros' arguments (`tokio::select!`, `assert!`,
//! `vec![]`, user `macro_rules!`): rustc has not parsed those tokens, so we
//! rewrite them as tokens, tracking closure and async-block scopes as the
//! syntax-tree visitor does.

use proc_macro2::{Delimiter, Group, Spacing, Span, TokenStream, TokenTree};

use crate::scope::{Ours, Points, Scope};

/// Rewrites `yield_!(..)`, `yield_from!(..)`, `yield ..` and (fallible bodies)
/// a bare `return` in `tokens`, at any depth. Inside a nested scope they are errors.
/// Inner generators (`async_gen!(..)`, `#[async_generator]` items) are left alone.
pub fn rewrite(tokens: TokenStream, sink: &mut impl Points, scope: Scope) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(trees.len());
    let mut i = 0;
    while i < trees.len() {
        let rest = &trees[i + 1..];
        match &trees[i] {
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                let span = ident.span();
                let prefix = our_path_prefix(&trees[..i]);
                if let (Some(kind), Some(args), Some(prefix)) =
                    (Ours::from_macro_name(&name), macro_call_args(rest), prefix)
                {
                    out.truncate(out.len().saturating_sub(prefix));
                    let operand = if args.is_empty() && kind == Ours::Yield {
                        quote::quote_spanned!(span=> ())
                    } else {
                        rewrite(args, sink, scope)
                    };
                    out.push(braced(sink.point(kind, &operand, span, scope), span));
                    i += 3;
                    continue;
                }
                if (name == "async_gen" || name == "sync_gen") && macro_call_args(rest).is_some() {
                    out.extend(trees[i..i + 3].iter().cloned());
                    i += 3;
                    continue;
                }
                if name == "yield" {
                    let end = expr_end(rest) + i + 1;
                    let operand: TokenStream = trees[i + 1..end].iter().cloned().collect();
                    let operand = if operand.is_empty() {
                        quote::quote_spanned!(span=> ())
                    } else {
                        rewrite(operand, sink, scope)
                    };
                    out.push(braced(sink.point(Ours::Keyword, &operand, span, scope), span));
                    i = end;
                    continue;
                }
                // A bare `return`: before `;`, before `,` (a `select!` arm, a match
                // arm) or last in its group (`{ return }`, `(return)`).
                if name == "return"
                    && sink.fallible()
                    && matches!(scope, Scope::Body)
                    && (rest.is_empty() || is_punct(rest.first(), ';') || is_punct(rest.first(), ','))
                {
                    out.extend(sink.return_ok(span));
                    i += 1;
                    continue;
                }
                if name == "await" && matches!(scope, Scope::Body) && is_punct(trees[..i].last(), '.') {
                    sink.await_point(span);
                }
                if name == "async" {
                    // `async {..}` / `async move {..}`: an async block, its own scope.
                    let skip = usize::from(matches!(rest.first(), Some(TokenTree::Ident(m)) if m == "move"));
                    if let Some(TokenTree::Group(body)) = rest.get(skip) {
                        if body.delimiter() == Delimiter::Brace {
                            out.extend(trees[i..=i + skip].iter().cloned());
                            out.push(regroup(
                                body,
                                rewrite(body.stream(), sink, Scope::Nested("an async block")),
                            ));
                            i += skip + 2;
                            continue;
                        }
                    }
                }
                out.push(trees[i].clone());
            }
            TokenTree::Punct(p) if p.as_char() == '|' && !ends_expression(trees[..i].last()) => {
                i = closure(&trees, i, &mut out, sink);
                continue;
            }
            TokenTree::Punct(p) if p.as_char() == '#' && is_generator_attr(rest.first()) => {
                // `#[async_generator] fn ..`: copied as is, up to its body or `;`.
                let end = rest
                    .iter()
                    .position(|tt| match tt {
                        TokenTree::Group(g) => g.delimiter() == Delimiter::Brace,
                        TokenTree::Punct(p) => p.as_char() == ';',
                        _ => false,
                    })
                    .map_or(trees.len(), |at| at + i + 2);
                out.extend(trees[i..end].iter().cloned());
                i = end;
                continue;
            }
            TokenTree::Group(group) => out.push(regroup(group, rewrite(group.stream(), sink, scope))),
            other => out.push(other.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}

/// A closure starting at the `|` at `trees[start]`: its parameters and return
/// type are copied, its body is rewritten as a nested scope. Returns where it ends.
fn closure(trees: &[TokenTree], start: usize, out: &mut Vec<TokenTree>, sink: &mut impl Points) -> usize {
    let scope = Scope::Nested("a closure");
    // `||` is two puncts; otherwise the parameters end at the next `|`.
    let params_end = if is_punct(trees.get(start + 1), '|') {
        start + 2
    } else {
        trees[start + 1..]
            .iter()
            .position(|tt| is_punct(Some(tt), '|'))
            .map_or(trees.len(), |at| at + start + 2)
    };
    out.extend(trees[start..params_end].iter().cloned());
    let mut i = params_end;
    if is_punct(trees.get(i), '-') && is_punct(trees.get(i + 1), '>') {
        // `-> T { .. }`: the body is the first brace group.
        while i < trees.len() {
            if let TokenTree::Group(g) = &trees[i] {
                if g.delimiter() == Delimiter::Brace {
                    out.push(regroup(g, rewrite(g.stream(), sink, scope)));
                    return i + 1;
                }
            }
            out.push(trees[i].clone());
            i += 1;
        }
        return i;
    }
    let end = (expr_end(&trees[i..]) + i).min(trees.len());
    let body: TokenStream = trees[i..end].iter().cloned().collect();
    out.extend(rewrite(body, sink, scope));
    end
}

/// Whether the token before a `|` ends an operand, making the `|` a binary
/// operator; otherwise it starts a closure.
pub(crate) fn ends_expression(prev: Option<&TokenTree>) -> bool {
    match prev {
        Some(TokenTree::Literal(_) | TokenTree::Group(_)) => true,
        Some(TokenTree::Punct(p)) => p.as_char() == '?',
        Some(TokenTree::Ident(ident)) => !matches!(
            ident.to_string().as_str(),
            "move"
                | "async"
                | "return"
                | "in"
                | "if"
                | "else"
                | "match"
                | "while"
                | "break"
                | "let"
                | "yield"
                | "static"
        ),
        None => false,
    }
}

/// How many tokens before a macro name make it ours: 0 when bare, 3 for
/// `asyncgen::`, 5 for `::asyncgen::`; `None` for any other path.
fn our_path_prefix(before: &[TokenTree]) -> Option<usize> {
    let colons = |at: &[TokenTree]| match at {
        [.., TokenTree::Punct(a), TokenTree::Punct(b)] => {
            a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
        }
        _ => false,
    };
    if !colons(before) {
        return Some(0);
    }
    let before = &before[..before.len() - 2];
    match before.last() {
        Some(TokenTree::Ident(krate)) if krate == "asyncgen" => {}
        _ => return None,
    }
    let before = &before[..before.len() - 1];
    if !colons(before) {
        return Some(3);
    }
    // `::asyncgen::`, but not `some::asyncgen::`.
    let head = &before[..before.len() - 2];
    match head.last() {
        Some(TokenTree::Ident(_)) => None,
        Some(TokenTree::Punct(p)) if p.as_char() == '>' => None,
        _ => Some(5),
    }
}

/// `#` followed by `[async_generator]` / `[asyncgen::async_generator(..)]`.
fn is_generator_attr(next: Option<&TokenTree>) -> bool {
    let Some(TokenTree::Group(g)) = next else { return false };
    g.delimiter() == Delimiter::Bracket
        && syn::parse2::<syn::Meta>(g.stream()).is_ok_and(|meta| {
            let path = meta.path();
            crate::scope::is_our_path(path, "async_generator")
                || crate::scope::is_our_path(path, "sync_generator")
        })
}

fn regroup(group: &Group, stream: TokenStream) -> TokenTree {
    let mut new = Group::new(group.delimiter(), stream);
    new.set_span(group.span());
    TokenTree::Group(new)
}

/// The rewritten yield, braced so that it stays one expression wherever the
/// macro puts it.
fn braced(tokens: TokenStream, span: Span) -> TokenTree {
    let mut group = Group::new(Delimiter::Brace, tokens);
    group.set_span(span);
    TokenTree::Group(group)
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

fn is_punct(tt: Option<&TokenTree>, c: char) -> bool {
    matches!(tt, Some(TokenTree::Punct(p)) if p.as_char() == c)
}
