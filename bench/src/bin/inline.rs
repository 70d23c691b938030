//! Consumer shape "inline": the stream pinned on the driver's stack, polled in a loop
//! with a noop waker. Usage: `inline <impl> <workload> <n>`.

fn main() {
    asyncgen_bench::main_for::<asyncgen_bench::shapes::Inline>("inline");
}
