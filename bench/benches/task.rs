//! Criterion wall-clock bench, consumer shape "task" (one shape per bench binary).

mod common;

fn bench(c: &mut criterion::Criterion) {
    common::bench_shape::<asyncgen_bench::shapes::Task>(c, "task");
}

criterion::criterion_group! {
    name = benches;
    config = common::config();
    targets = bench
}
criterion::criterion_main!(benches);
