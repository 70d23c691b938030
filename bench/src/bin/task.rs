//! Consumer shape "task": a boxed `dyn Future` (behind `black_box`) whose body loops
//! `while let Some(x) = s.next().await`, polled to completion with a noop waker. The
//! stream itself stays a concrete type inside that future, as in a real task.
//! Usage: `task <impl> <workload> <n>`.

fn main() {
    asyncgen_bench::main_for::<asyncgen_bench::shapes::Task>("task");
}
