#!/bin/sh
# hours.sh - opening hours on a running fullscreen kiosk under Xvfb, on the
# real wall clock: closed now, the panel is black and the kiosk uses next
# to no CPU; a key wakes it for staff on slide 1; a kiosk started a few
# seconds before opening time opens by itself.
# So that opening time is seconds away, not up to a minute, the kiosk runs
# in a time zone a few seconds east of UTC (POSIX TZ offsets take seconds):
# its local clock stands just before the start of a minute.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
W=640 H=360
K=$BUILD/kiosk
dir=$OUT/e2e-hours
mkdir -p "$dir"

. tests/e2e/lib.sh

"$K" --headless --size "${W}x${H}" --shots "$dir/expected" >/dev/null || fail "headless render"

# brightest: the brightest channel on the screen, 0 to 255.
brightest() {
    import -window root "$dir/screen.png" 2>/dev/null &&
        convert "$dir/screen.png" -format '%[fx:int(255*maxima)]' info:
}
# screen_black: the screen is black within 3 s.
screen_black() {
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
        [ "$(brightest)" = 0 ] && return 0
        sleep 0.2
    done
    return 1
}
# cpu_ticks: the kiosk's user and system time so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$kiosk/stat"; }

# tz_before SECONDS: a time zone whose local clock now reads SECONDS past
# the minute.
tz_before() {
    s=$(date -u +%S); s=${s#0}
    echo "XXX-0:00:$(printf %02d $(( ($1 - s + 60) % 60 )))"
}

# 1. Closed for more than a day: asleep from the start.
later=$(date -u -d '+2 days' +%a)
printf 'hours = %s 10:00-11:00\nstaff_minutes = 1\n' "$later" >"$dir/closed.ini"
TZ=UTC "$K" --config "$dir/closed.ini" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
screen_black || fail "closed, the screen is not black (brightest $(brightest))"
echo "closed: a black screen"
before=$(cpu_ticks); sleep 3; used=$(( $(cpu_ticks) - before ))
[ "$used" -le 6 ] || fail "asleep, the kiosk used $used ticks of CPU in 3 s"
echo "asleep: $used clock ticks of CPU in 3 s"
xdotool key Right
screen_shows 1 || fail "a key should wake it on slide 1"
grep -q "sleep -> browse on slide 1" "$dir/kiosk.log" || fail "no staff wake in the log"
echo "a key: awake for staff on slide 1"
kill "$kiosk"
exits_cleanly "SIGTERM"

# 2. Closed now, opening in about 10 s (at the start of the next local
# minute): it opens by itself, on slide 1 in attract mode.
tz=$(tz_before 50)
open=$(TZ=$tz date -d '+15 sec' +'%a %H:%M')
printf 'hours = %s-24:00\n' "$open" >"$dir/opening.ini"
TZ=$tz "$K" --config "$dir/opening.ini" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
screen_black || fail "before opening time, the screen is not black"
echo "before $open: black"
i=0
until grep -q "sleep -> attract on slide 1" "$dir/kiosk.log"; do
    i=$((i + 1)); [ $i -gt 150 ] && fail "it did not open at $open"; sleep 0.1
done
# The slide is drawn on the loop's next turn: waited for, within 3 s.
i=0
until [ "$(brightest)" -gt 200 ]; do
    i=$((i + 1)); [ $i -gt 15 ] && fail "open, the screen shows no slide"; sleep 0.2
done
echo "at $open: open by itself, the slideshow on the screen"
kill "$kiosk"
exits_cleanly "SIGTERM"
echo "PASS"
