//! Consumer shape "inline" of the main suite, with the nightly-only cells.
//! Usage: `inline <impl> <workload> <n>`.

fn main() {
    asyncgen_bench_nightly::main_for::<asyncgen_bench::shapes::Inline>("inline");
}
