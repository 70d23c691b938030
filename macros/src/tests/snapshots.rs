//! Expansion snapshots: every `tests/expand/*.rs` is expanded and formatted
//! with prettyplease, then compared with its checked-in `*.expanded.rs`.
//! `ASYNCGEN_BLESS=1 cargo test -p asyncgen-macros` rewrites them.

use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit_mut::VisitMut;
use syn::{Attribute, ImplItem, Item, Macro, TraitItem};

/// Expands every generator in a parsed file, wherever it stands.
pub fn expand_file(file: &mut syn::File) {
    file.items = std::mem::take(&mut file.items).into_iter().flat_map(expand_item).collect();
}

fn expand_item(item: Item) -> Vec<Item> {
    match item {
        Item::Fn(mut f) => {
            if let Some(args) = take_ours(&mut f.attrs) {
                return reparse_items(crate::expand_attribute(args, f.into_token_stream()));
            }
            InlineGenerators.visit_block_mut(&mut f.block);
            vec![Item::Fn(f)]
        }
        Item::Macro(m) if is_async_gen(&m.mac) => reparse_items(crate::expand_function_like(m.mac.tokens)),
        Item::Impl(mut imp) => {
            imp.items = imp.items.into_iter().map(expand_impl_item).collect();
            vec![Item::Impl(imp)]
        }
        Item::Trait(mut tr) => {
            tr.items = tr.items.into_iter().map(expand_trait_item).collect();
            vec![Item::Trait(tr)]
        }
        Item::Mod(mut m) => {
            if let Some((_, items)) = &mut m.content {
                *items = std::mem::take(items).into_iter().flat_map(expand_item).collect();
            }
            vec![Item::Mod(m)]
        }
        other => vec![other],
    }
}

fn expand_impl_item(item: ImplItem) -> ImplItem {
    match item {
        ImplItem::Fn(mut f) => match take_ours(&mut f.attrs) {
            Some(args) => reparse(crate::expand_attribute(args, f.into_token_stream())),
            None => ImplItem::Fn(f),
        },
        ImplItem::Macro(m) if is_async_gen(&m.mac) => reparse(crate::expand_function_like(m.mac.tokens)),
        other => other,
    }
}

fn expand_trait_item(item: TraitItem) -> TraitItem {
    match item {
        TraitItem::Fn(mut f) => match take_ours(&mut f.attrs) {
            Some(args) => reparse(crate::expand_attribute(args, f.into_token_stream())),
            None => TraitItem::Fn(f),
        },
        TraitItem::Macro(m) if is_async_gen(&m.mac) => reparse(crate::expand_function_like(m.mac.tokens)),
        other => other,
    }
}

/// Expands inline `async_gen!(async move { .. })` expressions in a plain fn's body.
struct InlineGenerators;

impl syn::visit_mut::VisitMut for InlineGenerators {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::Macro(m) = expr {
            if is_async_gen(&m.mac) {
                *expr = reparse(crate::expand_function_like(m.mac.tokens.clone()));
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// Removes `#[async_generator(..)]` from `attrs`, returning its arguments.
fn take_ours(attrs: &mut Vec<Attribute>) -> Option<TokenStream> {
    let pos =
        attrs.iter().position(|a| a.path().segments.last().is_some_and(|s| s.ident == "async_generator"))?;
    Some(match attrs.remove(pos).meta {
        syn::Meta::List(list) => list.tokens,
        _ => TokenStream::new(),
    })
}

fn is_async_gen(mac: &Macro) -> bool {
    mac.path.segments.last().is_some_and(|s| s.ident == "async_gen")
}

#[allow(clippy::needless_pass_by_value)] // reads better at the call sites
fn reparse_items(tokens: TokenStream) -> Vec<Item> {
    syn::parse2::<syn::File>(tokens.clone())
        .unwrap_or_else(|err| panic!("expansion does not parse as items: {err}\n{tokens}"))
        .items
}

#[allow(clippy::needless_pass_by_value)]
fn reparse<T: syn::parse::Parse>(tokens: TokenStream) -> T {
    syn::parse2(tokens.clone()).unwrap_or_else(|err| panic!("expansion does not parse: {err}\n{tokens}"))
}

fn expand_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/expand")
}

/// The formatted expansion of one input file.
pub fn expand_source(source: &str) -> String {
    let mut file = syn::parse_file(source).expect("snapshot input parses");
    expand_file(&mut file);
    prettyplease::unparse(&file)
}

#[test]
fn expansions_match_snapshots() {
    let bless = std::env::var_os("ASYNCGEN_BLESS").is_some();
    let mut inputs: Vec<PathBuf> = fs::read_dir(expand_dir())
        .expect("tests/expand exists")
        .map(|entry| entry.expect("readable dir").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .filter(|p| !p.to_string_lossy().ends_with(".expanded.rs"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 12, "expected at least a dozen snapshot inputs");
    let mut mismatched = Vec::new();
    for input in &inputs {
        let actual = expand_source(&fs::read_to_string(input).expect("readable input"));
        let snapshot = input.with_extension("expanded.rs");
        if bless {
            fs::write(&snapshot, &actual).expect("writable snapshot");
        } else if fs::read_to_string(&snapshot).ok().as_deref() != Some(actual.as_str()) {
            mismatched.push(snapshot.display().to_string());
        }
    }
    assert!(
        mismatched.is_empty(),
        "expansions changed (review, then rerun with ASYNCGEN_BLESS=1): {mismatched:#?}"
    );
}
