#!/usr/bin/env bash
# Compile-time benchmark: the same 50 realistic generators written with asyncgen and
# with async-stream, each in its own freshly generated crate (edition 2024) in a temp
# dir; times clean `cargo build` and `cargo check` (target dir removed before each run,
# so dependencies such as syn and the proc-macro crate are included), and a crate-only
# build / check (`cargo clean -p` of the generated crate, dependencies kept). Median of
# RUNS (default 3). Then one `cargo build --timings` per crate gives the per-unit split.
#
#   bench/compile-time.sh            # prints a markdown table
#   KEEP=1 bench/compile-time.sh     # keep the generated crates (path printed)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-3}
TMP=$(mktemp -d /tmp/asyncgen-compile-time.XXXXXX)
[[ ${KEEP:-0} == 1 ]] || trap 'rm -rf "$TMP"' EXIT
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR

prelude() {
    cat <<'EOF'
#![allow(dead_code, clippy::all)]
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use futures_core::Stream;

#[derive(Debug)]
pub struct Error(pub u32);

#[derive(Debug, Clone)]
pub struct Page {
    pub items: Vec<u32>,
    pub next: Option<u32>,
}

pub struct Client {
    pub pages: u32,
}

impl Client {
    pub async fn fetch(&self, cursor: u32) -> Result<Page, Error> {
        tick().await;
        if cursor > 1000 {
            return Err(Error(cursor));
        }
        let next = (cursor + 1 < self.pages).then_some(cursor + 1);
        Ok(Page { items: vec![cursor; 4], next })
    }
}

pub struct Store {
    pub items: Vec<(String, u64)>,
}

/// Pending once, then ready.
pub struct Tick(bool);

impl Future for Tick {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub fn tick() -> Tick {
    Tick(false)
}

pub async fn sleep(ticks: u32) {
    for _ in 0..ticks {
        tick().await;
    }
}

pub async fn probe(attempt: u32) -> Result<u32, Error> {
    tick().await;
    if attempt % 3 == 2 { Ok(attempt) } else { Err(Error(attempt)) }
}
EOF
}

gen_ours() { # $1 = index
    local i=$1
    case $((i % 8)) in
    0) cat <<EOF
#[async_generator]
pub async fn pages_$i(client: &Client, start: u32) -> Result<Page, Error> {
    let mut cursor = Some(start);
    while let Some(c) = cursor {
        let page = client.fetch(c + $i).await?;
        cursor = page.next;
        yield_!(Ok(page));
    }
}
EOF
    ;;
    1) cat <<EOF
#[async_generator]
pub async fn evens_$i<S: Stream<Item = u64>>(s: S) -> u64 {
    #[for_await]
    for x in s {
        if x % 2 == 0 {
            yield_!(x * $i);
        }
    }
}
EOF
    ;;
    2) cat <<EOF
#[async_generator]
pub async fn words_$i(text: String) -> String {
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        for w in line.split_whitespace() {
            tick().await;
            yield_!(format!("{}{}", w.to_uppercase(), $i));
        }
    }
}
EOF
    ;;
    3) cat <<EOF
#[async_generator]
pub async fn retry_$i(attempts: u32) -> Result<u32, Error> {
    let mut delay = 1;
    for a in 0..attempts {
        match probe(a + $i).await {
            Ok(v) => {
                yield_!(Ok(v));
                delay = 1;
            }
            Err(e) if a + 1 == attempts => Err::<(), _>(e)?,
            Err(_) => {
                delay *= 2;
                sleep(delay).await;
            }
        }
    }
}
EOF
    ;;
    4) cat <<EOF
#[async_generator]
pub async fn batches_$i<S: Stream<Item = u32>>(s: S, size: usize) -> Vec<u32> {
    let mut buf = Vec::with_capacity(size);
    #[for_await]
    for x in s {
        buf.push(x + $i);
        if buf.len() == size {
            yield_!(core::mem::take(&mut buf));
        }
    }
    if !buf.is_empty() {
        yield_!(buf);
    }
}
EOF
    ;;
    5) cat <<EOF
#[async_generator]
pub async fn concat_$i(a: u64, b: u64) -> u64 {
    yield_from!(counter(a));
    yield_!($i);
    yield_from!(counter(b));
}
EOF
    ;;
    6) cat <<EOF
impl Store {
    #[async_generator]
    pub async fn scan_$i(&self, prefix: &str) -> (String, u64) {
        for (k, v) in &self.items {
            if k.starts_with(prefix) {
                tick().await;
                yield_!((k.clone(), *v + $i));
            }
        }
    }
}
EOF
    ;;
    7) cat <<EOF
#[async_generator]
pub async fn fib_$i(limit: u64) -> u64 {
    let (mut a, mut b) = (0u64, $i);
    loop {
        if a > limit {
            return;
        }
        yield_!(a);
        let next = a + b;
        a = b;
        b = next;
        tick().await;
    }
}
EOF
    ;;
    esac
}

gen_astream() { # $1 = index
    local i=$1
    case $((i % 8)) in
    0) cat <<EOF
pub fn pages_$i(client: &Client, start: u32) -> impl Stream<Item = Result<Page, Error>> {
    try_stream! {
        let mut cursor = Some(start);
        while let Some(c) = cursor {
            let page = client.fetch(c + $i).await?;
            cursor = page.next;
            yield page;
        }
    }
}
EOF
    ;;
    1) cat <<EOF
pub fn evens_$i<S: Stream<Item = u64>>(s: S) -> impl Stream<Item = u64> {
    stream! {
        for await x in s {
            if x % 2 == 0 {
                yield x * $i;
            }
        }
    }
}
EOF
    ;;
    2) cat <<EOF
pub fn words_$i(text: String) -> impl Stream<Item = String> {
    stream! {
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            for w in line.split_whitespace() {
                tick().await;
                yield format!("{}{}", w.to_uppercase(), $i);
            }
        }
    }
}
EOF
    ;;
    3) cat <<EOF
pub fn retry_$i(attempts: u32) -> impl Stream<Item = Result<u32, Error>> {
    try_stream! {
        let mut delay = 1;
        for a in 0..attempts {
            match probe(a + $i).await {
                Ok(v) => {
                    yield v;
                    delay = 1;
                }
                Err(e) if a + 1 == attempts => Err::<(), _>(e)?,
                Err(_) => {
                    delay *= 2;
                    sleep(delay).await;
                }
            }
        }
    }
}
EOF
    ;;
    4) cat <<EOF
pub fn batches_$i<S: Stream<Item = u32>>(s: S, size: usize) -> impl Stream<Item = Vec<u32>> {
    stream! {
        let mut buf = Vec::with_capacity(size);
        for await x in s {
            buf.push(x + $i);
            if buf.len() == size {
                yield core::mem::take(&mut buf);
            }
        }
        if !buf.is_empty() {
            yield buf;
        }
    }
}
EOF
    ;;
    5) cat <<EOF
pub fn concat_$i(a: u64, b: u64) -> impl Stream<Item = u64> {
    stream! {
        for await x in counter(a) {
            yield x;
        }
        yield $i;
        for await x in counter(b) {
            yield x;
        }
    }
}
EOF
    ;;
    6) cat <<EOF
impl Store {
    pub fn scan_$i(&self, prefix: &str) -> impl Stream<Item = (String, u64)> {
        stream! {
            for (k, v) in &self.items {
                if k.starts_with(prefix) {
                    tick().await;
                    yield (k.clone(), *v + $i);
                }
            }
        }
    }
}
EOF
    ;;
    7) cat <<EOF
pub fn fib_$i(limit: u64) -> impl Stream<Item = u64> {
    stream! {
        let (mut a, mut b) = (0u64, $i);
        loop {
            if a > limit {
                return;
            }
            yield a;
            let next = a + b;
            a = b;
            b = next;
            tick().await;
        }
    }
}
EOF
    ;;
    esac
}

make_crate() { # $1 = ours|astream
    local kind=$1 dir=$TMP/$1
    mkdir -p "$dir/src"
    {
        echo '[package]'
        echo "name = \"gen50-$kind\""
        echo 'version = "0.0.0"'
        echo 'edition = "2024"'
        echo 'publish = false'
        echo
        echo '[dependencies]'
        echo 'futures-core = "0.3"'
        if [[ $kind == ours ]]; then
            echo "asyncgen = { path = \"$ROOT/runtime\" }"
        else
            echo 'async-stream = "0.3.6"'
        fi
        echo
        echo '[workspace]'
    } >"$dir/Cargo.toml"
    {
        prelude
        if [[ $kind == ours ]]; then
            echo 'use asyncgen::async_generator;'
            echo
            echo '#[async_generator]'
            echo 'pub async fn counter(n: u64) -> u64 {'
            echo '    for i in 0..n {'
            echo '        yield_!(i);'
            echo '    }'
            echo '}'
        else
            echo 'use async_stream::{stream, try_stream};'
            echo
            echo 'pub fn counter(n: u64) -> impl Stream<Item = u64> {'
            echo '    stream! {'
            echo '        for i in 0..n {'
            echo '            yield i;'
            echo '        }'
            echo '    }'
            echo '}'
        fi
        for i in $(seq 1 50); do
            echo
            "gen_$kind" "$i"
        done
    } >"$dir/src/lib.rs"
    # Resolve offline from the local registry cache when possible.
    cp "$ROOT/Cargo.lock" "$dir/Cargo.lock" 2>/dev/null || true
    (cd "$dir" && { cargo generate-lockfile --offline -q 2>/dev/null || cargo generate-lockfile -q; })
}

now() { date +%s.%N; }

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

time_cmd() { # dir, then the cargo command; prints seconds
    local dir=$1 t0 t1
    shift
    t0=$(now)
    (cd "$dir" && "$@" >/dev/null 2>"$dir/last.log") || { cat "$dir/last.log" >&2; exit 1; }
    t1=$(now)
    echo "$t1 - $t0" | bc -l
}

declare -A RESULT
for kind in ours astream; do
    make_crate "$kind"
    dir=$TMP/$kind
    # Fetch anything missing once, untimed.
    (cd "$dir" && cargo fetch -q)
    for mode in build check; do
        times=()
        for _ in $(seq 1 "$RUNS"); do
            rm -rf "$dir/target"
            times+=("$(time_cmd "$dir" cargo "$mode" --offline)")
        done
        RESULT[$kind.clean-$mode]=$(printf '%s\n' "${times[@]}" | median)
        times=()
        for _ in $(seq 1 "$RUNS"); do
            (cd "$dir" && cargo clean -q --offline -p "gen50-$kind")
            times+=("$(time_cmd "$dir" cargo "$mode" --offline)")
        done
        RESULT[$kind.crate-$mode]=$(printf '%s\n' "${times[@]}" | median)
    done
    echo "$kind: $(grep -c '^pub fn\|^    pub fn\|^pub async fn\|^    pub async fn' "$dir/src/lib.rs") fns, $(wc -l <"$dir/src/lib.rs") lines" >&2
done

echo "compile time, 50 generators (+ 1 helper), median of $RUNS runs, seconds; $(nproc) cores"
echo
echo "| | asyncgen | async-stream 0.3 | asyncgen / async-stream |"
echo "|---|---:|---:|---:|"
for m in clean-build clean-check crate-build crate-check; do
    o=${RESULT[ours.$m]} a=${RESULT[astream.$m]}
    printf '| %s | %.2f | %.2f | %.2f× |\n' "$m" "$o" "$a" "$(echo "$o / $a" | bc -l)"
done

# Per-unit split of one clean build (cargo's --timings data).
if command -v python3 >/dev/null; then
    echo
    echo "per-unit durations of one clean \`cargo build --timings\`, seconds"
    echo
    echo "| crate | unit | seconds |"
    echo "|---|---|---:|"
    for kind in ours astream; do
        dir=$TMP/$kind
        rm -rf "$dir/target"
        (cd "$dir" && cargo build --offline --timings -q >/dev/null 2>&1)
        python3 - "$kind" "$dir"/target/cargo-timings/cargo-timing-*.html <<'EOF'
import json, re, sys
kind, path = sys.argv[1], sys.argv[2]
data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", open(path).read(), re.S).group(1))
for u in data:
    if u["name"] in ("syn", "asyncgen-macros", "asyncgen", "async-stream-impl", "async-stream") \
            or u["name"].startswith("gen50"):
        print(f"| {kind} | {u['name']} | {u['duration']:.2f} |")
EOF
    done
fi
[[ ${KEEP:-0} == 1 ]] && echo "crates kept in $TMP" >&2
exit 0
