/work/main/tests/nightly/target/debug/deps/asyncgen_tests-df6a9acbd7752391.d: /work/main/tests/src/lib.rs

/work/main/tests/nightly/target/debug/deps/libasyncgen_tests-df6a9acbd7752391.rlib: /work/main/tests/src/lib.rs

/work/main/tests/nightly/target/debug/deps/libasyncgen_tests-df6a9acbd7752391.rmeta: /work/main/tests/src/lib.rs

/work/main/tests/src/lib.rs:
