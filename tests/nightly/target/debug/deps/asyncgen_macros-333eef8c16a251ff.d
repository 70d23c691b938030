/work/main/tests/nightly/target/debug/deps/asyncgen_macros-333eef8c16a251ff.d: /work/main/macros/src/lib.rs /work/main/macros/src/args.rs /work/main/macros/src/body.rs /work/main/macros/src/errors.rs /work/main/macros/src/expand.rs /work/main/macros/src/for_await.rs /work/main/macros/src/lifetimes.rs /work/main/macros/src/parse.rs /work/main/macros/src/tokens.rs /work/main/macros/src/yields.rs

/work/main/tests/nightly/target/debug/deps/libasyncgen_macros-333eef8c16a251ff.so: /work/main/macros/src/lib.rs /work/main/macros/src/args.rs /work/main/macros/src/body.rs /work/main/macros/src/errors.rs /work/main/macros/src/expand.rs /work/main/macros/src/for_await.rs /work/main/macros/src/lifetimes.rs /work/main/macros/src/parse.rs /work/main/macros/src/tokens.rs /work/main/macros/src/yields.rs

/work/main/macros/src/lib.rs:
/work/main/macros/src/args.rs:
/work/main/macros/src/body.rs:
/work/main/macros/src/errors.rs:
/work/main/macros/src/expand.rs:
/work/main/macros/src/for_await.rs:
/work/main/macros/src/lifetimes.rs:
/work/main/macros/src/parse.rs:
/work/main/macros/src/tokens.rs:
/work/main/macros/src/yields.rs:
