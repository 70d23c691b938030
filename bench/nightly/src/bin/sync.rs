//! Sync generators with native `gen` blocks beside the stable suite's cells.
//! Usage: `sync <impl> <workload> <n>`.

fn main() {
    asyncgen_bench::run_cell_from_args(
        "sync",
        &["gen", "hand-nightly", "ours-pin-nightly"],
        asyncgen_bench_nightly::sync_gen::dispatch,
    );
}
