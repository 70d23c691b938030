//! `for await pat in s { .. }` → `#[for_await] for pat in s { .. }`, before
//! parsing: syn has no syntax for `for await`, and both spellings then share
//! one rewrite.

use proc_macro2::{Group, Punct, Spacing, TokenStream, TokenTree};
use quote::quote_spanned;

/// Rewrites every `for await` in `tokens`, at any depth.
pub fn desugar_for_await(tokens: TokenStream) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Ident(ref ident) if ident == "for" && is_await(iter.peek()) => {
                let await_token = iter.next();
                let span = await_token.map_or_else(|| ident.span(), |t| t.span());
                // An attribute goes before a loop label: `#[a] 'l: for`.
                let at = label_start(&out).unwrap_or(out.len());
                let attr = quote_spanned!(span=> #[for_await]);
                out.splice(at..at, attr);
                out.push(tt);
            }
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), desugar_for_await(group.stream()));
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

fn is_await(tt: Option<&TokenTree>) -> bool {
    matches!(tt, Some(TokenTree::Ident(ident)) if ident == "await")
}

/// Where `'label :` starts if `out` ends with one.
fn label_start(out: &[TokenTree]) -> Option<usize> {
    match out {
        [.., TokenTree::Punct(tick), TokenTree::Ident(_), TokenTree::Punct(colon)]
            if tick.as_char() == '\'' && tick.spacing() == Spacing::Joint && is_colon(colon) =>
        {
            Some(out.len() - 3)
        }
        _ => None,
    }
}

fn is_colon(p: &Punct) -> bool {
    p.as_char() == ':' && p.spacing() == Spacing::Alone
}
