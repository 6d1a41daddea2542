#!/bin/sh
# report.sh - `kiosk --report DIR`: the days in range added up, as text
# and as a chart. The counts are those of tests/fleet/visits.csv (the 5th)
# and tests/fleet/midnight-2026-01-06.csv (the 6th), added by hand in
# tests/fleet/report.expected (slide 2: 20 + 40 + 30 = 90 s, es 20 + 30,
# en 40, shown twice; 3 visits, 125 + 60 = 185 s, 61 s on average); the
# 7th, past --to, is left out. In the chart the hour columns of 10:00
# and 11:00 stand and their neighbours do not. A bad file is named with
# its line; no day in the range and a malformed date are errors. Slides
# are named from a fixed content file (three slides), not the show's.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
K=$BUILD/kiosk
dir=$OUT/fleet-report
rm -rf "$dir" && mkdir -p "$dir/days"
fail() { echo "FAILED: $*"; exit 1; }

cp tests/fleet/visits.csv "$dir/days/2026-01-05.csv"
cp tests/fleet/midnight-2026-01-06.csv "$dir/days/2026-01-06.csv"
cp tests/fleet/visits.csv "$dir/days/2026-01-07.csv"
echo "not a day" >"$dir/days/notes.txt"
"$K" --content tests/content/good/three-slides.ini --report "$dir/days" --from 2026-01-01 \
    --to 2026-01-06 --chart "$dir/chart.png" >"$dir/out.txt" 2>"$dir/err.txt" ||
    fail "--report: exit $?"
printf 'chart: %s\n' "$dir/chart.png" | cat tests/fleet/report.expected - | diff - "$dir/out.txt" ||
    fail "the report is not the sum worked out by hand"
echo "the 5th and 6th added up as worked out by hand, the 7th left out"

[ "$(identify -format '%wx%h' "$dir/chart.png")" = 1200x900 ] || fail "the chart is not 1200x900"
# pixel X: the chart's colour just above the baseline (840) in hour
# column X (centred on 80 + 44 h + 22, src/app/report_chart.h).
pixel() { convert "$dir/chart.png" -format "%[pixel:p{$((80 + 44 * $1 + 22)),835}]" info:; }
[ "$(pixel 10)" = "srgb(200,16,46)" ] && [ "$(pixel 11)" = "srgb(200,16,46)" ] ||
    fail "the 10:00 and 11:00 columns do not stand: $(pixel 10) $(pixel 11)"
[ "$(pixel 9)" = "srgb(255,255,255)" ] && [ "$(pixel 12)" = "srgb(255,255,255)" ] ||
    fail "a column stands at 9:00 or 12:00: $(pixel 9) $(pixel 12)"
echo "the chart: 1200x900, columns at 10:00 and 11:00 only"

"$K" --report "$dir/days" --to 2026-01-06 >/dev/null && [ -f "$dir/days/report.png" ] ||
    fail "without --chart the chart should be DIR/report.png"
printf 'counter,slide,language,hour,value\nvisits,,,,1\nactions,,,25,1\n' >"$dir/days/2026-01-06.csv"
"$K" --report "$dir/days" >"$dir/bad.txt" 2>&1 && fail "a bad file: exit 0"
grep -q "2026-01-06.csv:3: unknown counter 'actions' or keys that do not fit it" "$dir/bad.txt" ||
    { cat "$dir/bad.txt"; fail "a bad file is not named with its line"; }
"$K" --report "$dir/days" --from 2027-01-01 >"$dir/none.txt" 2>&1 && fail "no day in range: exit 0"
grep -q "no day's counts" "$dir/none.txt" || fail "no day in range: no message"
"$K" --report "$dir/days" --from 2026-13-01 >/dev/null 2>&1
[ $? -eq 2 ] || fail "--from 2026-13-01 should be bad usage (2)"
echo "a bad file named with its line (exit 1), no day in range (exit 1), a bad date (exit 2)"
echo PASS
