/work/main/tests/nightly/target/debug/deps/asyncgen-05622cc9939400cf.d: /work/main/runtime/src/lib.rs /work/main/runtime/src/abort.rs /work/main/runtime/src/co.rs /work/main/runtime/src/generator.rs /work/main/runtime/src/output.rs /work/main/runtime/src/stream_ops.rs /work/main/runtime/src/private.rs

/work/main/tests/nightly/target/debug/deps/libasyncgen-05622cc9939400cf.rlib: /work/main/runtime/src/lib.rs /work/main/runtime/src/abort.rs /work/main/runtime/src/co.rs /work/main/runtime/src/generator.rs /work/main/runtime/src/output.rs /work/main/runtime/src/stream_ops.rs /work/main/runtime/src/private.rs

/work/main/tests/nightly/target/debug/deps/libasyncgen-05622cc9939400cf.rmeta: /work/main/runtime/src/lib.rs /work/main/runtime/src/abort.rs /work/main/runtime/src/co.rs /work/main/runtime/src/generator.rs /work/main/runtime/src/output.rs /work/main/runtime/src/stream_ops.rs /work/main/runtime/src/private.rs

/work/main/runtime/src/lib.rs:
/work/main/runtime/src/abort.rs:
/work/main/runtime/src/co.rs:
/work/main/runtime/src/generator.rs:
/work/main/runtime/src/output.rs:
/work/main/runtime/src/stream_ops.rs:
/work/main/runtime/src/private.rs:
