//! Deeply nested input (issue 14, item 7): the expansion gets the stack it needs.

use crate::stack::{depth_estimate, with_enough_stack};
use proc_macro2::TokenStream;

fn body(depth: usize, shape: &str) -> String {
    let n = depth;
    let nest = |open: &str, inner: &str, close: &str| format!("{}{inner}{}", open.repeat(n), close.repeat(n));
    let expr = match shape {
        "parens" => nest("(", "yield_!(1)", ")"),
        "blocks" => nest("{", "yield_!(1)", "}"),
        "nots" => format!("{{ if {}true {{ yield_!(1) }} }}", "!".repeat(n)),
        "sum" => format!("yield_!(1{})", " + 1".repeat(n)),
        "closures" => format!("{{ let _f = {}1; yield_!(1) }}", "|| ".repeat(n)),
        "generics" => format!("{{ let _v: {}u32{} = 1; yield_!(1) }}", "Option<".repeat(n), ">".repeat(n)),
        _ => unreachable!(),
    };
    format!("async fn deep() -> u32 {{ {expr}; }}")
}

const SHAPES: [&str; 6] = ["parens", "blocks", "nots", "sum", "closures", "generics"];

/// The estimate grows with every kind of nesting, not only with groups.
#[test]
fn estimate_grows_with_nesting() {
    for shape in SHAPES {
        let shallow = depth_estimate(&body(10, shape).parse().unwrap());
        let deep = depth_estimate(&body(1000, shape).parse().unwrap());
        assert!(deep >= 1000, "{shape}: {deep}");
        assert!(shallow < 64, "{shape}: {shallow}");
    }
}

/// Siblings do not add up: statements, arguments and elements are parsed in a loop.
#[test]
fn estimate_of_long_flat_input_stays_small() {
    let statements = "let x = f(1, 2); ".repeat(1000);
    let elements = format!("let v = [{}];", "(1, 2), ".repeat(1000));
    for input in [statements, elements] {
        let estimate = depth_estimate(&format!("async fn f() -> u32 {{ {input} }}").parse().unwrap());
        assert!(estimate < 64, "{estimate}");
    }
    // Generic arguments nest across commas.
    let map = format!("let m: {}u32{} = 1;", "Map<u32, ".repeat(100), ">".repeat(100));
    assert!(depth_estimate(&map.parse().unwrap()) >= 100);
}

/// 2000 levels of each shape expand on a thread whose own stack is 256 KiB.
#[cfg(feature = "deep-nesting")]
#[test]
fn deep_input_expands_on_a_small_stack() {
    for shape in SHAPES {
        let source = body(2000, shape);
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || {
                let item: TokenStream = source.parse().unwrap();
                let depth = depth_estimate(&item);
                // Printed and dropped on the grown stack: both recurse.
                let verdict = with_enough_stack(depth, move || {
                    let output = crate::expand_attribute(TokenStream::new(), item);
                    let failed = output.to_string().contains("compile_error");
                    drop(output);
                    if failed { quote::quote!(failed) } else { TokenStream::new() }
                });
                assert!(verdict.is_empty(), "{shape}");
            })
            .unwrap()
            .join()
            .unwrap();
    }
}

/// Without the feature, too deep an input is a compile error, never a crash; what
/// rustc's stack takes still expands.
#[cfg(not(feature = "deep-nesting"))]
#[test]
fn without_the_feature_deep_input_is_an_error_not_a_crash() {
    // rustc runs proc macros on an 8 MiB stack; the test harness's threads have less.
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            for shape in SHAPES {
                let deep: TokenStream = body(2000, shape).parse().unwrap();
                let output = with_enough_stack(depth_estimate(&deep), || unreachable!("not expanded"));
                assert!(output.to_string().contains("deep-nesting"), "{shape}");
                let shallow: TokenStream = body(100, shape).parse().unwrap();
                let output = with_enough_stack(depth_estimate(&shallow), move || {
                    crate::expand_attribute(TokenStream::new(), shallow)
                });
                assert!(!output.to_string().contains("compile_error"), "{shape}");
            }
        })
        .unwrap()
        .join()
        .unwrap();
}
