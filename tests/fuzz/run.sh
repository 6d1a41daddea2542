#!/bin/sh
# run.sh - runs the libFuzzer targets built by `make fuzz-build`.
#
#   tests/fuzz/run.sh long SECONDS TARGET...   (make fuzz) every target at
#       once (one core each), each for SECONDS, on a corpus kept under
#       $FUZZ_BUILD/corpus/TARGET that grows from run to run; then a line of
#       executions per target.
#   tests/fuzz/run.sh brief SECONDS TARGET     (tests/run.sh) one target on
#       a fresh copy of its corpus under $FUZZ_BUILD/brief/TARGET.PID (removed
#       afterwards unless something was found).
#
# Either way each target first replays its regression inputs
# (tests/fuzz/regressions/TARGET-*, and for content tests/content/good and
# bad too), which must all pass. Nothing is ever
# written under tests/: the seeds are copied. A crash, a hang (one input
# over 10 s), a leak or a failed invariant stops the target, keeps the input
# as $FUZZ_BUILD/artifacts/TARGET/crash-... (or timeout-..., leak-...) and
# makes the exit status 1.

mode=$1; seconds=$2; shift 2
BUILD=${BUILD:-build}
FUZZ_BUILD=${FUZZ_BUILD:-$BUILD/fuzz}
here=tests/fuzz

# The sanitizers' own settings, whatever the caller exported.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1:allocator_may_return_null=0
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS UBSAN_OPTIONS

max_len() {
    case $1 in
        content) echo 32768 ;; # larger than every seed; limits stay reachable
        script) echo 1100 ;;   # past LIMIT_LINE (1024), where the harness cuts
        settings) echo 8192 ;; # a settings file is a few lines
        usage) echo 16384 ;;   # a day's visitor counts: USAGE_CSV_MAX
        *) echo 4096 ;;
    esac
}

# replay TARGET: runs every regression input of TARGET once.
replay() {
    name=$1; bin=$FUZZ_BUILD/fuzz_$1; log=$FUZZ_BUILD/replay-$1.$$.log
    set -- "$here"/regressions/"$name"-*
    [ -e "$1" ] || shift
    # The content loader also replays every hand-made good and bad file:
    # known shapes, each once a reason to fix the loader.
    [ "$name" = content ] && set -- "$@" tests/content/good/*.ini tests/content/bad/*.ini
    [ $# -gt 0 ] || return 0
    if "$bin" "$@" >"$log" 2>&1; then
        echo "$name: $# regression inputs pass"; rm -f "$log"; return 0
    fi
    echo "$name: a regression input fails again:"
    grep -aE "Running:|ERROR:|runtime error|invariant failed|SUMMARY" "$log" | tail -20
    echo "(whole log: $log)"
    return 1
}

# fuzz TARGET CORPUS_DIR SECONDS LOG: one libFuzzer run.
fuzz() {
    t=$1; dir=$2; secs=$3; log=$4
    dict=
    [ -f "$here/$t.dict" ] && dict=-dict=$here/$t.dict
    mkdir -p "$FUZZ_BUILD/artifacts/$t" "$dir"
    # shellcheck disable=SC2086
    "$FUZZ_BUILD/fuzz_$t" -max_total_time="$secs" -timeout=10 \
        -rss_limit_mb=2048 -max_len="$(max_len "$t")" $dict \
        -artifact_prefix="$FUZZ_BUILD/artifacts/$t/" -print_final_stats=1 \
        "$dir" >"$log" 2>&1
}

# What a finished run says: executions, speed, corpus, and any finding.
summary() {
    t=$1; rc=$2; log=$3
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    corpus=$(grep -aEo 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1)
    printf '%-8s %s executions (%s/s), %s\n' "$t" "${runs:-?}" "${speed:-?}" \
        "${corpus:-corp: ?}"
    if [ "$rc" -ne 0 ]; then
        echo "         FOUND something (exit status $rc):"
        grep -aE "ERROR:|runtime error|invariant failed|SUMMARY|Test unit written|artifact_prefix" \
            "$log" | sed 's/^/           /' | tail -12
        echo "         whole log: $log"
        echo "         once understood, copy the input to $here/regressions/$t-NAME"
    fi
}

mkdir -p "$FUZZ_BUILD"
case $mode in
brief)
    # A directory of its own: two test runs in one work tree do not meet.
    t=$1
    replay "$t" || exit 1
    work=$FUZZ_BUILD/brief/$t.$$
    rm -rf "$work" && mkdir -p "$work/corpus" &&
        cp "$here/corpus/$t"/* "$work/corpus"/ || exit 1
    fuzz "$t" "$work/corpus" "$seconds" "$work/fuzz.log"; rc=$?
    summary "$t" "$rc" "$work/fuzz.log"
    # Kept only when something was found, for its log.
    [ "$rc" -ne 0 ] || rm -rf "$work"
    exit "$rc"
    ;;
long)
    status=0
    for t in "$@"; do replay "$t" || status=1; done
    [ "$status" -eq 0 ] || exit 1
    pids=
    for t in "$@"; do
        dir=$FUZZ_BUILD/corpus/$t
        mkdir -p "$dir" && cp "$here/corpus/$t"/* "$dir"/ || exit 1
        echo "fuzzing $t for $seconds s (log: $FUZZ_BUILD/$t.log)"
        ( fuzz "$t" "$dir" "$seconds" "$FUZZ_BUILD/$t.log"
          echo $? >"$FUZZ_BUILD/$t.rc" ) &
        pids="$pids $!"
    done
    for p in $pids; do wait "$p"; done
    echo
    for t in "$@"; do
        rc=$(cat "$FUZZ_BUILD/$t.rc" 2>/dev/null || echo 1)
        summary "$t" "$rc" "$FUZZ_BUILD/$t.log"
        [ "$rc" -eq 0 ] || status=1
    done
    exit "$status"
    ;;
*)
    echo "usage: $0 long|brief SECONDS TARGET..." >&2
    exit 2
    ;;
esac
