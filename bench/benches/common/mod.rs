//! Shared driver of the criterion benches: every (implementation, workload) cell
//! through one consumer shape, `N` items per iteration.

use std::time::Duration;

use asyncgen_bench::{IMPLS, Shape, WORKLOADS, dispatch};
use criterion::{BenchmarkId, Criterion, Throughput};

/// Items per measured iteration.
pub const N: u64 = 10_000;

/// Short enough that the whole suite runs in a few minutes on two cores.
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30)
}

/// Benchmarks every cell through shape `S`, as group `shape`.
pub fn bench_shape<S: Shape>(c: &mut Criterion, shape: &str) {
    let mut group = c.benchmark_group(shape);
    group.throughput(Throughput::Elements(N));
    for wl in WORKLOADS {
        for imp in IMPLS {
            if dispatch::<S>(imp, wl, 0).is_none() {
                continue; // `inline-expr` has workload A only
            }
            group.bench_with_input(BenchmarkId::new(wl, imp), &(imp, wl), |b, &(imp, wl)| {
                b.iter(|| dispatch::<S>(imp, wl, N).expect("known cell"));
            });
        }
    }
    group.finish();
}
