#!/usr/bin/env bash
# Instructions per item under callgrind for sync generators (bench/src/sync/), with the
# same method as bench/run-callgrind.sh: release + fat LTO, every cell in its own
# process with N items and with 0, cost = (Ir(N) - Ir(0)) / N.
#
#   bench/run-sync-callgrind.sh     # NIGHTLY=1 adds native `gen` blocks (bench/nightly)
#
# Environment: N (default 100000), IMPLS, WORKLOADS (default "A C D E"), JOBS.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-100000}
IMPLS=${IMPLS:-"hand from_fn genawaiter ours ours-pin via-stream"}
WORKLOADS=${WORKLOADS:-"A C D E"}
JOBS=${JOBS:-$(nproc)}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=$TARGET/callgrind-bench-sync
rm -rf "$OUT"
mkdir -p "$OUT/bin" "$OUT/runs"
command -v valgrind >/dev/null || { echo "valgrind not found" >&2; exit 1; }

echo "building (profile callgrind)..." >&2
cargo build --quiet -p asyncgen-bench --profile callgrind --bin sync >&2
cp "$TARGET/callgrind/sync" "$OUT/bin/sync"
: >"$OUT/jobs.txt"
for i in $IMPLS; do for w in $WORKLOADS; do echo "sync $i $w $OUT/bin/sync" >>"$OUT/jobs.txt"; done; done
if [[ ${NIGHTLY:-0} == 1 ]]; then
    echo "building bench/nightly's sync binary with nightly..." >&2
    (cd bench/nightly && CARGO_TARGET_DIR=$TARGET/nightly cargo +nightly build --quiet --profile callgrind --bin sync >&2)
    cp "$TARGET/nightly/callgrind/sync" "$OUT/bin/sync-nightly"
    IMPLS="$IMPLS hand-nightly gen ours-pin-nightly"
    for i in hand-nightly gen ours-pin-nightly; do
        for w in $WORKLOADS; do echo "sync $i $w $OUT/bin/sync-nightly" >>"$OUT/jobs.txt"; done
    done
fi

# shellcheck source=bench/callgrind-cells.sh
source "$ROOT/bench/callgrind-cells.sh"
run_jobs

awk -F'\t' -v N="$N" -v impls="$IMPLS" -v wls="$WORKLOADS" '
function fmt(x) { return (x == "") ? "—" : sprintf("%.1f", x) }
{ v[$2, $3] = ($4 - $5) / N }
END {
    ni = split(impls, I, " "); nw = split(wls, W, " ")
    printf "instructions per item, callgrind, N = %d (Ir(N) - Ir(0)) / N\n\n", N
    printf "| implementation |"; for (w = 1; w <= nw; w++) printf " %s |", W[w]; printf "\n"
    printf "|---|"; for (w = 1; w <= nw; w++) printf "---:|"; printf "\n"
    for (j = 1; j <= ni; j++) {
        printf "| %s |", I[j]; for (w = 1; w <= nw; w++) printf " %s |", fmt(v[I[j], W[w]]); printf "\n"
    }
}' "$OUT/results.tsv"
