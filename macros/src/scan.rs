//! Read-only questions about syntax, answered by walking its tokens.
//!
//! Not `syn::visit`: every visitor type instantiates syn's whole generic traversal
//! (about 12 k lines of LLVM IR each), and five small read-only visitors were a
//! third of this crate's build (BENCHMARKS.md, "Compile time").

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::ToTokens;

use crate::tokens::ends_expression;

fn is_punct(tt: Option<&TokenTree>, c: char) -> bool {
    matches!(tt, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

fn is_ident(tt: Option<&TokenTree>, name: &str) -> bool {
    matches!(tt, Some(TokenTree::Ident(i)) if i == name)
}

fn is_group(tt: Option<&TokenTree>, delimiter: Delimiter) -> bool {
    matches!(tt, Some(TokenTree::Group(g)) if g.delimiter() == delimiter)
}

/// Whether `f` holds for any token at any depth.
fn any(tokens: TokenStream, f: &mut impl FnMut(&[TokenTree], usize) -> bool) -> bool {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    (0..trees.len()).any(|i| f(&trees, i) || matches!(&trees[i], TokenTree::Group(g) if any(g.stream(), f)))
}

/// `impl Trait` anywhere in a type.
pub fn contains_impl_trait(ty: &impl ToTokens) -> bool {
    any(ty.to_token_stream(), &mut |trees, i| is_ident(trees.get(i), "impl"))
}

/// A `ref mut` binding anywhere in a pattern.
pub fn has_ref_mut(pat: &impl ToTokens) -> bool {
    any(pat.to_token_stream(), &mut |trees, i| {
        is_ident(trees.get(i), "ref") && is_ident(trees.get(i + 1), "mut")
    })
}

/// Every lifetime name (`'a` → `a`) written in `tokens`.
pub fn lifetime_names(tokens: TokenStream, names: &mut Vec<String>) {
    any(tokens, &mut |trees, i| {
        if let (true, Some(TokenTree::Ident(name))) = (is_punct(trees.get(i), '\''), trees.get(i + 1)) {
            names.push(name.to_string());
        }
        false
    });
}

/// The lifetimes of an input type, as output elision sees them.
#[derive(Default)]
pub struct InputLifetimes {
    /// `&T` without a lifetime, and `'_`.
    pub elided: usize,
    /// Named lifetimes other than `'static`.
    pub named: Vec<String>,
    pub impl_trait: bool,
}

impl InputLifetimes {
    /// Adds the lifetimes of `ty`. Those bound inside a `fn(..)` pointer type or
    /// an `Fn(..)` bound are that type's own, and are skipped.
    pub fn add(&mut self, ty: &impl ToTokens) {
        self.add_tokens(ty.to_token_stream());
    }

    fn add_tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                TokenTree::Punct(p) if p.as_char() == '&' && !is_punct(trees.get(i + 1), '\'') => {
                    self.elided += 1;
                }
                TokenTree::Punct(p) if p.as_char() == '\'' => {
                    if let Some(TokenTree::Ident(name)) = trees.get(i + 1) {
                        match name.to_string().as_str() {
                            "_" => self.elided += 1,
                            "static" => {}
                            other => self.named.push(other.to_owned()),
                        }
                        i += 1;
                    }
                }
                TokenTree::Ident(ident) if ident == "impl" => self.impl_trait = true,
                // `fn(&T) -> &U` and `Fn(&T) -> &U`: skip the arguments and the output.
                TokenTree::Ident(_) if is_group(trees.get(i + 1), Delimiter::Parenthesis) => {
                    i = skip_fn_output(&trees, i + 2);
                    continue;
                }
                TokenTree::Group(g) => self.add_tokens(g.stream()),
                _ => {}
            }
            i += 1;
        }
    }
}

/// From just after a `fn(..)`'s arguments: past its `-> Output`, if any, which ends
/// at a `,`, `;`, `+` or an unmatched `>` at this level.
fn skip_fn_output(trees: &[TokenTree], mut i: usize) -> usize {
    if !(is_punct(trees.get(i), '-') && is_punct(trees.get(i + 1), '>')) {
        return i;
    }
    i += 2;
    let mut angles = 0usize;
    while let Some(tt) = trees.get(i) {
        match tt {
            TokenTree::Punct(p) if p.as_char() == '<' => angles += 1,
            TokenTree::Punct(p) if p.as_char() == '>' => match angles.checked_sub(1) {
                Some(open) => angles = open,
                None => break,
            },
            TokenTree::Punct(p) if angles == 0 && matches!(p.as_char(), ',' | ';' | '+') => break,
            _ => {}
        }
        i += 1;
    }
    i
}

/// Whether a block itself, not a closure, async block, item or inner `async_gen!`
/// in it, uses `?` (not `?Sized`) or `return` with a value: an inline generator is
/// then fallible.
pub fn fallible(tokens: TokenStream) -> bool {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while let Some(tt) = trees.get(i) {
        let prev = i.checked_sub(1).and_then(|p| trees.get(p));
        match tt {
            TokenTree::Punct(p) if p.as_char() == '?' && !is_ident(trees.get(i + 1), "Sized") => return true,
            TokenTree::Ident(id) if id == "return" => {
                let bare = trees.get(i + 1).is_none()
                    || is_punct(trees.get(i + 1), ';')
                    || is_punct(trees.get(i + 1), ',');
                if !bare {
                    return true;
                }
            }
            TokenTree::Ident(id) if id == "async" || id == "move" => {
                let mut j = i + 1;
                if is_ident(trees.get(j), "move") {
                    j += 1;
                }
                if is_group(trees.get(j), Delimiter::Brace) {
                    i = j + 1; // an async block
                    continue;
                }
                if is_punct(trees.get(j), '|') {
                    i = skip_closure(&trees, j);
                    continue;
                }
            }
            TokenTree::Punct(p) if p.as_char() == '|' && !ends_expression(prev) => {
                i = skip_closure(&trees, i);
                continue;
            }
            // A nested item (`fn name`, not a `fn(..)` pointer type): skip to past its body.
            TokenTree::Ident(id)
                if (id == "fn" && matches!(trees.get(i + 1), Some(TokenTree::Ident(_))))
                    || id == "impl"
                    || id == "trait"
                    || id == "mod" =>
            {
                i = past_brace(&trees, i);
                continue;
            }
            TokenTree::Ident(id)
                if (id == "async_gen" || id == "sync_gen") && is_punct(trees.get(i + 1), '!') =>
            {
                i += 3; // an inner generator: its `?` is its own
                continue;
            }
            TokenTree::Group(g) if fallible(g.stream()) => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// From a closure's first `|`: past its body (a block, or an expression that ends
/// at `,` or `;`).
fn skip_closure(trees: &[TokenTree], start: usize) -> usize {
    let mut i = start + 1;
    while i < trees.len() && !is_punct(trees.get(i), '|') {
        i += 1;
    }
    i += 1;
    if is_punct(trees.get(i), '-') && is_punct(trees.get(i + 1), '>') {
        return past_brace(trees, i);
    }
    if is_group(trees.get(i), Delimiter::Brace) {
        return i + 1;
    }
    while i < trees.len() && !is_punct(trees.get(i), ',') && !is_punct(trees.get(i), ';') {
        i += 1;
    }
    i
}

/// Past the first brace group at or after `i`.
fn past_brace(trees: &[TokenTree], mut i: usize) -> usize {
    while i < trees.len() && !is_group(trees.get(i), Delimiter::Brace) {
        i += 1;
    }
    i + 1
}
