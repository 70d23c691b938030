# Sourced by bench/run-callgrind.sh and bench/nightly/run-callgrind.sh.
# run_jobs: measures every "shape impl workload binary" line of $OUT/jobs.txt twice
# under callgrind (N items, then 0), $JOBS at a time, into $OUT/results.tsv as
# shape, impl, workload, Ir(N), Ir(0). Needs OUT, N, JOBS; logs go to $OUT/runs.

measure() { # shape impl workload binary
    local s=$1 i=$2 w=$3 b=$4 ir=()
    for n in "$N" 0; do
        local log=$OUT/runs/$s.$i.$w.$n.log
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$b" "$i" "$w" "$n" \
            >/dev/null 2>"$log"
        ir+=("$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$log")")
    done
    printf '%s\t%s\t%s\t%s\t%s\n' "$s" "$i" "$w" "${ir[0]}" "${ir[1]}"
}

run_jobs() {
    export -f measure
    export OUT N
    echo "running $(wc -l <"$OUT/jobs.txt") cells x 2 under callgrind, $JOBS at a time..." >&2
    xargs -P "$JOBS" -L 1 bash -c 'measure "$@"' _ <"$OUT/jobs.txt" >"$OUT/results.tsv"
}
