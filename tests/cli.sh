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
check "--narration takes off, on-request or always only" tests/expect_output.sh 2 tests/cli/bad-narration.expected "$K" --narration on --list
check "--start-time takes a real local time YYYY-MM-DDTHH:MM:SS" tests/expect_output.sh 2 \
    tests/cli/bad-start-time.expected "$K" --headless --start-time 2026-02-30T10:00:00 \
    --script tests/scripts/attract.script
check "--start-time needs --headless" tests/expect_output.sh 2 \
    tests/cli/start-time-needs-headless.expected "$K" --start-time 2026-01-05T10:00:00 --list
check "--list exits 0 with one line per slide (title, 11 events, 10 ambassadors, 3 more)" \
    sh -c 'out=$("$0" --list) && test "$(printf "%s\n" "$out" | wc -l)" -eq 25' "$K"
check "--strict belongs to --check-content: alone it is bad usage" \
    tests/expect_output.sh 2 tests/cli/strict-needs-check.expected "$K" --strict --list
check "--contact-sheet-columns takes 1 to 8" tests/expect_output.sh 2 \
    tests/cli/bad-sheet-columns.expected "$K" --headless --contact-sheet "$OUT/x.png" --contact-sheet-columns 9
check "--report with --headless belongs to --compare" tests/expect_output.sh 2 \
    tests/cli/report-needs-compare.expected "$K" --headless --shots "$OUT/x" --report "$OUT/r"
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
check "--content with warnings shows that file and logs each warning with its line" sh -c '
    out=$("$0" --content tests/content/warn/events-out-of-order.ini --list 2>"$1/warn.log") || exit 1
    cat "$1/warn.log"
    [ "$(echo "$out" | wc -l)" -eq 5 ] &&
        grep -q " kiosk warn: tests/content/warn/events-out-of-order.ini:15: warning: this \[event\] (2003)" "$1/warn.log"' "$K" "$OUT"
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
# --content, --lang or a later --size override it); sets cmp_out (stdout)
# and cmp_rc, and shows the output in the check's log.
compare_run() {
    cmp_dir=$1; shift
    cmp_out=$("$K" --headless --size 800x480 "$@" --compare "$cmp_dir" 2>"$OUT/cmp.err"); cmp_rc=$?
    echo "$cmp_out (exit $cmp_rc)"; cat "$OUT/cmp.err"
}

# The lines that are not "same": what a curator reads first.
compare_news() { echo "$cmp_out" | grep -v '^same '; }

# data/content.ini with one more event, a 2005 one before the 2009 one.
content_plus_event() {
    awk '/^date = 2009-06$/ && !done { print "date = 2005"; print "headline_es = Un evento de prueba";
             print "headline_en = A test event"; print "text_es = Texto de prueba.";
             print "text_en = Test text."; print ""; print "[event]"; done = 1 } { print }' \
        data/content.ini >"$1"
}

# The reference directory's entries, their checksums and its own time (an
# entry made and removed again would change it): unchanged by a compare.
dir_state() { (cd "$1" && ls -A && md5sum ./* && stat -c %Y .) 2>&1; }

compare_matches() {
    compare_refs "$OUT/cmp-same" || return 1
    test -f "$OUT/cmp-same/slides.tsv" || { echo "--shots wrote no slides.tsv"; return 1; }
    [ "$(sed -n 2p "$OUT/cmp-same/slides.tsv")" = "$(printf '001\ttitle\tMéxico – Corea del Norte')" ] || return 1
    compare_run "$OUT/cmp-same"
    [ $cmp_rc -eq 0 ] && [ "$(echo "$cmp_out" | grep -c '^same ')" -eq 25 ] &&
        [ "$(compare_news)" = "25 same, 0 changed, 0 added, 0 removed" ] &&
        echo "$cmp_out" | grep -qx "same ambassador-pak-yong-se Pak Yong-se"
}
check "--compare against --shots of the same content: 25 lines 'same ID title', exit 0" compare_matches

# The issue's case: one event added moves every later slide's number and
# its counter, and marks each event slide's timeline; only the event is news.
compare_added() {
    cmp_ref=$OUT/cmp-added
    compare_refs "$cmp_ref" && content_plus_event "$OUT/cmp-added.ini" || return 1
    before=$(dir_state "$cmp_ref")
    compare_run "$cmp_ref" --content "$OUT/cmp-added.ini" --report "$OUT/cmp-added-report"
    [ $cmp_rc -eq 1 ] && [ "$(compare_news)" = "added event-2005-a-test-event 2005: Un evento de prueba
25 same, 0 changed, 1 added, 0 removed
report: $OUT/cmp-added-report/index.html" ] || return 1
    [ "$(dir_state "$cmp_ref")" = "$before" ] || { echo "--compare wrote into the references"; return 1; }
    test -f "$OUT/cmp-added-report/event-2005-a-test-event.new.png" &&
        test ! -e "$OUT/cmp-added-report/event-2005-a-test-event.old.png"
}
check "--compare: one event added is one 'added' line, every other slide the same; DIR untouched" compare_added

# A changed reference (slide 3's picture is slide 2's): that slide is
# changed, its diff goes to the report; once it matches again, the diff goes.
compare_changed() {
    cmp_ref=$OUT/cmp-changed; rep=$OUT/cmp-changed-report
    compare_refs "$cmp_ref" && cp "$cmp_ref/slide-002.png" "$cmp_ref/slide-003.png" || return 1
    compare_run "$cmp_ref" --report "$rep"
    id=event-1993-09-20-north-korea-opens-an-embassy-in-mexico-city
    [ $cmp_rc -eq 1 ] && [ "$(compare_news)" = "changed $id 20 de septiembre de 1993: Corea del Norte abre una embajada en la Ciudad de México
24 same, 1 changed, 0 added, 0 removed
report: $rep/index.html" ] &&
        [ "$(identify -format %wx%h "$rep/$id.diff.png")" = 800x480 ] || return 1
    compare_refs "$cmp_ref" && compare_run "$cmp_ref" --report "$rep"
    [ $cmp_rc -eq 0 ] && [ ! -e "$rep/$id.diff.png" ] ||
        { echo "the diff of a slide that matches again was not removed"; return 1; }
}
check "--compare names a changed slide, writes its diff to the report, exits 1; the diff goes once it matches" compare_changed

# A record removed, a text edited, a reference picture lost.
compare_removed() {
    cmp_ref=$OUT/cmp-removed
    compare_refs "$cmp_ref" && rm "$cmp_ref/slide-004.png" || return 1
    # Paragraph by paragraph: the 2016 event's goes.
    sed 's/Pak Yong-se, presenta/Pak Yong-se, presentó/' data/content.ini |
        awk 'BEGIN { RS = ""; ORS = "\n\n" } !/\ndate = 2016\n/' >"$OUT/cmp-removed.ini"
    compare_run "$cmp_ref" --content "$OUT/cmp-removed.ini"
    [ $cmp_rc -eq 1 ] && [ "$(compare_news)" = "changed event-2003-relations-reach-a-low 2003: Las relaciones llegan a un punto bajo
changed ambassador-pak-yong-se Pak Yong-se
removed event-2016-mexico-scraps-the-mu-du-bong 2016: México desmantela el Mu Du Bong
22 same, 2 changed, 0 added, 1 removed" ] &&
        grep -q "^$cmp_ref/slide-004.png: missing" "$OUT/cmp.err"
}
check "--compare: a removed record, an edited one, a lost reference picture" compare_removed

compare_other() {
    cmp_ref=$OUT/cmp-other
    compare_refs "$cmp_ref" || return 1
    compare_run "$cmp_ref" --lang en
    [ $cmp_rc -eq 1 ] && echo "$cmp_out" | tail -n 1 | grep -qx "[0-9]* same, [1-9][0-9]* changed, 0 added, 0 removed" || return 1
    compare_run "$cmp_ref" --size 1280x720
    [ $cmp_rc -eq 1 ] && grep -qx \
        "$cmp_ref/slide-001.png: the reference is 800x480, the slide is now 1280x720" "$OUT/cmp.err"
}
check "--compare in the other --lang reports changes; at another --size says so" compare_other
check "--compare on a directory that does not exist fails naming it" sh -c '
    "$0" --headless --compare "$1/no-such-dir" 2>&1 | grep -q "no-such-dir/slides.tsv: cannot open"
    [ $? -eq 0 ] && { "$0" --headless --compare "$1/no-such-dir" 2>/dev/null; [ $? -eq 1 ]; }' "$K" "$OUT"
check "--compare names a damaged slides.tsv's line and stops (exit 1)" sh -c '
    "$0" --headless --size 800x480 --shots "$1/cmp-manifest" >/dev/null || exit 1
    sed -i "3s/^002/007/" "$1/cmp-manifest/slides.tsv"
    out=$("$0" --headless --size 800x480 --compare "$1/cmp-manifest" 2>&1); rc=$?
    echo "$out"
    [ $rc -eq 1 ] && [ "$out" = "$1/cmp-manifest/slides.tsv:3: slides must be numbered 001, 002, ... in order" ]' "$K" "$OUT"
check "--compare --report never writes into the references: OUT = DIR or inside it is refused" sh -c '
    "$0" --headless --size 800x480 --shots "$1/cmp-into" >/dev/null || exit 1
    for out in "$1/cmp-into" "$1/cmp-into/report"; do
        "$0" --headless --size 800x480 --compare "$1/cmp-into" --report "$out" 2>"$1/into.err"
        [ $? -eq 1 ] && grep -q "the report cannot go into the references" "$1/into.err" || exit 1
    done
    test ! -e "$1/cmp-into/index.html" && test ! -e "$1/cmp-into/report"' "$K" "$OUT"

# The report as a curator opens it, in a headless Chromium: every row, and
# every picture it links to loaded (the page counts them on its <body>).
compare_html() {
    rep=$OUT/cmp-added-report
    test -f "$rep/index.html" || { echo "no report from the check above"; return 1; }
    dom=$(timeout 120 chromium --headless --disable-gpu --no-sandbox --disable-dev-shm-usage \
          --virtual-time-budget=10000 --dump-dom "file://$(realpath "$rep")/index.html" 2>"$OUT/chromium.err")
    echo "$dom" | grep -o '<body[^>]*>'
    [ "$(echo "$dom" | grep -c '<tr id="')" -eq 26 ] &&
        echo "$dom" | grep -q '<tr id="event-2005-a-test-event" class="added">' &&
        echo "$dom" | grep -q 'data-images-broken="0"' &&
        echo "$dom" | grep -q 'data-images-loaded="51"'
}
check "the --compare report in headless Chromium: 26 rows, all 51 pictures load" compare_html

# Thumbnails at 800x480 are the slides themselves (thumb.h: about 640
# wide, 480 to 960), four columns and 24 px margins; each row is a
# thumbnail, its caption band (6 px gap + 3 lines of the 20 px font's 25 px
# line: "N · kind" and the title's two) and a margin: 24 + 4 x (800 + 24) by
# 24 + 7 x (480 + 81 + 24). The kind's words come from the labels in the
# show's language (test_deck: test_kind_labels_in_each_language).
contact_sheet() {
    sheet=$OUT/sheet/a/sheet.png
    [ "$("$K" --headless --size 800x480 --contact-sheet "$sheet")" = \
      "wrote a contact sheet of 25 slides to $sheet" ] &&
        [ "$(identify -format %wx%h "$sheet")" = 3320x4119 ] || return 1
    # Three slides: one row of three. Portrait: thumbnails 1080/2 x 1920/2.
    "$K" --content tests/content/good/three-slides.ini --headless --size 800x480 \
        --contact-sheet "$OUT/sheet/three.png" >/dev/null 2>&1 &&
        [ "$(identify -format %wx%h "$OUT/sheet/three.png")" = 2496x609 ] &&
        "$K" --headless --size 1080x1920 --contact-sheet "$OUT/sheet/portrait.png" >/dev/null &&
        [ "$(identify -format %wx%h "$OUT/sheet/portrait.png")" = 2280x7479 ] || return 1
    # Two columns: 13 rows.
    "$K" --headless --size 800x480 --contact-sheet "$OUT/sheet/two.png" \
        --contact-sheet-columns 2 >/dev/null &&
        [ "$(identify -format %wx%h "$OUT/sheet/two.png")" = 1672x7629 ]
}
check "--contact-sheet writes one PNG of every slide, four to a row (or N), making its directories" contact_sheet
# Whether the hints speak of touch: the setting (a touch screen SDL does
# not report) and the command line, each way.
check "touch = yes: the hints speak of touch before any finger" "$K" --headless --size 1280x720 \
    --config tests/scripts/touch/kiosk.ini --script tests/scripts/touch/yes.script
check "--touch no: after a finger the hints still name the keys" "$K" --headless --size 1280x720 \
    --touch no --script tests/scripts/touch/no.script
check "--touch takes auto, yes or no" tests/expect_output.sh 2 tests/cli/bad-touch.expected \
    "$K" --touch maybe --list

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
