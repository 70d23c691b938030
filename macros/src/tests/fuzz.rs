//! The macro never panics: thousands of inputs mutated from the snapshot corpus
//! (token deletions, insertions, swaps, duplications, truncations) all expand
//! to tokens or errors.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{Group, TokenStream, TokenTree};

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }
}

/// Fragments worth inserting: the syntax the macro looks at.
const FRAGMENTS: &[&str] = &[
    "yield_!(1)",
    "yield_!()",
    "yield",
    "yield_from!(s)",
    "?",
    "#[for_await]",
    "for await",
    "async",
    "async move {}",
    "fn",
    "for x in s {}",
    "await",
    ".await",
    ";",
    ",",
    "'a",
    "'a:",
    "{}",
    "()",
    "[]",
    "return",
    "return;",
    "|x|",
    "move ||",
    "::",
    "!",
    "Result<u32, E>",
    "-> u32",
    "&self",
    "impl Trait",
    "boxed",
    "Send",
    "#[async_generator]",
    "macro_rules! m { () => {} }",
    "=>",
    "asyncgen::yield_!",
    "const",
    "unsafe",
    "...",
    "dyn",
    "&'static str",
    "break 'a;",
    "#",
    "#![allow(unused)]",
    "#![doc = \"x\"]",
    "#[cfg(any())] x: u32,",
    "ref mut x: u32,",
    "_: u32,",
    "(a, _): (u32, u32),",
    "#[for_await(bar)]",
    "#[async_generator] async fn g() -> u8 { yield_!(1); }",
    "async_gen!(async fn g() -> u8 { yield 1; })",
    "asyncgen::async_gen!(async move { yield 1; })",
    "other::yield_!(1)",
    "|x| { return; }",
    "crate = ::asyncgen",
    "'life0",
    "W<'_>",
];

fn corpus() -> Vec<TokenStream> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/expand");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/expand exists")
        .map(|e| e.expect("readable dir").path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "rs") && !p.to_string_lossy().ends_with(".expanded.rs")
        })
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("readable").parse().expect("tokenizes")).collect()
}

/// Applies one random mutation at a random depth.
fn mutate(tokens: TokenStream, rng: &mut Rng) -> TokenStream {
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    // Sometimes descend into a group and mutate there instead.
    let groups: Vec<usize> = (0..trees.len()).filter(|&i| matches!(trees[i], TokenTree::Group(_))).collect();
    if !groups.is_empty() && rng.below(3) > 0 {
        let i = groups[rng.below(groups.len())];
        if let TokenTree::Group(g) = &trees[i] {
            let mut stream = mutate(g.stream(), rng);
            // Inner attributes at the start of blocks: fn, loop, closure, async bodies.
            if g.delimiter() == proc_macro2::Delimiter::Brace && rng.below(4) == 0 {
                let attr: TokenStream = "#![allow(unused)]".parse().expect("attribute");
                stream = attr.into_iter().chain(stream).collect();
            }
            let mut new = Group::new(g.delimiter(), stream);
            new.set_span(g.span());
            trees[i] = TokenTree::Group(new);
        }
        return trees.into_iter().collect();
    }
    let len = trees.len();
    match rng.below(5) {
        0 if len > 0 => {
            trees.remove(rng.below(len));
        }
        1 => {
            let fragment: TokenStream = FRAGMENTS[rng.below(FRAGMENTS.len())].parse().expect("fragment");
            let at = rng.below(len + 1);
            trees.splice(at..at, fragment);
        }
        2 if len > 1 => {
            let (a, b) = (rng.below(len), rng.below(len));
            trees.swap(a, b);
        }
        3 if len > 0 => {
            let i = rng.below(len);
            trees.insert(i, trees[i].clone());
        }
        _ => trees.truncate(rng.below(len + 1)),
    }
    trees.into_iter().collect()
}

#[test]
fn never_panics_on_mutated_generators() {
    let corpus = corpus();
    let args: Vec<TokenStream> = [
        "",
        "boxed",
        "boxed_local",
        "Send",
        "boxed, Send",
        "x = 1",
        ",",
        "crate = my::asyncgen",
        "crate = \"a::b\"",
    ]
    .iter()
    .map(|a| a.parse().expect("args"))
    .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut runs = 0;
    for round in 0..800 {
        for (i, original) in corpus.iter().enumerate() {
            let mut input = original.clone();
            for _ in 0..=rng.below(4) {
                input = mutate(input, &mut rng);
            }
            let arg = args[(round + i) % args.len()].clone();
            let text = input.to_string();
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                crate::expand_attribute(arg, input.clone());
                crate::expand_function_like(input);
            }));
            assert!(outcome.is_ok(), "the macro panicked on:\n{text}");
            runs += 1;
        }
    }
    assert!(runs >= 10_000);
}
