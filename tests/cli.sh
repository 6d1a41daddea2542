# cli.sh - command-line checks; sourced by run.sh (uses its `check`).
K=$BUILD/kiosk

check "--help exits 0 and lists the options" sh -c '"$0" --help | grep -q -- "--check-content FILE"' "$K"
check "--version exits 0" sh -c '"$0" --version | grep -q "^kiosk "' "$K"
check "an unknown option is bad usage (2) with a pointer to --help" \
    tests/expect_output.sh 2 tests/cli/unknown-option.expected "$K" --frobnicate
check "--size must be WxH" tests/expect_output.sh 2 tests/cli/bad-size.expected "$K" --size 12x --list
check "--shots needs --headless" tests/expect_output.sh 2 tests/cli/shots-needs-headless.expected "$K" --shots "$OUT/x"
check "--headless needs --shots or --script" tests/expect_output.sh 2 tests/cli/headless-alone.expected "$K" --headless
check "--list prints every slide: number, kind, title" tests/expect_output.sh 0 tests/cli/list.expected "$K" --list
check "--lang en --list prints the English titles" tests/expect_output.sh 0 tests/cli/list-en.expected "$K" --lang en --list
check "--lang takes es or en only" tests/expect_output.sh 2 tests/cli/bad-lang.expected "$K" --lang fr --list
check "--list has one line per slide (title, 11 events, 10 ambassadors, 3 more)" \
    sh -c 'test "$("$0" --list | wc -l)" -eq 25' "$K"
check "--check-content on a missing file fails naming it" \
    tests/expect_output.sh 1 tests/cli/missing-file.expected "$K" --check-content tests/no-such-file.ini
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
