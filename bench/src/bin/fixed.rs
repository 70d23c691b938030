//! Consumer shape "fixed": `n` streams of 0 items, each built, polled to its end and
//! dropped, so (Ir(n) − Ir(0)) / n is the fixed cost per stream. Usage:
//! `fixed <impl> <workload> <n>`.

fn main() {
    asyncgen_bench::main_for::<asyncgen_bench::shapes::Fixed>("fixed");
}
