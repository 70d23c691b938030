//! Workloads A, B, C and E for each candidate, written as `free.rs` writes them.

macro_rules! workloads {
    ($m:ident) => {
        /// Workloads through this candidate.
        pub mod $m {
            use futures::Stream;

            use crate::candidates::$m::{Y, generator};
            use crate::{Big, PendingOnce, big};

            /// Workload A.
            pub fn a(n: u64) -> impl Stream<Item = u64> {
                generator(async move |mut y: Y<'_, u64>| {
                    for i in 0..n {
                        y.yield_(i).await;
                    }
                })
            }

            /// Workload B.
            pub fn b(n: u64) -> impl Stream<Item = u64> {
                generator(async move |mut y: Y<'_, u64>| {
                    for i in 0..n {
                        let v = core::future::ready(i).await;
                        y.yield_(v).await;
                    }
                })
            }

            /// Workload C.
            pub fn c(n: u64) -> impl Stream<Item = u64> {
                generator(async move |mut y: Y<'_, u64>| {
                    for i in 0..n {
                        PendingOnce::new().await;
                        y.yield_(i).await;
                    }
                })
            }

            /// Workload E.
            pub fn e(n: u64) -> impl Stream<Item = Big> {
                generator(async move |mut y: Y<'_, Big>| {
                    for i in 0..n {
                        y.yield_(big(i)).await;
                    }
                })
            }
        }
    };
}

workloads!(out);
workloads!(stack);
