//! Consumer shape "dyn": the stream as `Pin<Box<dyn Stream>>` behind `black_box`,
//! polled in a loop with a noop waker. Usage: `dyn <impl> <workload> <n>`.

fn main() {
    asyncgen_bench::main_for::<asyncgen_bench::shapes::Dyn>("dyn");
}
