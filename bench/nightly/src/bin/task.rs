//! Consumer shape "task" of the main suite, with the nightly-only cells.
//! Usage: `task <impl> <workload> <n>`.

fn main() {
    asyncgen_bench_nightly::main_for::<asyncgen_bench::shapes::Task>("task");
}
