# xvfb.sh - an X server of a test's own, sourced by the end-to-end tests
# and the benchmark. `start_xvfb GEOMETRY LOG [Xvfb options]` starts Xvfb
# on the first free display, exports DISPLAY, sets $xvfb to its pid and
# returns once it answers; 1 if it has not within 5 s. The caller kills
# $xvfb when done (set xvfb="" and the trap before calling).
start_xvfb() {
    geometry=$1 log=$2
    shift 2
    n=90
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    export DISPLAY=":$n"
    Xvfb "$DISPLAY" -screen 0 "$geometry" -nolisten tcp "$@" >"$log" 2>&1 &
    xvfb=$!
    i=0
    until xdpyinfo >/dev/null 2>&1; do
        i=$((i + 1)); [ $i -gt 50 ] && return 1; sleep 0.1
    done
}
