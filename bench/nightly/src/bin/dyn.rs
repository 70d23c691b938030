//! Consumer shape "dyn" of the main suite, with the nightly-only cells.
//! Usage: `dyn <impl> <workload> <n>`.

fn main() {
    asyncgen_bench_nightly::main_for::<asyncgen_bench::shapes::Dyn>("dyn");
}
