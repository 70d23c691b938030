//! Consumer shape "spawn": the generator fn called inside a boxed task whose body
//! loops `while let Some(x) = s.next().await`. Usage: `spawn <impl> <workload> <n>`.

fn main() {
    asyncgen_bench::main_for::<asyncgen_bench::shapes::Spawn>("spawn");
}
