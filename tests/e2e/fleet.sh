#!/bin/sh
# fleet.sh - what a fleet sees of a live kiosk under Xvfb (README "Running
# many kiosks"):
# 1. the metrics file while xdotool plays a visitor: promtool accepts
#    every version of it, the key counts are those pressed, a broken
#    content file published is counted as refused and a good one as
#    reloaded, with the new file's digest;
# 2. a picture of the wall on SIGUSR1 and on a request file: the X
#    server's own screenshot (import) and the headless render match it;
#    one taken during a crossfade leaves the fade to end on its slide;
# 3. the panel's power while closed and at a staff key: a stand-in
#    command writes what it was asked, the metrics say off and on, the
#    log says off on purpose (Xvfb has no DPMS: `xset q` says so, and the
#    kiosk logs that only the commands switch the panel); with
#    closed_notice = on it stays on;
# 4. a display_off_command that hangs: the watchdog's pings (a stand-in
#    notify socket) go on, a key still shows a slide, and the command is
#    killed after its 10 s.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
W=640 H=360
K=$BUILD/kiosk
dir=$OUT/e2e-fleet
rm -rf "$dir" && mkdir -p "$dir"
dir=$(cd "$dir" && pwd) # absolute: the settings and the notify socket need it

. tests/e2e/lib.sh

"$K" --headless --size "${W}x${H}" --shots "$dir/expected" >/dev/null || fail "headless render"
prom=$dir/kiosk.prom

# until_true SECONDS COMMAND...: polls COMMAND every 0.1 s.
until_true() {
    limit=$(($1 * 10)); shift
    i=0
    until "$@"; do i=$((i + 1)); [ $i -gt $limit ] && return 1; sleep 0.1; done
}
# metric SERIES: its value in the metrics file now (empty when absent).
metric() { awk -v k="$1" '$1 == k { print $2 }' "$prom" 2>/dev/null; }
metric_is() { [ "$(metric "$1")" = "$2" ]; }
promtool_ok() { promtool check metrics <"$prom" >"$dir/promtool.log" 2>&1; }
fnv1a() {
    python3 -c '
import sys
h = 0xcbf29ce484222325
for b in open(sys.argv[1], "rb").read():
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
print("%016x" % h)' "$1"
}

# ------------------------------------------------ 1. metrics and a visitor
cp data/content.ini "$dir/content.ini"
cat >"$dir/open.ini" <<EOT
content = $dir/content.ini
metrics_file = $prom
snapshot_file = $dir/wall.png
snapshot_request = $dir/wall.request
transition_ms = 2000
display_on_command = echo on >>$dir/start-power.log
EOT
"$K" --config "$dir/open.ini" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
until_true 10 metric_is kiosk_up 1 || fail "no metrics file with kiosk_up 1"
# Open at start: the on command runs once (a panel a crash left off at
# night is switched on again).
until_true 5 grep -qsx on "$dir/start-power.log" || fail "open at start: display_on_command did not run"
promtool_ok || { cat "$dir/promtool.log"; fail "promtool check metrics, at the start"; }
xdotool key Right; xdotool key Right; xdotool key Right
screen_shows 4 || fail "three Right keys should show slide 4"
promtool_ok || { cat "$dir/promtool.log"; fail "promtool check metrics, while browsing"; }
until_true 10 metric_is 'kiosk_interactions_total{input="key",action="next"}' 3 ||
    fail "after 3 Right keys the key counter is '$(metric 'kiosk_interactions_total{input="key",action="next"}')'"
metric_is kiosk_slide 4 || fail "kiosk_slide is $(metric kiosk_slide), not 4"
metric_is 'kiosk_state{state="browse"}' 1 || fail "the metrics do not say browse"
echo "3 Right keys: the key counter 3, slide 4, browse; promtool accepts the file"

# A broken version, then a good one, published by rename.
head -n 20 data/content.ini >"$dir/.content.tmp" && mv "$dir/.content.tmp" "$dir/content.ini"
until_true 10 metric_is kiosk_content_reloads_refused_total 1 ||
    fail "a broken content file: refused reloads $(metric kiosk_content_reloads_refused_total), not 1"
sed 's/^title_es = .*/title_es = Otra versión/' data/content.ini >"$dir/.content.tmp" &&
    mv "$dir/.content.tmp" "$dir/content.ini"
until_true 10 metric_is kiosk_content_reloads_total 1 || fail "a good content file: no reload counted"
digest=$(fnv1a "$dir/content.ini")
grep -q "^kiosk_content_info{fnv1a=\"$digest\"," "$prom" ||
    fail "the content's digest is not the new file's $digest: $(grep '^kiosk_content_info' "$prom")"
promtool_ok || { cat "$dir/promtool.log"; fail "promtool check metrics, after reloads"; }
echo "a broken file refused (1), a good one reloaded (1) with its digest $digest"

# ----------------------------------------------- 2. a picture of the wall
screen_shows 4 || fail "slide 4 should still show"
kill -USR1 "$kiosk"
until_true 5 test -s "$dir/wall.png" || fail "SIGUSR1: no picture written"
import -window root "$dir/x-screen.png" || fail "import"
"$BUILD/golden-compare" "$dir/x-screen.png" "$dir/wall.png" "$dir/wall.diff.png" ||
    fail "the picture of the wall is not what the X server shows"
"$BUILD/golden-compare" "$dir/expected/slide-004.png" "$dir/wall.png" "$dir/wall4.diff.png" ||
    fail "the picture of the wall is not slide 4"
[ ! -e "$dir/wall.png.tmp" ] || fail "a temporary file was left"
echo "SIGUSR1: wall.png is what the X server shows (slide 4)"

rm -f "$dir/wall.png"
xdotool key Right
screen_shows 5 || fail "Right should show slide 5"
touch "$dir/wall.request"
until_true 5 test -s "$dir/wall.png" || fail "a request file: no picture written"
until_true 5 test ! -e "$dir/wall.request" || fail "the request file was not removed"
"$BUILD/golden-compare" "$dir/expected/slide-005.png" "$dir/wall.png" "$dir/wall5.diff.png" ||
    fail "on request: the picture is not slide 5"
echo "a request file: wall.png is slide 5, the request removed"

# During a 2 s crossfade: the picture is taken, the fade goes on to its end.
rm -f "$dir/wall.png"
xdotool key Right; kill -USR1 "$kiosk"
until_true 5 test -s "$dir/wall.png" || fail "SIGUSR1 during a fade: no picture"
screen_shows 6 || fail "after a picture during the fade the screen should end on slide 6"
if "$BUILD/golden-compare" "$dir/expected/slide-006.png" "$dir/wall.png" "$dir/fade.diff.png" >/dev/null 2>&1; then
    echo "a picture during the fade (taken at its end), the fade ended on slide 6"
else
    echo "a picture during the fade (a mixed frame), the fade ended on slide 6"
fi
kill "$kiosk"
exits_cleanly "SIGTERM"
metric_is kiosk_up 0 || fail "after SIGTERM the metrics should say kiosk_up 0"
[ "$(cat "$dir/start-power.log")" = on ] || fail "the on command ran more than once: $(cat "$dir/start-power.log")"
echo "SIGTERM: the last metrics say kiosk_up 0"

# ------------------------------------------------- 3. the panel's power
xset q >"$dir/xset.txt" 2>&1
if grep -q "Server does not have the DPMS Extension" "$dir/xset.txt"; then dpms=no; else dpms=yes; fi
later=$(date -u -d '+2 days' +%a)
cat >"$dir/closed.ini" <<EOT
hours = $later 10:00-11:00
staff_minutes = 1
metrics_file = $prom
display_off_command = echo off >>$dir/power.log
display_on_command = echo on >>$dir/power.log
EOT
rm -f "$prom"
TZ=UTC "$K" --config "$dir/closed.ini" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
until_true 5 grep -qsx off "$dir/power.log" || fail "closed: display_off_command did not run"
until_true 10 metric_is 'kiosk_display_power{state="off"}' 1 || fail "closed: the metrics do not say off"
metric_is kiosk_display_power_errors_total 0 || fail "an off panel counted as an error"
grep -q "panel off: closed by the opening hours (on purpose)" "$dir/kiosk.log" ||
    fail "the log does not say the panel is off on purpose"
if [ $dpms = yes ]; then
    until_true 5 sh -c 'xset q | grep -q "Monitor is Off"' || fail "xset q: the monitor is not off"
    echo "closed: xset q says Monitor is Off"
else
    grep -q "panel power: no built-in switch (the X server has no DPMS" "$dir/kiosk.log" ||
        fail "Xvfb has no DPMS and the log does not say so"
    echo "closed: Xvfb has no DPMS (xset q: no extension); the kiosk logs that only the commands switch it"
fi
echo "closed: the stand-in off command ran, the metrics say off, 0 errors"
xdotool key Right
screen_shows 1 || fail "a staff key should wake it on slide 1"
until_true 5 sh -c "[ \"\$(cat '$dir/power.log' | tr '\n' ' ')\" = 'off on ' ]" ||
    fail "a staff key: the commands ran '$(cat "$dir/power.log")', expected off then on"
until_true 10 metric_is 'kiosk_display_power{state="on"}' 1 || fail "awake: the metrics do not say on"
[ $dpms = no ] || xset q | grep -q "Monitor is On" || fail "xset q: the monitor is not on"
echo "a staff key: slide 1, the stand-in on command ran, the metrics say on"
kill "$kiosk"
exits_cleanly "SIGTERM"

# With closed_notice = on the panel has a notice to show: it stays on.
cat >"$dir/notice.ini" <<EOT
hours = $later 10:00-11:00
closed_notice = on
metrics_file = $prom
display_off_command = echo off >>$dir/notice-power.log
display_on_command = echo on >>$dir/notice-power.log
EOT
rm -f "$prom"
TZ=UTC "$K" --config "$dir/notice.ini" 2>"$dir/kiosk.log" &
kiosk=$!
until_true 5 grep -qsx on "$dir/notice-power.log" || fail "closed_notice: no on command at start"
# The second file, 5 s in: written after the power was first looked at.
uptime_past_5() { awk '$1 == "kiosk_uptime_seconds" { exit !($2 >= 5) }' "$prom" 2>/dev/null; }
until_true 15 uptime_past_5 || fail "closed_notice: no metrics 5 s in"
metric_is 'kiosk_state{state="sleep"}' 1 || fail "closed_notice: not asleep"
metric_is 'kiosk_display_power{state="on"}' 1 || fail "closed_notice: the panel is not on"
[ "$(cat "$dir/notice-power.log")" = on ] ||
    fail "closed_notice: the commands ran '$(cat "$dir/notice-power.log")', expected only on (at start)"
echo "closed with closed_notice = on: asleep, the panel stays on (the notice)"
kill "$kiosk"
exits_cleanly "SIGTERM"

# ------------------------------------ 4. a hanging command and the watchdog
sock="$dir/notify.sock"
"$BUILD/notify-listen" "$sock" >"$dir/notify.log" &
listener=$!
trap 'kill $listener 2>/dev/null; cleanup' EXIT
until_true 5 test -S "$sock" || fail "no notify socket"
cat >"$dir/hang.ini" <<EOT
hours = $later 10:00-11:00
display_off_command = echo hanging >>$dir/hang.log; exec sleep 617
display_on_command = echo on >>$dir/hang.log
EOT
NOTIFY_SOCKET="$sock" WATCHDOG_USEC=1000000 TZ=UTC "$K" --config "$dir/hang.ini" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
until_true 5 grep -qs hanging "$dir/hang.log" || fail "the off command did not start"
pings() { grep -c "WATCHDOG=1" "$dir/notify.log"; }
# A ping every 0.5 s: 6 in 3 s; at least 3 on a loaded machine.
before=$(pings); sleep 3; after=$(pings)
[ $((after - before)) -ge 3 ] || fail "a hanging command: $((after - before)) watchdog pings in 3 s"
echo "a hanging off command: $((after - before)) watchdog pings in 3 s"
xdotool key Right
screen_shows 1 || fail "a hanging command: a staff key should still show slide 1"
echo "a hanging off command: a key still wakes it on slide 1"
until_true 15 grep -qs "the command ran past its time limit (10 s) and was killed" "$dir/kiosk.log" ||
    fail "the hanging command was not killed after 10 s"
until_true 5 grep -qsx on "$dir/hang.log" || fail "after the kill, the on command did not run"
pgrep -f "sleep 617" >/dev/null && fail "the hanging command's sleep is still running"
echo "killed after 10 s (its sleep too), then the on command ran"
kill "$kiosk"
exits_cleanly "SIGTERM"
echo PASS
