# xvfb.sh - an X server of a test's own, sourced by the end-to-end tests
# and the benchmark. `start_xvfb GEOMETRY LOG [Xvfb options]` starts Xvfb
# on a free display, exports DISPLAY, sets $xvfb to its pid and returns
# once it answers; 1 if it has not within 10 s. The caller kills $xvfb
# when done (set xvfb="" and the trap before calling).
#
# Xvfb picks the display itself (-displayfd: it writes the number once it
# listens). Choosing the first number without a lock file here raced with
# a second test run starting at the same moment: both chose it, the second
# Xvfb died on the lock, and its tests talked to the first run's server
# (an openbox test found another window manager there).
#
# -noreset: an X server resets when its last client leaves, and a client
# that connects while it resets is refused. Here the last client is often
# the check below (xdpyinfo), and the test's next one (openbox) came at
# that moment once in about 20 `make test` runs: "Failed to open the
# display". Four loops of xdpyinfo on one Xvfb: 37 of 600 connections
# refused without -noreset, none with it.
start_xvfb() {
    geometry=$1 log=$2
    shift 2
    displayfile=$(mktemp)
    Xvfb -displayfd 3 -screen 0 "$geometry" -nolisten tcp -noreset "$@" 3>"$displayfile" >"$log" 2>&1 &
    xvfb=$!
    i=0
    until [ -s "$displayfile" ]; do
        i=$((i + 1))
        if [ $i -gt 100 ] || ! kill -0 "$xvfb" 2>/dev/null; then
            rm -f "$displayfile"; return 1
        fi
        sleep 0.1
    done
    export DISPLAY=":$(cat "$displayfile")"
    rm -f "$displayfile"
    i=0
    until xdpyinfo >/dev/null 2>&1; do
        i=$((i + 1)); [ $i -gt 100 ] && return 1; sleep 0.1
    done
}
