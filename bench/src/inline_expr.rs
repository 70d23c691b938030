//! asyncgen's inline form, `async_gen!(async move { .. })` (issue 11): workload A
//! only, to show it costs what the fn form ([`crate::ours`]) does.

use asyncgen::async_gen;
use futures::Stream;

/// Workload A.
pub fn a(n: u64) -> impl Stream<Item = u64> {
    async_gen!(async move {
        for i in 0..n {
            yield i;
        }
    })
}
