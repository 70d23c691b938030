/work/main/tests/nightly/target/debug/deps/keywords-f6a37ee8a66a4756.d: tests/keywords.rs

/work/main/tests/nightly/target/debug/deps/keywords-f6a37ee8a66a4756: tests/keywords.rs

tests/keywords.rs:
