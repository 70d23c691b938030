//! Sync generators: one cell per run, `sync <impl> <workload> <n>`.

fn main() {
    asyncgen_bench::run_cell_from_args("sync", &asyncgen_bench::sync::IMPLS, asyncgen_bench::sync::dispatch);
}
