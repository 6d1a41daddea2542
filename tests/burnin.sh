#!/bin/sh
# burnin.sh - burn-in protection: the picture after five minutes is the
# first picture moved one step right, after ten one step right and one
# down, after the whole cycle (40 minutes) the first again; a step is a
# 500th of the panel's shorter side, at least a pixel: 1 px on 1280x720,
# 2 px on 1920x1080. With --burn-in-shift off it never moves. A pause
# holds the slide, so only the shift can change the picture. Run from the
# top folder with BUILD and OUT (the script writes its shots there).
set -u
dir=$OUT/burnin
run() { "$BUILD/kiosk" --headless --size 1280x720 --config tests/scripts/burnin/kiosk.ini "$@" \
          --script tests/scripts/burnin/shift.script 2>/dev/null; }
same() { "$BUILD/golden-compare" "$1" "$2" "$2.diff.png" >/dev/null 2>&1; }
status=0
failed() { echo "FAILED: $*"; status=1; }

# moved_by DX DY A B: B is A moved DX pixels right and DY down (DX, DY >=
# 0), pixel for pixel: A without its last DX columns and DY rows is B
# without its first ones (the edge that came in is the slide's ground).
moved_by() {
    size=$(identify -format '%wx%h' "$3") || return 1
    w=${size%x*} h=${size#*x}
    keep="$((w - $1))x$((h - $2))"
    convert "$3" -crop "$keep+0+0" +repage "$3.kept.png" &&
        convert "$4" -crop "$keep+$1+$2" +repage "$4.kept.png" &&
        [ "$(compare -metric AE "$3.kept.png" "$4.kept.png" null: 2>&1)" = 0 ]
}

# check_cycle PANEL STEP: one panel's shots, then kept under PANEL/.
check_cycle() {
    moved_by "$2" 0 "$dir/start.png" "$dir/moved.png" ||
        failed "$1: after 5 minutes the picture is not the first moved $2 px right"
    moved_by "$2" "$2" "$dir/start.png" "$dir/moved-2.png" ||
        failed "$1: after 10 minutes the picture is not the first moved $2 px right and down"
    same "$dir/start.png" "$dir/moved.png" && failed "$1: the picture did not move after 5 minutes"
    same "$dir/start.png" "$dir/cycle.png" || failed "$1: not back after a whole cycle"
    mkdir -p "$dir/$1" && mv "$dir"/*.png "$dir/$1/"
}

run || exit 1
check_cycle 1280x720 1
run --size 1920x1080 || exit 1
check_cycle 1920x1080 2
run --burn-in-shift off || exit 1
same "$dir/start.png" "$dir/moved.png" || failed "--burn-in-shift off still moved it"
same "$dir/start.png" "$dir/moved-2.png" || failed "--burn-in-shift off still moved it at 10 minutes"
[ $status -eq 0 ] && echo "1280x720: 1 px right after 5 min, right and down after 10, back after 40;" \
    "1920x1080: the same by 2 px; still with --burn-in-shift off"
exit $status
