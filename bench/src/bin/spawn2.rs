//! Consumer shape "spawn2": "spawn" in a program that also polls the same generator
//! type from a second task. Usage: `spawn2 <impl> <workload> <n>`.

fn main() {
    asyncgen_bench::main_for::<asyncgen_bench::shapes::Spawn2>("spawn2");
}
