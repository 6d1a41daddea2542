#!/bin/sh
# touch.sh - the language button, clicked for real: an X server (Xvfb),
# the fullscreen kiosk, xdotool's mouse on the button the screen shows,
# and the screen compared with the headless render of the same slide in
# the other language (a click is as a tap; a mouse is no touch screen, so
# the hints name the keys, as the headless shots do). The button's place
# is read off the headless shot, not written here: it moves with the
# type and the metrics. Run from the top folder with BUILD and OUT set
# (tests/run.sh does).
set -u
W=1280 H=720
K=$BUILD/kiosk
dir=$OUT/e2e-touch
mkdir -p "$dir"

. tests/e2e/lib.sh

"$K" --headless --size "${W}x${H}" --shots "$dir/expected" >/dev/null || fail "headless render"
"$K" --headless --size "${W}x${H}" --lang en --shots "$dir/expected-en" >/dev/null ||
    fail "headless render (en)"

# The button: the box round every pixel of its ink (the palette's text
# ink, #F3EFE6: its outline and its words) in the bottom-right quarter of
# slide 1, where only the button has that ink.
x0=$((W / 2)) y0=$((H * 3 / 4))
box=$(convert "$dir/expected/slide-001.png" -crop "$((W / 2))x$((H / 4))+$x0+$y0" +repage \
      -fill black +opaque "#F3EFE6" -format '%@' info:) || fail "no button found"
set -- $(echo "$box" | tr 'x+' '  ')
[ $# -eq 4 ] && [ "$2" -ge 20 ] || fail "no button in the bottom-right of slide 1 ($box)"
bx=$((x0 + $3 + $1 / 2)) by=$((y0 + $4 + $2 / 2))
echo "the language button: $box in the bottom-right quarter, its middle at $bx,$by"

"$K" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
# Browsing (Home), the progress bar holds still: the whole screen can
# match the headless slide.
xdotool key Home
screen_shows 1 || fail "the kiosk does not show slide 1"
# Two clicks 60 px apart on the button: not one spot, so never taken for
# a double tap, however quickly the screen answers.
xdotool mousemove $((bx - 30)) "$by" click 1
screen_shows 1 en || fail "a click on the language button should show slide 1 in English"
echo "click on the button: slide 1 in English (the page did not turn)"
xdotool mousemove $((bx + 30)) "$by" click 1
screen_shows 1 || fail "a second click on the button should show slide 1 in Spanish"
echo "click on the button again: slide 1 in Spanish"
xdotool mousemove 1000 300 click 1
screen_shows 2 || fail "a click on the right half, off the button, should show slide 2"
xdotool mousemove $((bx - 30)) "$by" click 1
screen_shows 2 en || fail "a click on the button on slide 2 should show it in English"
echo "click on the right half: slide 2; on the button: slide 2 in English"
kill -TERM "$kiosk"
exits_cleanly SIGTERM
