#!/bin/sh
# texture.sh - the texture path (board.h), which feeds the panel on kmsdrm
# and wayland, forced here on X so that every run checks it: the screen
# must show the very pixels of the headless render, and keys move it.
# The VM and Wayland tests show it on those drivers for real.
set -u
W=1280 H=720
K=$BUILD/kiosk
dir=$OUT/e2e-texture
mkdir -p "$dir"

. tests/e2e/lib.sh

"$K" --headless --size "${W}x${H}" --shots "$dir/expected" >/dev/null || fail "headless render"

KIOSK_PANEL_PATH=texture "$K" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
grep -q "fed through a streaming texture" "$dir/kiosk.log" ||
    fail "the kiosk did not take the texture path"

# Browsing (Home) holds the progress bar still, so the whole screen can match.
xdotool key Home
screen_shows 1 || fail "the texture path does not show the title slide"
xdotool key Right
screen_shows 2 || fail "Right should show slide 2 through the texture path"
xdotool key End
screen_shows 25 || fail "End should show the last slide through the texture path"
# On a bare X server nothing hides the window: the GL window is made once,
# not made anew when the renderer comes (which the kiosk took for a
# window hidden from the wall).
grep -q "putting it back on the wall" "$dir/kiosk.log" &&
    fail "the window was hidden on a bare X server"
kill -TERM "$kiosk"
exits_cleanly SIGTERM
echo "texture path: slides 1, 2 and 25 on screen, SIGTERM ends it"
