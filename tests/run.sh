#!/bin/sh
# run.sh - every test of the kiosk, in order, then one line:
#   "N passed, M failed"
# Run through `make test`, which builds what this needs first. Each check
# prints PASS or FAIL with its name; a failure also prints what it said.
# Exit status: 0 when nothing failed.
#
# STAGE=fast runs only the quick checks that need no display, sanitizer
# build or fuzzer (unit tests, the core's purity, content and settings
# files, the command line, paths, headless scripts); STAGE=rest runs all
# the others; STAGE=all (the default) both. `make mutants` runs the fast
# stage on every mutant and the rest only on those the fast one missed.

BUILD=${BUILD:-build}
SAN_BUILD=${SAN_BUILD:-build/san}
UNIT_TESTS=${UNIT_TESTS:-}
OUT=$BUILD/test-out
export BUILD OUT
rm -rf "$OUT" && mkdir -p "$OUT"

passed=0
failed=0
STAGE=${STAGE:-all}

finish() {
    echo
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

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

if [ "$STAGE" != rest ]; then
echo "== unit tests (cmocka)"
for t in $UNIT_TESTS; do check "unit: $t" "$BUILD/$t"; done

echo "== the core stays pure, SDL stays in the platform"
check "src/core includes no SDL and calls no allocator" tests/check_core.sh "$BUILD"
check "src/app reaches no SDL header and uses no SDL name: SDL stays in src/platform" tests/check_layers.sh

echo "== content files"
check "data/content.ini is valid" "$BUILD/kiosk" --check-content data/content.ini
check "the embedded font tells I, l and 1 apart, and marks its 0 (tests/platform/glyph_shapes.c)" \
    "$BUILD/glyph-shapes"
# Warnings are for a curator's edits: the content as shipped has none but
# texts shrinking to fit some panel (long Spanish dates in portrait, the
# trade figure), which stay above their minimum size.
content_warnings_only_fit() {
    "$BUILD/kiosk" --check-content data/content.ini 2>"$OUT/content.warn" || return 1
    grep -c ': warning: slide [0-9]* ([a-z]*) at [0-9]*x[0-9]* in [a-z]*: ".*" shrinks from' "$OUT/content.warn"
    ! grep ': warning: ' "$OUT/content.warn" | grep -v ': warning: slide [0-9]* ([a-z]*) at [0-9]*x[0-9]* in [a-z]*: ".*" shrinks from'
}
check "data/content.ini: no warning but texts shrinking to fit a panel" content_warnings_only_fit
for f in tests/content/good/*.ini; do
    check "accepts $(basename "$f"), without a warning" "$BUILD/kiosk" --check-content "$f" --strict
done
# One file per kind of warning: valid (exit 0), each warning with its line;
# --strict fails the same file (exit 1).
for f in tests/content/warn/*.ini; do
    check "warns about $(basename "$f"), exit 0" tests/expect_output.sh 0 "${f%.ini}.expected" \
        "$BUILD/kiosk" --check-content "$f"
    check "--strict fails $(basename "$f")" tests/expect_output.sh 1 "${f%.ini}.strict.expected" \
        "$BUILD/kiosk" --check-content "$f" --strict
done
for f in tests/content/bad/*.ini; do
    check "rejects $(basename "$f")" tests/expect_output.sh 1 "${f%.ini}.expected" \
        "$BUILD/kiosk" --check-content "$f"
done

# Fuzzing regressions (tests/fuzz/regressions/) that name their verdict.
check "fuzz regressions: each content-valid-* is accepted, each content-bad-* refused" sh -c '
    for f in tests/fuzz/regressions/content-valid-*; do
        "$0" --check-content "$f" >/dev/null 2>&1 || { echo "$f: refused"; exit 1; }
    done
    for f in tests/fuzz/regressions/content-bad-*; do
        "$0" --check-content "$f" >/dev/null 2>&1; [ $? -eq 1 ] || { echo "$f: not refused"; exit 1; }
    done' "$BUILD/kiosk"

echo "== settings files"
check "data/kiosk.ini (every setting at its default) is valid" "$BUILD/kiosk" --check-config data/kiosk.ini
for f in tests/settings/good/*.ini; do
    check "accepts settings $(basename "$f")" "$BUILD/kiosk" --check-config "$f"
done
for f in tests/settings/bad/*.ini; do
    check "rejects settings $(basename "$f")" tests/expect_output.sh 1 "${f%.ini}.expected" \
        "$BUILD/kiosk" --check-config "$f"
done

echo "== command line"
. tests/cli.sh

echo "== paths that are not plain files: FIFOs, devices, directories, sockets, loops, sizes"
. tests/paths.sh

echo "== headless scripts"
for s in tests/scripts/*.script; do
    check "script $(basename "$s")" "$BUILD/kiosk" --headless --size 1280x720 --script "$s"
done
for s in tests/scripts/fail/*.script; do
    check "script fails: $(basename "$s")" tests/expect_output.sh 1 "${s%.script}.expected" \
        "$BUILD/kiosk" --headless --size 1280x720 --script "$s"
done
# Taps on a turned panel: NAME-DEGREES.script runs with --rotate DEGREES.
# Publishing on the simulated clock: NAME.script runs with --content, a
# fresh copy of data/content.ini that it may touch. A republished file
# changes nothing: no "content reloaded" in the log.
reload_script() {
    mkdir -p "$OUT/reload-scripts" && cp data/content.ini "$OUT/reload-scripts/content.ini" &&
        timeout 60 "$1" --headless --size 1280x720 --content "$OUT/reload-scripts/content.ini" \
            --script "$2" >"$OUT/reload-scripts/log" 2>&1
    rc=$?; cat "$OUT/reload-scripts/log"
    [ $rc -eq 0 ] && ! grep -q "content reloaded" "$OUT/reload-scripts/log"
}
for s in tests/scripts/reload/*.script; do
    check "reload script $(basename "$s")" reload_script "$BUILD/kiosk" "$s"
done
for s in tests/scripts/rotated/*.script; do
    deg=${s##*-}; deg=${deg%.script}
    check "script $(basename "$s") (--rotate $deg)" "$BUILD/kiosk" --headless --size 1280x720 \
        --rotate "$deg" --script "$s"
done
# Opening hours: a script names its time zone and options on its "# tz:"
# and "# options:" lines (--config, --start-time).
hours_script() {
    hs=$1; shift
    env TZ="$(sed -n 's/^# tz: //p' "$hs")" "$@" \
        $(sed -n 's/^# options: //p' "$hs") --script "$hs"
}
for s in tests/scripts/hours/*.script; do
    check "hours script $(basename "$s")" hours_script "$s" \
        "$BUILD/kiosk" --headless --size 1280x720
done
# Narration on the simulated clock: each script's "# options:" line names
# its --narration mode.
narration_script() {
    "$1" --headless --size 1280x720 $(sed -n 's/^# options: //p' "$2") --script "$2"
}
for s in tests/scripts/narration/*.script; do
    check "narration script $(basename "$s")" narration_script "$BUILD/kiosk" "$s"
done
# The shots those scripts took: asleep, black; with closed_notice, a dim
# grey notice (its brightest pixel the ink's blue, 0x83 = 131: 4.56:1 on
# black, src/core/palette.c), the same each night, moved a few pixels
# after 5 minutes; awake for staff, the slide.
check "asleep the panel is black, the closed notice dim, a staff wake the slide" sh -c '
    max() { convert "$0/$1.png" -format "%[fx:int(255*maxima)]" info:; }
    for f in day-asleep day-closed day-asleep-again; do
        [ "$(max $f)" -eq 0 ] || { echo "$f.png is not black"; exit 1; }
    done
    for f in notice notice-again notice-moved; do
        m=$(max $f); [ "$m" -eq 131 ] ||
            { echo "$f.png: brightest $m, not a dim notice"; exit 1; }
    done
    "$1" "$0/notice.png" "$0/notice-again.png" "$0/notice-again.diff.png" &&
    if "$1" "$0/notice.png" "$0/notice-moved.png" "$0/notice-moved.diff.png" >/dev/null; then
        echo "notice-moved.png: the notice did not move against burn-in"; exit 1
    fi &&
    for f in day-open day-staff notice-staff; do
        [ "$(max $f)" -gt 200 ] || { echo "$f.png: no slide"; exit 1; }
    done' "$OUT/hours" "$BUILD/golden-compare"

fi
[ "$STAGE" = fast ] && finish

echo "== narration (espeak-ng)"
check "--narrate: every slide a WAV in es and en, not silent, 0.15 to 1.0 s a word; no voices: one log line, the kiosk goes on" tests/narration.sh
check "the sound path (SDL's disk driver): a stop cuts mid-text, a new text replaces the old, the volume applies, no driver says why" \
    env OUT="$OUT" "$BUILD/speech-device"
echo "== a fleet's view: metrics, a picture of the wall, the panel's power"
check "metrics file (headless): a visitor's actions counted by hand, the content's FNV-1a, promtool accepts it, a missing folder logged once" \
    tests/fleet/metrics.sh
check "visitor analytics (headless): the day's CSV as worked out by hand, a visit across midnight split, read back after a restart, a bad file set aside" \
    tests/fleet/analytics.sh
check "kiosk --report: days in range added up as worked out by hand, a chart with the hours' columns, a bad file named with its line" \
    tests/fleet/report.sh
check "log lines carry journald's PRIORITY (<3> error, <6> info) when stderr is the journal's stream, and only then" \
    tests/fleet/journal.sh
check "node_exporter's textfile collector (Debian's prometheus-node-exporter) serves the kiosk's metrics with the hand-worked counts, no scrape error" \
    tests/fleet/node_exporter.sh
check "data/prometheus/kiosk-alerts.yml: promtool check rules, and promtool test rules on a fleet of two (down, stale, refused, versions differ, panel power)" \
    sh -c 'promtool check rules data/prometheus/kiosk-alerts.yml && promtool test rules tests/fleet/alerts.test.yml'

echo "== the firmware on a Cortex-M7 (QEMU mps2-an500, \`make test-firmware\` alone)"
check "the core in QEMU prints the simulator's lines: every script of tests/scripts/ and every slide's view at 800x480, text measured from the generated font tables" \
    tests/firmware/run.sh
sed -n 's/^\([0-9]* lines compared: .*\)/      \1/p' "$OUT/check.log"

echo "== layout at every supported panel"
check "--layout-report: every slide, 5 panels x 2 languages x keys and touch hints, ellipsized=0 overflowed=0" tests/layout.sh
check "a portrait panel uses its height: no empty band over a third of 1080x1920, every slide, both languages" \
    tests/portrait.sh

echo "== crossfades"
check "a crossfade on the simulated clock: half way the 50% mix of the two slides, 240 ms the 122/256 mix, the end, a key during it, none" tests/transition.sh

echo "== burn-in protection"
check "burn-in: at 5 and 10 minutes the first picture moved (1,0) and (1,1) steps (1 px at 720p, 2 at 1080p), back at 40, still when off" tests/burnin.sh

echo "== rotated panels"
check "--rotate turns the picture: each shot is the upright one turned" tests/rotate.sh

echo "== golden screenshots"
. tests/golden/check.sh

echo "== a visitor at the fullscreen kiosk (Xvfb + xdotool)"
check "keys and clicks move the slides, Escape does not end the kiosk, the held exit chord and SIGTERM do" tests/e2e/visitor.sh
check "a click on the language button switches the language on the same slide; off it the page turns" tests/e2e/touch.sh
check "the texture path (kmsdrm, wayland) forced on X: the headless pixels on screen, keys move them" tests/e2e/texture.sh
check "narration live: a sound device shows the button, A and a click read aloud, A again stops; none: one log line, no button" \
    tests/e2e/narration.sh
check "hot reload: rename, rewrite in place, broken and deleted files, SIGHUP, a FIFO and a symlink loop" tests/e2e/reload.sh
check "under a stand-in for systemd: READY, watchdog pings, restarted after kill -9 and SIGTERM, not after the exit chord (79)" tests/e2e/supervise.sh
check "a fleet's view of a live kiosk: metrics under a visitor (promtool), reloads counted, a picture of the wall on SIGUSR1 and on request (= import), the panel's power by stand-in commands, a hanging command killed while the watchdog pings" \
    tests/e2e/fleet.sh
check "visitor counts of a live kiosk: the hourly checkpoint at 11:00, kill -9 loses only the hour under way, read back after the restart" \
    tests/e2e/analytics.sh
check "opening hours on the wall clock: black and idle when closed, a key wakes it, it opens by itself" \
    tests/e2e/hours.sh

echo "== under a window manager (openbox, Xvfb + xdotool)"
check "openbox: its keys, desktop moves, minimise and unmap never take the wall; SIGTERM still ends it; two kiosks do not burn the CPU" \
    tests/e2e/wm.sh

echo "== under a Wayland kiosk compositor (cage, headless)"
check "cage: the wayland driver's texture path shows slide 1, then slide 2 by itself; SIGTERM ends it" \
    tests/e2e/wayland.sh

echo "== the systemd unit and the console drop-ins"
check "data/kiosk.service: systemd-analyze verify says nothing, security at most 2.5; drop-in keys known" tests/service.sh

echo "== on KMS/DRM, under Xorg and under systemd: a real kernel in QEMU (tests/vm/, \`make test-vm\` alone)"
# Debian's kernel under TCG, the kiosk as kiosk.service runs it
# (SDL_VIDEODRIVER=kmsdrm, no X), then under Xorg's modesetting driver,
# then started by the host's systemd as PID 1 from data/kiosk.service;
# its PASS lines say how long each part took.
check "closed, the connector's DPMS Off and the VGA dark; a staff key: On and slide 1 (QMP screendump), keys move it, Alt+F2 switches no VT, chvt 2 and back keeps it; under Xorg, xset q and the kernel say Off, then On with slide 1; under systemd, the unit active with slide 1, keys move it, a killed kiosk restarted, the exit chord keeps it down" \
    tests/vm/run.sh
sed -n 's/^\([0-9]* s\): PASS: \(.*\)/      after \1: \2/p' "$OUT/check.log"

echo "== lockdown: random SDL events at the platform layer"
check "thousands of random keys, mods, quit, window, mouse and finger events: never a quit in kiosk mode" \
    "$BUILD/random-events"

echo "== under AddressSanitizer and UndefinedBehaviorSanitizer"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in $UNIT_TESTS; do check "sanitized unit: $t" "$SAN_BUILD/$t"; done
check "sanitized random SDL events in lockdown" "$SAN_BUILD/random-events"
# The firmware's trace program (src/firmware/trace.c) and its table
# measurement (fontmetrics.c) on this machine, against the board's lines
# of the firmware check above.
sanitized_trace() {
    "$SAN_BUILD/firmware/host-trace" "$@" data/content.ini tests/scripts/*.script \
        >"$OUT/firmware/san.txt" || return 1
    diff -u "$OUT/firmware/target.txt" "$OUT/firmware/san.txt" >"$OUT/firmware/san.diff" && return 0
    head -30 "$OUT/firmware/san.diff"
    return 1
}
check "sanitized firmware trace program, measuring with SDL_ttf: the board's lines" sanitized_trace
check "sanitized firmware trace program, measuring with the board's tables: the board's lines" sanitized_trace --tables
for s in tests/scripts/*.script; do
    check "sanitized script $(basename "$s")" "$SAN_BUILD/kiosk" --headless --size 800x480 --script "$s"
done
for s in tests/scripts/reload/*.script; do
    check "sanitized reload script $(basename "$s")" reload_script "$SAN_BUILD/kiosk" "$s"
done
for s in tests/scripts/hours/*.script; do
    check "sanitized hours script $(basename "$s")" hours_script "$s" \
        "$SAN_BUILD/kiosk" --headless --size 800x480
done
for s in tests/scripts/narration/*.script; do
    check "sanitized narration script $(basename "$s")" narration_script "$SAN_BUILD/kiosk" "$s"
done
for t in metrics analytics report; do
    check "sanitized fleet test: tests/fleet/$t.sh" env BUILD="$SAN_BUILD" OUT="$OUT/san" tests/fleet/$t.sh
done
check "sanitized shots of every slide" "$SAN_BUILD/kiosk" --headless --size 800x480 --shots "$OUT/san-shots"
# --compare on those shots with one changed (its report and a diff picture
# are written) and
# --contact-sheet, which allocate whole-picture buffers of their own. Exit 1
# is the expected "changed" here, so the sanitizers are judged by what they
# print.
check "sanitized --compare and --contact-sheet" sh -c '
    cp "$1/slide-002.png" "$1/slide-003.png" || exit 1
    "$0" --headless --size 800x480 --compare "$1" --report "$1-report" >/dev/null 2>"$1/san.err"
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

echo "== fuzzing (libFuzzer, briefly; \`make fuzz\` for longer)"
# Each target replays tests/fuzz/regressions/ first, then fuzzes a fresh
# copy of its corpus; a crash, hang, leak or failed invariant fails and is
# kept under $BUILD/fuzz/artifacts/ (tests/fuzz/README.md).
for t in content script settings usage; do
    check "fuzz_$t: regression inputs, then ${FUZZ_BRIEF_SECONDS:-10} s without a finding" \
        env BUILD="$BUILD" tests/fuzz/run.sh brief "${FUZZ_BRIEF_SECONDS:-10}" "$t"
done

echo "== soak: 10 simulated days (\`make soak\` runs 100)"
# tests/soak/soak.c: the headless kiosk on a simulated clock, visitors from
# idle to key storms, hot reloads; the state machine checked after every
# event; heap and RSS must not grow after day 1. Its last line says how
# long it took.
check "10 days of visitors: every invariant after every event, memory flat after day 1" \
    "$BUILD/soak" --days 10
sed -n 's/^soak: PASS /      /p' "$OUT/check.log"

finish
