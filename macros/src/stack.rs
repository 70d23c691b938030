//! Stack for deeply nested input (issue 14, item 7).
//!
//! `syn`'s parser recurses once per nesting level (about 11 KiB of an unoptimised
//! proc-macro's stack per parenthesis, 18 KiB per block), and so do our visitors,
//! `quote` and the drop of the syntax tree; rustc calls a proc macro on its own
//! thread's stack. So 850 nested parentheses, which rustc compiles in a plain
//! `async fn`, overflowed the stack and crashed rustc. Making our passes
//! iterative would not help: `syn` itself recurses.
//!
//! The fix: estimate, without recursion, how much stack the input can need, and
//! when that is more than a shallow input needs, run the expansion on a stack
//! segment of that size with `stacker::grow`. It stays on the same thread, which
//! matters: the compiler's proc-macro bridge is thread-local, and `proc_macro2`
//! values wrap handles that only that thread may use (a helper thread with a
//! large stack would have to round-trip through strings and lose every span).
//!
//! We always allocate the segment rather than use `stacker::maybe_grow`: our
//! copy of `stacker` cannot know the stack bounds when rustc itself already runs
//! us on a segment it allocated with its own copy.

use proc_macro2::{Spacing, TokenStream, TokenTree, token_stream::IntoIter};

#[cfg(not(feature = "deep-nesting"))]
use crate::errors::Emit;

/// Stack per unit of [`depth_estimate`]: at least twice what one token or one
/// nesting level was measured to take in an unoptimised build (the default for
/// proc macros, also in release builds).
const BYTES_PER_UNIT: usize = 16 * 1024;

/// Inputs up to this estimate run on the stack rustc gave us, as before.
const SHALLOW: usize = 64;

/// For everything else the expansion needs besides the recursion.
const BASE: usize = 1024 * 1024;

/// Without the `deep-nesting` feature: the most [`depth_estimate`] units rustc's
/// own 8 MiB stack takes safely (measured to overflow near 700 parentheses).
#[cfg(not(feature = "deep-nesting"))]
const MOST_WITHOUT_FEATURE: usize = 400;

/// Runs `expand` on a stack large enough for inputs of [`depth_estimate`] `units`.
#[cfg(feature = "deep-nesting")]
pub fn with_enough_stack(units: usize, expand: impl FnOnce() -> TokenStream) -> TokenStream {
    if units <= SHALLOW {
        return expand();
    }
    stacker::grow(BASE.saturating_add(units.saturating_mul(BYTES_PER_UNIT)), expand)
}

/// Without the `deep-nesting` feature, input too deep for rustc's stack gets a
/// compile error instead of crashing the compiler.
#[cfg(not(feature = "deep-nesting"))]
pub fn with_enough_stack(units: usize, expand: impl FnOnce() -> TokenStream) -> TokenStream {
    let _ = (SHALLOW, BASE, BYTES_PER_UNIT); // used with the feature
    if units <= MOST_WITHOUT_FEATURE {
        return expand();
    }
    let msg = "this generator nests too deeply for #[async_generator] to expand on rustc's stack: \
               enable the `deep-nesting` feature of `asyncgen` (it grows the stack with the `stacker` crate)";
    syn::Error::new(proc_macro2::Span::call_site(), msg).emit()
}

/// An upper bound, in units of one token, on how deep a parser or visitor of
/// `input` recurses; computed without recursion.
///
/// Within one group, syntax nests across the tokens of a statement (`!!!x`,
/// `|| || x`, `a + b + c` as a left-nested tree, `Vec<Vec<T>>`) and through its
/// groups: a segment costs its tokens plus its deepest group. `;` ends a segment;
/// `,` does too (array elements, arguments and match arms are parsed in a loop),
/// except for the `<` still open before it, which may nest generic arguments.
pub fn depth_estimate(input: &TokenStream) -> usize {
    struct Frame {
        tokens: IntoIter,
        /// Tokens of the current segment that may enclose what follows.
        segment: usize,
        /// Unclosed `<` in the current segment.
        angles: usize,
        /// The deepest group of the current segment, with its own level.
        deepest_group: usize,
        /// The most expensive segment so far.
        best: usize,
        /// The previous token was a `-` or `=` joined to this one (`->`, `=>`).
        arrow: bool,
    }
    impl Frame {
        fn new(stream: TokenStream) -> Self {
            Frame {
                tokens: stream.into_iter(),
                segment: 0,
                angles: 0,
                deepest_group: 0,
                best: 0,
                arrow: false,
            }
        }
        fn end_segment(&mut self) {
            self.best = self.best.max(self.segment + self.deepest_group);
            self.deepest_group = 0;
        }
    }
    let mut stack = vec![Frame::new(input.clone())];
    loop {
        let Some(frame) = stack.last_mut() else { unreachable!("the root frame returns") };
        let Some(token) = frame.tokens.next() else {
            let mut done = stack.pop().expect("a frame is on the stack");
            done.end_segment();
            match stack.last_mut() {
                Some(parent) => parent.deepest_group = parent.deepest_group.max(done.best + 1),
                None => return done.best,
            }
            continue;
        };
        frame.segment += 1;
        let arrow = frame.arrow;
        frame.arrow = false;
        match token {
            TokenTree::Group(group) => stack.push(Frame::new(group.stream())),
            TokenTree::Punct(punct) => match punct.as_char() {
                ';' => {
                    frame.end_segment();
                    frame.segment = 0;
                    frame.angles = 0;
                }
                ',' => {
                    frame.end_segment();
                    frame.segment = 2 * frame.angles;
                }
                '<' => frame.angles += 1,
                '>' if !arrow => frame.angles = frame.angles.saturating_sub(1),
                '-' | '=' => frame.arrow = punct.spacing() == Spacing::Joint,
                _ => {}
            },
            TokenTree::Ident(_) | TokenTree::Literal(_) => {}
        }
    }
}
