#!/bin/sh
# repeat.sh N - the end-to-end tests (tests/e2e/*.sh) N times in a row,
# stopping at the first failure; prints the run and test that failed, or
# "N of N runs clean". Run through `make test-repeat N=...`, which builds
# what they need. A flake shows here as a failure among repeats of
# unchanged code.
n=${1:-20}
BUILD=${BUILD:-build}
# Not under build/test-out, which tests/run.sh empties when it starts: a
# `make test` begun during the repeats once deleted a running test's files.
OUT=$BUILD/test-repeat
export BUILD OUT
mkdir -p "$OUT"
run=1
while [ "$run" -le "$n" ]; do
    for t in tests/e2e/*.sh; do
        case $t in */lib.sh) continue ;; esac
        start=$(date +%s)
        if ! "$t" >"$OUT/last.log" 2>&1; then
            echo "run $run of $n: FAIL $t"; sed 's/^/      /' "$OUT/last.log"
            echo "$((run - 1)) of $n runs clean, then a failure"
            exit 1
        fi
        echo "run $run of $n: PASS $t ($(( $(date +%s) - start )) s)"
    done
    run=$((run + 1))
done
echo "$n of $n runs clean"
