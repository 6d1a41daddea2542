#!/bin/sh
# burnin.sh - burn-in protection: after five minutes the whole picture has
# moved (a few pixels), after the whole cycle it is back where it began,
# and with --burn-in-shift off it never moves. A pause holds the slide, so
# only the shift can change the picture. Run from the top folder with
# BUILD and OUT (the script writes its shots there).
set -u
dir=$OUT/burnin
run() { "$BUILD/kiosk" --headless --size 1280x720 --config tests/scripts/burnin/kiosk.ini "$@" \
          --script tests/scripts/burnin/shift.script 2>/dev/null; }
same() { "$BUILD/golden-compare" "$1" "$2" "$2.diff.png" >/dev/null 2>&1; }
status=0
run || exit 1
if same "$dir/start.png" "$dir/moved.png"; then echo "FAILED: the picture did not move after 5 minutes"; status=1; fi
same "$dir/start.png" "$dir/cycle.png" || { echo "FAILED: not back after a whole cycle"; status=1; }
mkdir -p "$dir/on" && mv "$dir"/*.png "$dir/on/"
run --burn-in-shift off || exit 1
same "$dir/start.png" "$dir/moved.png" || { echo "FAILED: --burn-in-shift off still moved it"; status=1; }
[ $status -eq 0 ] && echo "moved after 5 min, back after 40, still with --burn-in-shift off"
exit $status
