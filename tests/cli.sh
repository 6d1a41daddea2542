# cli.sh - command-line checks; sourced by run.sh (uses its `check`).
K=$BUILD/kiosk

# The matcher itself: the whole output or nothing (tests/expect_output.sh).
expect_output_is_exact() {
    e=$OUT/expect-self && mkdir -p "$e" && printf 'a\nb\n' >"$e/ab"
    tests/expect_output.sh 0 "$e/ab" printf 'a\nb\n' >/dev/null || { echo "the same output refused"; return 1; }
    for out in 'a\nb\nc\n' 'a\n' 'b\na\n' 'a\nbb\n' 'xa\nb\n' 'a\nb'; do
        if tests/expect_output.sh 0 "$e/ab" printf "$out" >/dev/null; then
            echo "accepted '$out' for a, b"; return 1
        fi
    done
    ! tests/expect_output.sh 1 "$e/ab" printf 'a\nb\n' >/dev/null || { echo "exit 0 taken for 1"; return 1; }
    printf '{TIME} kiosk info: x\n' >"$e/time"
    tests/expect_output.sh 0 "$e/time" printf '2026-01-05T10:00:00 kiosk info: x\n' >/dev/null &&
        ! tests/expect_output.sh 0 "$e/time" printf 'at 2026-01-05T10:00:00 kiosk info: x\n' >/dev/null
}
check "expect_output.sh: an extra, missing, reordered or changed line, a lost newline or another status fail; {TIME} is the log's time" \
    expect_output_is_exact

# The mutation tool (make mutants): a text not found, or found twice, is
# an error of the list (3, 4), never applied; once, it is replaced.
check "tests/mutants/apply.py: a text missing (3) or not unique (4) is refused; a unique one replaced, \\n a new line" sh -c '
    f=$0/mutant.c; mkdir -p "$0" && printf "a < b;\nc < d;\nc < d;\n" >"$f"
    python3 tests/mutants/apply.py "$f" "x > y" "z" >/dev/null; [ $? -eq 3 ] || exit 1
    python3 tests/mutants/apply.py "$f" "c < d" "c <= d" >/dev/null; [ $? -eq 4 ] || exit 1
    python3 tests/mutants/apply.py "$f" "a < b;\\nc" "a <= b;\\nc" &&
        [ "$(cat "$f")" = "$(printf "a <= b;\nc < d;\nc < d;")" ]' "$OUT/mutants-self"

# The status first, then the text: a pipe into grep would hide the status.
check "--help exits 0 and lists the options" sh -c '
    out=$("$0" --help) || { echo "--help exited $?"; exit 1; }
    for opt in --windowed --size --content --check-content --headless --shots --script \
               --compare --contact-sheet --rotate --transition-ms --lang --config \
               --check-config --start-time --list --version --burn-in-shift \
               --layout-report --format-content; do
        printf "%s\n" "$out" | grep -q -- "$opt" || { echo "--help does not list $opt"; exit 1; }
    done' "$K"
check "--version exits 0 and prints one line, kiosk and the version" sh -c '
    out=$("$0" --version) || { echo "--version exited $?"; exit 1; }
    echo "$out"; [ "$(printf "%s\n" "$out" | wc -l)" -eq 1 ] &&
        printf "%s\n" "$out" | grep -Eqx "kiosk [^ ]+"' "$K"
check "an unknown option is bad usage (2) with a pointer to --help" \
    tests/expect_output.sh 2 tests/cli/unknown-option.expected "$K" --frobnicate
check "--size must be WxH" tests/expect_output.sh 2 tests/cli/bad-size.expected "$K" --size 12x --list
check "--shots needs --headless" tests/expect_output.sh 2 tests/cli/shots-needs-headless.expected "$K" --shots "$OUT/x"
check "--headless needs --shots or --script" tests/expect_output.sh 2 tests/cli/headless-alone.expected "$K" --headless
check "--list prints every slide: number, kind, title" tests/expect_output.sh 0 tests/cli/list.expected "$K" --list
check "--lang en --list prints the English titles" tests/expect_output.sh 0 tests/cli/list-en.expected "$K" --lang en --list
check "--lang takes es or en only" tests/expect_output.sh 2 tests/cli/bad-lang.expected "$K" --lang fr --list
check "--start-time takes a real local time YYYY-MM-DDTHH:MM:SS" tests/expect_output.sh 2 \
    tests/cli/bad-start-time.expected "$K" --headless --start-time 2026-02-30T10:00:00 \
    --script tests/scripts/attract.script
check "--start-time needs --headless" tests/expect_output.sh 2 \
    tests/cli/start-time-needs-headless.expected "$K" --start-time 2026-01-05T10:00:00 --list
check "--list exits 0 with one line per slide (title, 11 events, 10 ambassadors, 3 more)" \
    sh -c 'out=$("$0" --list) && test "$(printf "%s\n" "$out" | wc -l)" -eq 25' "$K"
check "--check-content on a missing file fails naming it" \
    tests/expect_output.sh 1 tests/cli/missing-file.expected "$K" --check-content tests/no-such-file.ini
# The time zone the kiosk would run in: glibc takes an unknown TZ as UTC
# without a word, so --check-config and the start-up log say it.
check "--check-config: an unknown TZ is an error (exit 1) naming it" env TZ=Mars/Olympus \
    tests/expect_output.sh 1 tests/cli/bad-tz-check.expected "$K" --check-config data/kiosk.ini
check "--check-config: TZ as a zone name, a :file, a POSIX string, empty (UTC) are fine" sh -c '
    for tz in Europe/Madrid :America/Mexico_City /usr/share/zoneinfo/Asia/Pyongyang \
              "CET-1CEST,M3.5.0,M10.5.0/3" ""; do
        TZ=$tz "$0" --check-config data/kiosk.ini || { echo "TZ=$tz refused"; exit 1; }
    done' "$K"
check "--check-config: zone names are looked up under TZDIR when it is set" sh -c '
    mkdir -p "$1/zones/Europe" && cp /usr/share/zoneinfo/Europe/Madrid "$1/zones/Europe/" &&
    TZDIR=$1/zones TZ=Europe/Madrid "$0" --check-config data/kiosk.ini &&
    ! TZDIR=$1/zones TZ=America/Mexico_City "$0" --check-config data/kiosk.ini' "$K" "$OUT"
check "--check-config: a timezone setting wins over an unknown TZ" env TZ=Mars/Olympus \
    "$K" --check-config tests/settings/good/zone-and-chord.ini
check "an unknown TZ is logged at start-up, and the kiosk runs" env TZ=Mars/Olympus \
    tests/expect_output.sh 0 tests/cli/bad-tz-start.expected \
    "$K" --headless --script tests/scripts/attract.script
check "an invalid --content is logged and the built-in content shows" \
    tests/expect_output.sh 0 tests/cli/fallback.expected \
    "$K" --content tests/content/bad/unknown-key.ini --headless --script tests/scripts/attract.script
check "--content with a valid file shows that file" \
    tests/expect_output.sh 0 tests/cli/other-content.expected \
    "$K" --content tests/content/good/three-slides.ini --lang en --list
check "--shots writes one PNG per slide, numbered from 001" sh -c '
    "$0" --headless --size 800x480 --shots "$1/shots" >/dev/null &&
    test -f "$1/shots/slide-001.png" && test -f "$1/shots/slide-025.png" &&
    test ! -e "$1/shots/slide-026.png"' "$K" "$OUT"

# --compare and --contact-sheet: what a curator runs to check an edit.
# References are made as a curator makes them, with --shots; 800x480 keeps
# the renders quick. Each check makes its own directory.
compare_refs() { "$K" --headless --size 800x480 --shots "$1" >/dev/null; }

# compare_run DIR [OPTION...]: --compare DIR at 800x480 (options such as
# --lang or a later --size override it); sets cmp_out and cmp_rc, and shows
# the output in the check's log.
compare_run() {
    cmp_dir=$1; shift
    cmp_out=$("$K" --headless --size 800x480 "$@" --compare "$cmp_dir"); cmp_rc=$?
    echo "$cmp_out (exit $cmp_rc)"
}

compare_matches() {
    compare_refs "$OUT/cmp-same" || return 1
    compare_run "$OUT/cmp-same"
    [ $cmp_rc -eq 0 ] && [ "$cmp_out" = "all 25 slides match" ]
}
check "--compare against --shots of the same size: all 25 slides match, exit 0" compare_matches

# One reference changed (slide 2's picture as slide 3's), then put back.
compare_changed() {
    cmp_ref=$OUT/cmp-changed
    compare_refs "$cmp_ref" && cp "$cmp_ref/slide-002.png" "$cmp_ref/slide-003.png" || return 1
    compare_run "$cmp_ref"
    [ $cmp_rc -eq 1 ] &&
        echo "$cmp_out" | head -n 1 |
            grep -qx "slide-003.png: [0-9]* pixels differ (see $cmp_ref/slide-003.diff.png)" &&
        [ "$(echo "$cmp_out" | tail -n 1)" = "1 of 25 slides changed" ] &&
        [ "$(echo "$cmp_out" | wc -l)" -eq 2 ] &&
        [ "$(identify -format %wx%h "$cmp_ref/slide-003.diff.png")" = 800x480 ] || return 1
    compare_refs "$cmp_ref" && compare_run "$cmp_ref"
    [ $cmp_rc -eq 0 ] && [ ! -e "$cmp_ref/slide-003.diff.png" ] ||
        { echo "the diff of a slide that matches again was not removed"; return 1; }
}
check "--compare names a changed slide, writes its diff, exits 1; the diff goes once it matches" compare_changed

compare_missing() {
    cmp_ref=$OUT/cmp-missing
    compare_refs "$cmp_ref" && rm "$cmp_ref/slide-005.png" && cp "$cmp_ref/slide-001.png" "$cmp_ref/slide-026.png" || return 1
    compare_run "$cmp_ref"
    [ $cmp_rc -eq 1 ] && [ "$cmp_out" = "slide-005.png: missing
slide-026.png: no such slide any more
1 of 25 slides changed, and 1 reference has no slide any more" ]
}
check "--compare reports a missing reference and one past the last slide" compare_missing

compare_other() {
    cmp_ref=$OUT/cmp-other
    compare_refs "$cmp_ref" || return 1
    compare_run "$cmp_ref" --lang en
    [ $cmp_rc -eq 1 ] && echo "$cmp_out" | tail -n 1 | grep -qx "[1-9][0-9]* of 25 slides changed" || return 1
    compare_run "$cmp_ref" --size 1280x720
    [ $cmp_rc -eq 1 ] && echo "$cmp_out" | grep -qx \
        "slide-001.png: the reference is 800x480, the slide is now 1280x720"
}
check "--compare in the other --lang reports changes; at another --size says so" compare_other
check "--compare on a directory that does not exist fails naming it" sh -c '
    "$0" --headless --compare "$1/no-such-dir" 2>&1 | grep -q "no-such-dir: cannot open"
    [ $? -eq 0 ] && { "$0" --headless --compare "$1/no-such-dir" 2>/dev/null; [ $? -eq 1 ]; }' "$K" "$OUT"

# Thumbnails 800/2 x 480/2 at 800x480, five columns and 16 px margins;
# each row is a thumbnail, its label band (4 px gap + the 16 px font's
# 22 px line) and a margin: 16 + 5 x (400 + 16) by 16 + 5 x (240 + 26 + 16).
contact_sheet() {
    sheet=$OUT/sheet/a/sheet.png
    [ "$("$K" --headless --size 800x480 --contact-sheet "$sheet")" = \
      "wrote a contact sheet of 25 slides to $sheet" ] &&
        [ "$(identify -format %wx%h "$sheet")" = 2096x1426 ] || return 1
    # Three slides: one row of three. Portrait: thumbnails 1080/3 x 1920/3.
    "$K" --content tests/content/good/three-slides.ini --headless --size 800x480 \
        --contact-sheet "$OUT/sheet/three.png" >/dev/null 2>&1 &&
        [ "$(identify -format %wx%h "$OUT/sheet/three.png")" = 1264x298 ] &&
        "$K" --headless --size 1080x1920 --contact-sheet "$OUT/sheet/portrait.png" >/dev/null &&
        [ "$(identify -format %wx%h "$OUT/sheet/portrait.png")" = 1896x3426 ]
}
check "--contact-sheet writes one PNG of every slide, five to a row, making its directories" contact_sheet

# --format-content: the canonical form (src/core/content_format.c). The
# built-in content's is valid, has the same slides, and formats to itself.
format_content() {
    f=$OUT/format
    mkdir -p "$f" &&
        "$K" --format-content data/content.ini >"$f/canonical.ini" &&
        "$K" --check-content "$f/canonical.ini" &&
        "$K" --format-content "$f/canonical.ini" | cmp - "$f/canonical.ini" &&
        "$K" --list >"$f/list-before" && "$K" --content "$f/canonical.ini" --list 2>/dev/null >"$f/list-after" &&
        cmp "$f/list-before" "$f/list-after"
}
check "--format-content data/content.ini exits 0: valid, the same slides, and its own canonical form" format_content
check "--format-content on an invalid file exits 1, prints its errors and no content" sh -c '
    "$0" --format-content tests/content/bad/unknown-key.ini >"$1/format-bad.out" 2>"$1/format-bad.err"
    rc=$?; cat "$1/format-bad.err"
    [ $rc -eq 1 ] && [ ! -s "$1/format-bad.out" ] && grep -q "unknown-key.ini:9:" "$1/format-bad.err"' "$K" "$OUT"
# --layout-report can say no: on a 100x100 panel texts are cut short.
check "--layout-report exits 0 and reports texts cut short on a 100x100 panel" sh -c '
    out=$("$0" --layout-report --size 100x100) &&
        printf "%s\n" "$out" | grep -Eq "^slide [0-9]+ (es|en) 100x100 ellipsized=[1-9][0-9]* overflowed=[0-9]+$"' "$K"
