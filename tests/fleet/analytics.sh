#!/bin/sh
# analytics.sh - the anonymous visitor counts on the simulated clock
# (headless, TZ=UTC): the day's CSV equals the one worked out by hand in
# tests/fleet/visits.script; a visit across midnight is split between
# the two days' files as worked out in tests/fleet/midnight.script; a
# restart reads the day's file back (the same visits again: twice the
# counts); a file that cannot be read back is set aside as .bad, logged,
# and the day counted from 0.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
K=$BUILD/kiosk
dir=$OUT/fleet-analytics
rm -rf "$dir" && mkdir -p "$dir"
fail() { echo "FAILED: $*"; exit 1; }

# run NAME SCRIPT START: the script with analytics_dir = $dir/NAME.
run() {
    printf 'analytics_dir = %s/%s\n' "$dir" "$1" >"$dir/$1.ini"
    TZ=UTC "$K" --headless --size 1280x720 --config "$dir/$1.ini" --start-time "$3" \
        --script "$2" 2>>"$dir/$1.log" || { cat "$dir/$1.log"; fail "$2"; }
}

run visits tests/fleet/visits.script 2026-01-05T10:59:00
diff tests/fleet/visits.csv "$dir/visits/2026-01-05.csv" || fail "the day's counts are not those worked out by hand"
echo "two visits and an L in the attract loop: the day's CSV as worked out by hand"

run midnight tests/fleet/midnight.script 2026-01-05T23:59:30
diff tests/fleet/midnight-2026-01-05.csv "$dir/midnight/2026-01-05.csv" || fail "the 5th's part of the visit"
diff tests/fleet/midnight-2026-01-06.csv "$dir/midnight/2026-01-06.csv" || fail "the 6th's part of the visit"
echo "a visit across midnight: each day's file has its part, the visit the 6th"

# A restart the same day reads the file back: the same visits again make
# every count and time twice what it was.
run visits tests/fleet/visits.script 2026-01-05T10:59:00
grep -q "visitor counts of today read back" "$dir/visits.log" || fail "no read-back logged"
awk -F, 'NR == 1 { print; next }
         { v = $5; if (v ~ /\./) v = sprintf("%.3f", v * 2); else v = v * 2
           print $1 "," $2 "," $3 "," $4 "," v }' tests/fleet/visits.csv >"$dir/twice.csv"
diff "$dir/twice.csv" "$dir/visits/2026-01-05.csv" || fail "read back and counted again: not twice the counts"
echo "a restart: today's file read back, the same visits again make twice the counts"

# A file that cannot be read back: set aside, logged with its line.
mkdir -p "$dir/bad" && printf 'counter,slide,language,hour,value\nvisits,,,,x\n' >"$dir/bad/2026-01-05.csv"
run bad tests/fleet/visits.script 2026-01-05T10:59:00
grep -q "2026-01-05.csv: line 2: the value must be a whole number; today is counted from 0" "$dir/bad.log" ||
    { cat "$dir/bad.log"; fail "a bad file: not logged with its line"; }
[ -f "$dir/bad/2026-01-05.csv.bad" ] || fail "the bad file was not set aside"
diff tests/fleet/visits.csv "$dir/bad/2026-01-05.csv" || fail "after a bad file the day is not counted from 0"
echo "a file that cannot be read back: logged with its line, kept as .bad, the day from 0"
echo PASS
