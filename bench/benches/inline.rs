//! Criterion wall-clock bench, consumer shape "inline" (one shape per bench binary).

mod common;

fn bench(c: &mut criterion::Criterion) {
    common::bench_shape::<asyncgen_bench::shapes::Inline>(c, "inline");
}

criterion::criterion_group! {
    name = benches;
    config = common::config();
    targets = bench
}
criterion::criterion_main!(benches);
