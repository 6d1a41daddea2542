#!/bin/sh
# analytics.sh - the visitor counts of a live kiosk survive a crash but
# for the hour under way. Under Xvfb, in a time zone whose local clock
# reads 10:59:30 at the start (POSIX TZ offsets take seconds), xdotool
# plays a visitor: Right, Right, L before 11:00 (3 actions at 10, a
# visit begun at 10, a language switch); at 11:00 the hourly checkpoint
# writes the day's file; Right at 11:00-something; then kill -9. The file
# has the 10 o'clock counts and nothing of 11. Started again, the kiosk
# reads the file back; Right, Right (a new visit at 11, 2 actions) and
# SIGTERM: the file adds those, and the action lost in the crash stays
# lost.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
W=640 H=360
K=$BUILD/kiosk
dir=$OUT/e2e-analytics
rm -rf "$dir" && mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

. tests/e2e/lib.sh

"$K" --headless --size "${W}x${H}" --shots "$dir/expected" >/dev/null || fail "headless render"
"$K" --headless --size "${W}x${H}" --lang en --shots "$dir/expected-en" >/dev/null || fail "headless render (en)"

# tz_at HH MM SS: a time zone whose local clock reads HH:MM:SS now.
tz_at() {
    now=$(date -u +%s)
    d=$(( ($1 * 3600 + $2 * 60 + $3 - now % 86400 + 86400) % 86400 ))
    printf 'XXX-%d:%02d:%02d' $((d / 3600)) $((d % 3600 / 60)) $((d % 60))
}
tz=$(tz_at 10 59 30)
day=$(TZ=$tz date +%F)
csv=$dir/a/$day.csv
printf 'analytics_dir = %s/a\n' "$dir" >"$dir/kiosk.ini"
# has LINE: the day's file holds the line (whole).
has() { grep -qx "$1" "$csv"; }

TZ=$tz "$K" --config "$dir/kiosk.ini" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
xdotool key Right; xdotool key Right; xdotool key l
screen_shows 3 en || fail "Right, Right, L should show slide 3 in English"
[ "$(TZ=$tz date +%H)" = 10 ] || fail "the machine was too slow: the keys came after 11:00"
[ ! -e "$csv" ] || fail "a file before the hour's end"
echo "before 11:00: Right, Right, L"
i=0
until [ -e "$csv" ]; do i=$((i + 1)); [ $i -gt 400 ] && fail "no checkpoint at 11:00"; sleep 0.1; done
echo "11:00: the hourly checkpoint wrote $day.csv"
xdotool key Right
screen_shows 4 en || fail "Right should show slide 4"
kill -9 "$kiosk"; wait "$kiosk" 2>/dev/null; kiosk=""
has "actions,,,10,3" && has "visits_began,,,10,1" && has "language_switches,,,,1" ||
    { cat "$csv"; fail "after the crash the file lacks the 10 o'clock counts"; }
grep -q "^actions,,,11," "$csv" && { cat "$csv"; fail "the crash's hour is in the file"; }
echo "kill -9 at 11:00-something: the file has the 10 o'clock counts, nothing of 11"

TZ=$tz "$K" --config "$dir/kiosk.ini" 2>>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window after the restart"
grep -q "visitor counts of today read back from $csv" "$dir/kiosk.log" || fail "no read-back logged"
xdotool key Right; xdotool key Right
screen_shows 3 || fail "after the restart Right, Right should show slide 3"
kill "$kiosk"
exits_cleanly "SIGTERM"
for line in "actions,,,10,3" "actions,,,11,2" "visits_began,,,10,1" "visits_began,,,11,1" \
    "language_switches,,,,1" "slide_shows,2,es,,2" "slide_shows,3,es,,2" "slide_shows,3,en,,1"; do
    has "$line" || { cat "$csv"; fail "after the restart and SIGTERM the file lacks $line"; }
done
echo "restarted: read back, 2 more actions and a visit at 11 added; the lost one stays lost"
echo PASS
