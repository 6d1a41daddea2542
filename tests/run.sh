#!/bin/sh
# run.sh - every test of the kiosk, in order, then one line:
#   "N passed, M failed"
# Run through `make test`, which builds what this needs first. Each check
# prints PASS or FAIL with its name; a failure also prints what it said.
# Exit status: 0 when nothing failed.

BUILD=${BUILD:-build}
SAN_BUILD=${SAN_BUILD:-build/san}
UNIT_TESTS=${UNIT_TESTS:-}
OUT=$BUILD/test-out
export BUILD OUT
rm -rf "$OUT" && mkdir -p "$OUT"

passed=0
failed=0

# check NAME COMMAND...: runs COMMAND, counts it, shows its output on failure.
check() {
    name=$1; shift
    log="$OUT/check.log"
    if "$@" >"$log" 2>&1; then
        passed=$((passed + 1)); echo "PASS  $name"
    else
        failed=$((failed + 1)); echo "FAIL  $name"; sed 's/^/      /' "$log"
    fi
}

echo "== unit tests (cmocka)"
for t in $UNIT_TESTS; do check "unit: $t" "$BUILD/$t"; done

echo "== the core stays pure"
check "src/core includes no SDL and calls no allocator" tests/check_core.sh "$BUILD"

echo "== content files"
check "data/content.ini is valid" "$BUILD/kiosk" --check-content data/content.ini
for f in tests/content/good/*.ini; do
    check "accepts $(basename "$f")" "$BUILD/kiosk" --check-content "$f"
done
for f in tests/content/bad/*.ini; do
    check "rejects $(basename "$f")" tests/expect_output.sh 1 "${f%.ini}.expected" \
        "$BUILD/kiosk" --check-content "$f"
done

echo "== command line"
. tests/cli.sh

echo "== headless scripts"
for s in tests/scripts/*.script; do
    check "script $(basename "$s")" "$BUILD/kiosk" --headless --size 1280x720 --script "$s"
done
for s in tests/scripts/fail/*.script; do
    check "script fails: $(basename "$s")" tests/expect_output.sh 1 "${s%.script}.expected" \
        "$BUILD/kiosk" --headless --size 1280x720 --script "$s"
done

echo "== layout at every supported panel"
check "no text cut or out of its box: 5 panels x 2 languages x every slide" tests/layout.sh

echo "== crossfades"
check "a crossfade on the simulated clock: half way, the end, a key during it, none" tests/transition.sh

echo "== rotated panels"
check "--rotate turns the picture: each shot is the upright one turned" tests/rotate.sh

echo "== golden screenshots"
. tests/golden/check.sh

echo "== a visitor at the fullscreen kiosk (Xvfb + xdotool)"
check "keys move the slides, Escape does not end the kiosk, SIGTERM does" tests/e2e/visitor.sh
check "hot reload: rename, rewrite in place, broken and deleted files, SIGHUP" tests/e2e/reload.sh

echo "== under AddressSanitizer and UndefinedBehaviorSanitizer"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in $UNIT_TESTS; do check "sanitized unit: $t" "$SAN_BUILD/$t"; done
for s in tests/scripts/*.script; do
    check "sanitized script $(basename "$s")" "$SAN_BUILD/kiosk" --headless --size 800x480 --script "$s"
done
check "sanitized shots of every slide" "$SAN_BUILD/kiosk" --headless --size 800x480 --shots "$OUT/san-shots"
# --compare on those shots with one changed (a diff picture is written) and
# --contact-sheet, which allocate whole-picture buffers of their own. Exit 1
# is the expected "changed" here, so the sanitizers are judged by what they
# print.
check "sanitized --compare and --contact-sheet" sh -c '
    cp "$1/slide-002.png" "$1/slide-003.png" || exit 1
    "$0" --headless --size 800x480 --compare "$1" >/dev/null 2>"$1/san.err"
    [ $? -eq 1 ] || { cat "$1/san.err"; exit 1; }
    ! grep -E "Sanitizer|runtime error" "$1/san.err" &&
        "$0" --headless --size 800x480 --contact-sheet "$1/sheet.png"' "$SAN_BUILD/kiosk" "$OUT/san-shots"
check "sanitized check of every bad content file" sh -c '
    for f in tests/content/bad/*.ini; do
        "$0" --check-content "$f" >/dev/null 2>&1; [ $? -eq 1 ] || { echo "$f: not exit 1"; exit 1; }
    done' "$SAN_BUILD/kiosk"

echo "== under valgrind memcheck"
check "a headless script: no invalid access, nothing definitely lost" \
    valgrind --quiet --error-exitcode=9 --leak-check=full \
    --show-leak-kinds=definite --errors-for-leak-kinds=definite \
    "$BUILD/kiosk" --headless --size 800x480 --script tests/scripts/keys.script

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
