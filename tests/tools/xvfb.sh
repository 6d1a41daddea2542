# xvfb.sh - an X server of a test's own, sourced by the end-to-end tests
# and the benchmark. `start_xvfb GEOMETRY LOG [Xvfb options]` starts Xvfb
# on a free display, exports DISPLAY, sets $xvfb to its pid and returns
# once it answers; 1 if it has not within 10 s, or has died. The caller
# kills $xvfb when done (set xvfb="" and the trap before calling).
#
# Xvfb picks the display itself (-displayfd: it takes the first free one
# under its own lock and writes the number when it listens). Looking for a
# free number first and then starting Xvfb on it raced with another test
# doing the same at the same moment (other work trees on this machine):
# the loser's Xvfb refused to start, and its test went on against the
# winner's server, which vanished when that test ended (issue 15: "openbox
# did not start with 4 desktops" in a repeated run).
start_xvfb() {
    geometry=$1 log=$2
    shift 2
    displayfile=$(mktemp) || return 1
    Xvfb -displayfd 3 -screen 0 "$geometry" -nolisten tcp "$@" 3>"$displayfile" >"$log" 2>&1 &
    xvfb=$!
    i=0
    until [ -s "$displayfile" ]; do
        i=$((i + 1))
        if [ $i -gt 100 ] || ! kill -0 "$xvfb" 2>/dev/null; then
            rm -f "$displayfile"; return 1
        fi
        sleep 0.1
    done
    export DISPLAY=":$(tr -d '\n' <"$displayfile")"
    rm -f "$displayfile"
    xdpyinfo >/dev/null 2>&1
}
