#!/usr/bin/env bash
# Instructions per item under callgrind for the nightly-only peers (futures-async-stream,
# native `async gen`), with hand-written and asyncgen built by the same nightly as the
# reference. Same method as bench/run-callgrind.sh: one release binary per consumer shape
# (fat LTO, one codegen unit), every cell run in its own process with N items and with 0
# items, cost = (Ir(N) - Ir(0)) / N, whole-program instruction counts.
#
#   bench/nightly/run-callgrind.sh
#
# Environment: N (items, default 100000), SHAPES (default "inline dyn task"),
# NIGHTLY_IMPLS (default "hand futures-async-stream async-gen ours"), WORKLOADS (default
# all), JOBS (parallel valgrind runs, default nproc), TOOLCHAIN (default "nightly").
# Prints a markdown table on stdout; raw counts go to
# bench/nightly/target/callgrind-bench-nightly/results.tsv and each run's valgrind log to .../runs/.
set -euo pipefail

cd "$(dirname "$0")"
HERE=$PWD
N=${N:-100000}
SHAPES=${SHAPES:-"inline dyn task"}
IMPLS=${NIGHTLY_IMPLS:-"hand futures-async-stream async-gen ours"}
WORKLOADS=${WORKLOADS:-"A B C D D2 E"}
JOBS=${JOBS:-$(nproc)}
TOOLCHAIN=${TOOLCHAIN:-nightly}

# Own target dir (a subdirectory of CARGO_TARGET_DIR when that is set), so that the
# stable suite's binaries of the same names are never overwritten.
TARGET=$HERE/target
[[ -n "${CARGO_TARGET_DIR:-}" ]] && TARGET=$CARGO_TARGET_DIR/nightly
export CARGO_TARGET_DIR=$TARGET
OUT=$TARGET/callgrind-bench-nightly
rm -rf "$OUT"
mkdir -p "$OUT/bin" "$OUT/runs"

command -v valgrind >/dev/null || { echo "valgrind not found" >&2; exit 1; }

bin_args=()
for s in $SHAPES; do bin_args+=(--bin "$s"); done

echo "building with $(rustc "+$TOOLCHAIN" --version) (profile callgrind: release, lto = fat, codegen-units = 1)..." >&2
cargo "+$TOOLCHAIN" build --quiet --manifest-path "$HERE/Cargo.toml" --profile callgrind "${bin_args[@]}" >&2
for s in $SHAPES; do cp "$TARGET/callgrind/$s" "$OUT/bin/$s"; done

jobs_file=$OUT/jobs.txt
: >"$jobs_file"
for s in $SHAPES; do
    for i in $IMPLS; do
        for w in $WORKLOADS; do
            echo "$s $i $w $OUT/bin/$s" >>"$jobs_file"
        done
    done
done

# shellcheck source=bench/callgrind-cells.sh
source "$HERE/../callgrind-cells.sh"
run_jobs

# Ratio rows: every implementation over hand-written, then ours over each nightly peer
# (only those that were measured).
awk -F'\t' -v N="$N" -v shapes="$SHAPES" -v impls="$IMPLS" -v wls="$WORKLOADS" '
function fmt(x) { return (x == "") ? "—" : sprintf("%.1f", x) }
function ratio(a, b) { return (a == "" || b == "" || b <= 0) ? "—" : sprintf("%.2f×", a / b) }
function row(s, a, b,   w) {
    printf "| %s | **%s / %s** |", s, a, (b == "hand") ? "hand-written" : b
    for (w = 1; w <= nw; w++) printf " %s |", ratio(v[s, a, W[w]], v[s, b, W[w]])
    printf "\n"
}
{ v[$1, $2, $3] = ($4 - $5) / N; has[$2] = 1 }
END {
    ns = split(shapes, S, " "); ni = split(impls, I, " "); nw = split(wls, W, " ")
    printf "instructions per item, callgrind, N = %d (Ir(N) - Ir(0)) / N\n\n", N
    printf "| shape | implementation |"; for (w = 1; w <= nw; w++) printf " %s |", W[w]; printf "\n"
    printf "|---|---|"; for (w = 1; w <= nw; w++) printf "---:|"; printf "\n"
    for (k = 1; k <= ns; k++) {
        s = S[k]
        for (j = 1; j <= ni; j++) {
            printf "| %s | %s |", s, I[j]
            for (w = 1; w <= nw; w++) printf " %s |", fmt(v[s, I[j], W[w]])
            printf "\n"
        }
        if ("hand" in has)
            for (j = 1; j <= ni; j++) if (I[j] != "hand") row(s, I[j], "hand")
        if ("ours" in has)
            for (j = 1; j <= ni; j++) if (I[j] != "hand" && I[j] != "ours") row(s, "ours", I[j])
    }
}' "$OUT/results.tsv"
