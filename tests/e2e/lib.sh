# lib.sh - what the end-to-end tests share: an X server of their own
# (Xvfb on a free display), the kiosk's log on failure, and a look at the
# screen compared with a headless render. Sourced with W, H, K, dir set.

# No sound for the kiosks these tests start, even on a machine that has
# some: their screens are compared with headless renders, which show no
# speaker button (narration is there only where a sound device is;
# tests/e2e/narration.sh sets its own driver). An unknown driver is what
# a machine without sound gives SDL.
export SDL_AUDIODRIVER=none

fail() { echo "FAILED: $*"; [ -f "$dir/kiosk.log" ] && sed 's/^/  kiosk: /' "$dir/kiosk.log"; exit 1; }

. tests/tools/xvfb.sh
kiosk="" xvfb=""
cleanup() {
    [ -n "$kiosk" ] && kill "$kiosk" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    wait 2>/dev/null
}
trap cleanup EXIT
start_xvfb "${W}x${H}x24" "$dir/xvfb.log" || fail "Xvfb did not start"

# screen_shows N [SET]: the screen matches slide N of the expected set
# (expected-en: in English, expected-180: turned upside down)
# within 3 s (it redraws on the next loop turn, not instantly).
screen_shows() {
    want="$dir/expected${2:+-$2}/slide-$(printf '%03d' "$1").png"
    screen_matches "$want"
}

# screen_matches PNG: the screen matches the picture within 3 s.
screen_matches() {
    want=$1
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
        import -window root "$dir/screen.png" 2>/dev/null &&
            "$BUILD/golden-compare" "$want" "$dir/screen.png" \
                "$dir/screen.diff.png" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    "$BUILD/golden-compare" "$want" "$dir/screen.png" "$dir/screen.diff.png"
    return 1
}
alive() { kill -0 "$kiosk" 2>/dev/null; }

# exits_with STATUS WHAT: the kiosk ends within 3 s after WHAT, with STATUS.
exits_with() {
    i=0
    while alive; do i=$((i + 1)); [ $i -gt 30 ] && fail "$2 did not end the kiosk in 3 s"; sleep 0.1; done
    wait "$kiosk"; status=$?
    kiosk=""
    [ "$status" -eq "$1" ] || fail "exit status $status after $2, expected $1"
}

# exits_cleanly WHAT: the kiosk ends within 3 s after WHAT, with status 0.
exits_cleanly() { exits_with 0 "$1"; }
