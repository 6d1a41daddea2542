#!/bin/sh
# wayland.sh - the kiosk under a Wayland kiosk compositor, as a wall runs
# it: cage (wlroots) on its headless backend, the kiosk its one client with
# SDL_VIDEODRIVER=wayland, fed through the texture path (board.h); grim
# reads the output back, and the picture must be the headless render of
# the slide that should show, then of the next one when attract mode moves
# on by itself.
#
# What cage 0.1.4 (Debian 12) cannot do headless, and how this works
# round it:
# - keys: its headless backend has no input device and it offers no
#   virtual-keyboard protocol (wtype: "Compositor does not support the
#   virtual keyboard protocol"), so no key reaches the kiosk. The check
#   that the picture is live is the auto-advance to slide 2 instead, and
#   the moving progress bar is masked out of each comparison (its box is
#   where two headless renders of slide 1, at 0 s and at 9.999 s, differ).
# - read-back: cage scans a fullscreen client's buffer out directly, and
#   wlroots 0.15's screencopy (grim) then reads a composited buffer that
#   was never drawn: black frames, every time. A turned output (-r -r,
#   180 degrees; the kiosk still sees 1280x720) cannot be scanned out, so
#   cage composites each frame, and grim turns the picture back upright.
#   Even so a first read can come back black: each look is retried until
#   it matches or a deadline passes.
# - cage refuses to run as root: as root this runs it as a system user
#   `kiosktest` (made if missing), with the kiosk copied into a runtime
#   directory of that user's own.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
K=$BUILD/kiosk
dir=$OUT/e2e-wayland
mkdir -p "$dir"
user=kiosktest
cage="" rt=""

fail() {
    echo "FAILED: $*"
    [ -f "$dir/cage.log" ] && sed 's/^/  cage: /' "$dir/cage.log" | grep -v "Basic output test failed" | tail -n 30
    exit 1
}
cleanup() {
    # The kiosk first (cage ends when its client does), cage if it stays.
    if [ -n "$cage" ]; then
        pkill -TERM -P "$cage" 2>/dev/null
        kill "$cage" 2>/dev/null
    fi
    wait 2>/dev/null
    [ -n "$rt" ] && rm -rf "$rt"
}
trap cleanup EXIT

# As root: a user of its own for the compositor, and the command prefix.
as_user=""
if [ "$(id -u)" = 0 ]; then
    id "$user" >/dev/null 2>&1 ||
        useradd --system --no-create-home --shell /usr/sbin/nologin "$user" ||
        fail "cannot make the user $user for cage"
    as_user="setpriv --reuid=$user --regid=$(id -g "$user") --init-groups"
fi

# The runtime directory (the Wayland socket lives there), private to the
# user, with the kiosk in it so that the user can run it wherever the
# build is (it needs no other file: fonts and content are built in).
rt=$(mktemp -d /tmp/kiosk-wayland.XXXXXX) || fail "mktemp"
cp "$K" "$rt/kiosk" || fail "copy the kiosk"
[ -n "$as_user" ] && chown -R "$user" "$rt"
chmod 700 "$rt"

wl() {
    $as_user env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin XDG_RUNTIME_DIR="$rt" "$@"
}
# Not through wl(): $! must be cage itself (setpriv and env exec it).
# The log is emptied first: the background job opens it only later.
: >"$dir/cage.log"
$as_user env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin XDG_RUNTIME_DIR="$rt" \
    WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
    WLR_NO_HARDWARE_CURSORS=1 SDL_VIDEODRIVER=wayland \
    cage -r -r -- "$rt/kiosk" >"$dir/cage.log" 2>&1 &
cage=$!

# The output's size is the compositor's to choose: the kiosk says it.
i=0
until size=$(sed -n 's/.*showing [0-9]* slides at \([0-9]*x[0-9]*\) fullscreen.*/\1/p' "$dir/cage.log") &&
      [ -n "$size" ]; do
    i=$((i + 1)); [ $i -gt 100 ] && fail "the kiosk did not start under cage in 10 s"
    kill -0 "$cage" 2>/dev/null || fail "cage ended"
    sleep 0.1
done
grep -q "video driver wayland: the panel is fed through a streaming texture" "$dir/cage.log" ||
    fail "the kiosk did not take the texture path on the wayland driver"
echo "cage: the kiosk runs on the wayland driver through the texture path at $size"

# The expected slides at that size, and the progress bar's box.
"$K" --headless --size "$size" --shots "$dir/expected" >/dev/null || fail "headless render"
. tests/tools/progress_bar.sh
bar_box "$K" "$size" "$dir" || fail "no progress bar box"

# shows N SECONDS: within SECONDS, grim reads slide N (bar masked out).
shows() {
    want="$dir/expected/slide-$(printf '%03d' "$1").png"
    mask_bar "$want" "$dir/want.png" || return 1
    i=0
    while [ $i -lt $(($2 * 5)) ]; do
        i=$((i + 1))
        wl WAYLAND_DISPLAY=wayland-0 grim - >"$dir/screen.png" 2>/dev/null &&
            mask_bar "$dir/screen.png" "$dir/screen-masked.png" 2>/dev/null &&
            "$BUILD/golden-compare" "$dir/want.png" "$dir/screen-masked.png" \
                "$dir/screen.diff.png" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    "$BUILD/golden-compare" "$dir/want.png" "$dir/screen-masked.png" "$dir/screen.diff.png"
    return 1
}

shows 1 8 || fail "grim does not read the title slide from cage"
echo "cage: the screen shows slide 1 (the headless pixels, the progress bar aside)"
shows 2 26 || fail "attract mode did not move on to slide 2 under cage"
echo "cage: slide 2 by itself after the slide's 21 s (its Spanish reading time)"

# SIGTERM to the kiosk: it ends cleanly, and cage with it.
kiosk=$(pgrep -P "$cage") || fail "no kiosk process under cage"
kill -TERM "$kiosk"
i=0
while kill -0 "$cage" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 30 ] && fail "SIGTERM did not end the kiosk (and cage) in 3 s"
    sleep 0.1
done
cage=""
grep -q "stopping (signal)" "$dir/cage.log" || fail "no 'stopping (signal)' in the kiosk's log"
echo "cage: SIGTERM ends the kiosk, and cage with it"
