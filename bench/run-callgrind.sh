#!/usr/bin/env bash
# Instructions per item under callgrind for every (shape, implementation, workload) cell.
#
#   bench/run-callgrind.sh            # one release binary per consumer shape (default)
#   bench/run-callgrind.sh --isolate  # additionally one binary per cell (slow: ~30 builds)
#
# Environment: N (items, default 100000), SHAPES (default "inline dyn task spawn spawn2
# fixed"; "fixed" builds N streams of 0 items, so its cells are per stream, not per item),
# IMPLS, WORKLOADS (default: all), JOBS (parallel valgrind runs, default nproc).
# NIGHTLY=1 then also runs bench/nightly/run-callgrind.sh (nightly-only peers, built with
# `cargo +nightly`; its implementations are chosen by NIGHTLY_IMPLS, not IMPLS).
# Each cell runs twice in its own process, with N items and with 0 items; the cell's
# cost is (Ir(N) - Ir(0)) / N, whole-program instruction counts.
# Prints a markdown table on stdout; raw counts go to target/callgrind-bench/results.tsv
# and each run's valgrind log to target/callgrind-bench/runs/.
# It measures the runtime and macros as they are in this tree; to pin a commit, run it
# from a snapshot: `git archive HEAD | tar -x -C /tmp/snap && /tmp/snap/bench/run-callgrind.sh`.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-100000}
SHAPES=${SHAPES:-"inline dyn task spawn spawn2 fixed"}
IMPLS=${IMPLS:-"hand async-stream unfold async-fn-stream ours free inline-expr"}
WORKLOADS=${WORKLOADS:-"A B C D D2 E"}
JOBS=${JOBS:-$(nproc)}
ISOLATE=0
[[ "${1:-}" == "--isolate" ]] && ISOLATE=1

TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=$TARGET/callgrind-bench
rm -rf "$OUT"
mkdir -p "$OUT/bin" "$OUT/runs"

command -v valgrind >/dev/null || { echo "valgrind not found" >&2; exit 1; }

bin_args=()
for s in $SHAPES; do bin_args+=(--bin "$s"); done

build() { # $1 = suffix for the copied binaries, ASYNCGEN_BENCH_ONLY may be set
    cargo build --quiet -p asyncgen-bench --profile callgrind "${bin_args[@]}" >&2
    for s in $SHAPES; do cp "$TARGET/callgrind/$s" "$OUT/bin/$s$1"; done
}

echo "building (profile callgrind: release, lto = fat, codegen-units = 1)..." >&2
(unset ASYNCGEN_BENCH_ONLY; build "")

jobs_file=$OUT/jobs.txt
: >"$jobs_file"
for s in $SHAPES; do
    for i in $IMPLS; do
        for w in $WORKLOADS; do
            [[ $i == inline-expr && $w != A ]] && continue # workload A only
            [[ $i == cand-* && $w == D* ]] && continue     # candidates: A B C E
            echo "$s $i $w $OUT/bin/$s" >>"$jobs_file"
        done
    done
done

if [[ $ISOLATE == 1 ]]; then
    for i in $IMPLS; do
        for w in $WORKLOADS; do
            [[ $i == inline-expr && $w != A ]] && continue
            echo "building isolated cell $i/$w..." >&2
            ASYNCGEN_BENCH_ONLY="$i/$w" build "-$i-$w"
            for s in $SHAPES; do
                echo "$s-isolated $i $w $OUT/bin/$s-$i-$w" >>"$jobs_file"
            done
        done
    done
    # Leave the default (all-cells) binaries in target/callgrind.
    (unset ASYNCGEN_BENCH_ONLY; build "")
fi

# shellcheck source=bench/callgrind-cells.sh
source "$ROOT/bench/callgrind-cells.sh"
run_jobs

awk -F'\t' -v N="$N" -v shapes="$SHAPES" -v impls="$IMPLS" -v wls="$WORKLOADS" '
function fmt(x) { return (x == "") ? "—" : sprintf("%.1f", x) }
function ratio(a, b) { return (a == "" || b == "" || b <= 0) ? "—" : sprintf("%.2f×", a / b) }
{ v[$1, $2, $3] = ($4 - $5) / N; seen[$1] = 1 }
END {
    ns = split(shapes, S, " "); ni = split(impls, I, " "); nw = split(wls, W, " ")
    # isolated shapes, if measured, follow the plain ones
    for (k = 1; k <= ns; k++) if ((S[k] "-isolated") in seen) S[++ns2 + ns] = S[k] "-isolated"
    ns += ns2
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
        printf "| %s | **ours / hand-written** |", s
        for (w = 1; w <= nw; w++) printf " %s |", ratio(v[s, "ours", W[w]], v[s, "hand", W[w]])
        printf "\n| %s | **ours / async-stream** |", s
        for (w = 1; w <= nw; w++) printf " %s |", ratio(v[s, "ours", W[w]], v[s, "async-stream", W[w]])
        printf "\n| %s | **ours / best peer** |", s
        for (w = 1; w <= nw; w++) {
            best = ""
            for (j = 1; j <= ni; j++) {
                # peers only: not ours in any form
                if (I[j] == "ours" || I[j] == "hand" || I[j] == "free" || I[j] == "inline-expr") continue
                x = v[s, I[j], W[w]]
                if (x != "" && (best == "" || x < best)) best = x
            }
            printf " %s |", ratio(v[s, "ours", W[w]], best)
        }
        printf "\n"
    }
}' "$OUT/results.tsv"

if [[ ${NIGHTLY:-0} == 1 ]]; then
    echo
    "$ROOT/bench/nightly/run-callgrind.sh"
fi
