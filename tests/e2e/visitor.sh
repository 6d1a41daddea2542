#!/bin/sh
# visitor.sh - a visitor at the fullscreen kiosk, for real: an X server
# (Xvfb), the kiosk as `make run` starts it, real key presses from xdotool,
# and what the screen shows captured and compared with the headless render
# of the slide that should be there (the same pixels, within tolerance).
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
W=1280 H=720
K=$BUILD/kiosk
dir=$OUT/e2e
mkdir -p "$dir"

. tests/e2e/lib.sh

# The pictures the screen must match, rendered headless at the same size.
"$K" --headless --size "${W}x${H}" --shots "$dir/expected" >/dev/null || fail "headless render"
"$K" --headless --size "${W}x${H}" --lang en --shots "$dir/expected-en" >/dev/null || fail "headless render (en)"

"$K" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"


# In attract mode the progress bar moves, so the first look is after Home
# (browsing: the bar holds still); the whole screen then matching the
# headless slide shows the window is fullscreen.
xdotool key Home
screen_shows 1 || fail "the kiosk does not show the title slide fullscreen"
echo "fullscreen on slide 1"
xdotool key Right; xdotool key Right
screen_shows 3 || fail "Right, Right should show slide 3"
echo "Right, Right: slide 3"
xdotool key Left
screen_shows 2 || fail "Left should go back to slide 2"
echo "Left: slide 2"
# What a visitor might try to get out: none of it ends the kiosk.
xdotool key Escape; xdotool key alt+F4; xdotool key ctrl+q; xdotool key ctrl+w
sleep 0.5
alive || fail "the kiosk ended after Escape / Alt+F4 / Ctrl+Q / Ctrl+W"
screen_shows 2 || fail "the slide changed after Escape"
echo "Escape, Alt+F4, Ctrl+Q, Ctrl+W: still running on slide 2"
# A key held down repeats; it moves one slide, not many.
xdotool keydown Right; sleep 1.2; xdotool keyup Right
screen_shows 3 || fail "a held Right key must move exactly one slide"
echo "Right held for 1.2 s: slide 3"
xdotool key End
screen_shows 25 || fail "End should show the last slide"
xdotool key Home
screen_shows 1 || fail "Home should show the first slide"
echo "End: slide 25, Home: slide 1"
xdotool key l
screen_shows 1 en || fail "L should show the same slide in English"
xdotool key Right
screen_shows 2 en || fail "Right after L should stay in English"
xdotool key l
screen_shows 2 || fail "L again should switch back to Spanish"
echo "L: slide 1 in English, Right: slide 2 in English, L: slide 2 in Spanish"
# The operator (or systemd) stops it with SIGTERM: a clean exit 0.
kill -TERM "$kiosk"
exits_cleanly SIGTERM
echo "SIGTERM: exit 0"

# Touch and mouse: under X a click is a real pointer event. A click on the
# right part of the panel goes forward, on the left part back; a drag to
# the left (a swipe) forward too.
"$K" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window (pointer)"
xdotool key Home
screen_shows 1 || fail "Home should show slide 1 (pointer)"
xdotool mousemove 1100 360 click 1
screen_shows 2 || fail "a click on the right part should show slide 2"
xdotool mousemove 900 600 click 1
screen_shows 3 || fail "a second click on the right part should show slide 3"
xdotool mousemove 150 360 click 1
screen_shows 2 || fail "a click on the left part should go back to slide 2"
xdotool mousemove 900 360 mousedown 1 mousemove 700 365 mousemove 400 370 mouseup 1
screen_shows 3 || fail "a drag to the left should show slide 3"
echo "clicks: right part slide 2, 3; left part slide 2; drag left slide 3"
# The operator's chord: a short press does nothing, held 3.5 s it ends the
# kiosk with its own status, 79 (src/app/run.h), which systemd does not
# restart (data/kiosk.service).
xdotool keydown ctrl+alt+shift+q; sleep 0.5; xdotool keyup ctrl+alt+shift+q
sleep 3
alive || fail "the exit chord pressed for 0.5 s ended the kiosk"
screen_shows 3 || fail "the slide changed after a short press of the exit chord"
echo "ctrl+alt+shift+q for 0.5 s: still running"
xdotool keydown ctrl+alt+shift+q; sleep 3.5; xdotool keyup ctrl+alt+shift+q
exits_with 79 "the exit chord held for 3.5 s"
grep -q "operator exit (chord)" "$dir/kiosk.log" || fail "no 'operator exit (chord)' in the log"
echo "ctrl+alt+shift+q held for 3.5 s: exit 79"

# In a development window (--windowed), Escape does quit.
"$K" --windowed 2>"$dir/kiosk.log" &
kiosk=$!
win=$(xdotool search --sync --name "Mexico" 2>/dev/null | head -n 1)
[ -n "$win" ] || fail "no window with --windowed"
xdotool windowfocus --sync "$win" 2>/dev/null
# A window (or display) that changes size: the slide is laid out again for
# the new size, not stretched or cut. The window must match the headless
# render at that size.
"$K" --headless --size 800x480 --shots "$dir/expected-800x480" >/dev/null || fail "headless 800x480"
xdotool key Home
xdotool windowsize --sync "$win" 800 480
i=0
until import -window "$win" "$dir/window.png" 2>/dev/null &&
      "$BUILD/golden-compare" "$dir/expected-800x480/slide-001.png" "$dir/window.png" \
          "$dir/window.diff.png" >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -gt 15 ] && fail "the resized window does not show slide 1 laid out at 800x480"
    sleep 0.2
done
echo "--windowed, resized to 800x480: the slide laid out again at that size"
xdotool key Escape
exits_cleanly "Escape in --windowed"
echo "--windowed: Escape quits with exit 0"

# A panel mounted upside down: the fullscreen kiosk turns its picture, and
# the screen shows exactly the headless --rotate 180 render.
"$K" --headless --size "${W}x${H}" --rotate 180 --shots "$dir/expected-180" >/dev/null ||
    fail "headless render (--rotate 180)"
"$K" --rotate 180 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window with --rotate 180"
xdotool key Home; xdotool key Right
screen_shows 2 180 || fail "--rotate 180 should show slide 2 upside down"
# Turned, the screen's left part is the visitor's right: forward.
xdotool mousemove 150 360 click 1
screen_shows 3 180 || fail "--rotate 180: a click on the screen's left should show slide 3"
kill -TERM "$kiosk"
exits_cleanly "SIGTERM (--rotate 180)"
echo "--rotate 180: the screen shows slide 2 turned upside down"
