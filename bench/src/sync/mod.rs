//! Sync generators against hand-written iterators and their peers: workloads A (yield
//! `0..N`), C (a `match` per item), D (three chained generators via `yield_from!`), E
//! (64-byte items). Each cell builds its iterator and drains it with [`drain`], in a
//! function of its own, so that the whole loop is inlined as in a program with only it.
//! The binary `sync` runs one cell: `sync <impl> <workload> <n>`; the nightly crate
//! adds native `gen` blocks with the same workloads.

use core::hint::black_box;

use crate::Weigh;

pub mod from_fn;
pub mod genawaiter;
pub mod hand;
pub mod ours;
pub mod via_stream;

/// The consumer: a `for` loop that folds every item into a sum.
#[inline(always)]
#[allow(clippy::inline_always)] // the measured loop belongs in each cell's function
pub fn drain<I: IntoIterator<Item: Weigh>>(it: I) -> u64 {
    let mut acc = 0u64;
    for x in it {
        acc = acc.wrapping_add(black_box(x).weigh());
    }
    black_box(acc)
}

/// Workload C's per-item `match`, shared by every implementation.
#[inline(always)]
#[allow(clippy::inline_always)]
#[must_use]
pub const fn c_item(i: u64) -> Option<u64> {
    match i % 4 {
        0 => Some(i),
        1 => Some(i * 3),
        2 => None,
        _ => Some(i + 7),
    }
}

/// Implementation names of the stable suite, in table order.
pub const IMPLS: [&str; 6] = ["hand", "from_fn", "genawaiter", "ours", "ours-pin", "via-stream"];

/// Workload names, in table order.
pub const WORKLOADS: [&str; 4] = ["A", "C", "D", "E"];

macro_rules! cells {
    ($imp:expr, $wl:expr, $n:expr; $($i:literal, $w:literal => $cell:expr,)*) => {{
        match ($imp, $wl) {
            $(($i, $w) => Some(black_box($cell as fn(u64) -> u64)($n)),)*
            _ => None,
        }
    }};
}

/// Runs cell `imp`/`wl` with `n` items; `None` if there is no such cell.
#[must_use]
pub fn dispatch(imp: &str, wl: &str, n: u64) -> Option<u64> {
    cells! { imp, wl, n;
        "hand", "A" => hand::a, "hand", "C" => hand::c, "hand", "D" => hand::d, "hand", "E" => hand::e,
        "from_fn", "A" => from_fn::a, "from_fn", "C" => from_fn::c, "from_fn", "D" => from_fn::d,
        "from_fn", "E" => from_fn::e,
        "genawaiter", "A" => genawaiter::a, "genawaiter", "C" => genawaiter::c,
        "genawaiter", "D" => genawaiter::d, "genawaiter", "E" => genawaiter::e,
        "ours", "A" => ours::a, "ours", "C" => ours::c, "ours", "D" => ours::d, "ours", "E" => ours::e,
        "ours-pin", "A" => ours::a_pin, "ours-pin", "C" => ours::c_pin, "ours-pin", "D" => ours::d_pin,
        "ours-pin", "E" => ours::e_pin,
        "via-stream", "A" => via_stream::a, "via-stream", "C" => via_stream::c,
        "via-stream", "D" => via_stream::d, "via-stream", "E" => via_stream::e,
    }
}
