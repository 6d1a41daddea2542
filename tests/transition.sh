#!/bin/sh
# transition.sh - the crossfade between slides, frame by frame on the
# simulated clock: half way it is neither slide, at its end it is the new
# one, a key during it shows the next target at once, and 0 turns it off.
# Run from the top folder with BUILD and OUT (the scripts write there).
set -u
K=$BUILD/kiosk
dir=$OUT/transition
mkdir -p "$dir"
run() { "$K" --headless --size 1280x720 "$@" 2>/dev/null || { echo "kiosk $*: failed"; exit 1; }; }
same() { "$BUILD/golden-compare" "$1" "$2" "$2.diff.png" >/dev/null 2>&1; }
differ() { ! same "$@"; }

run --shots "$dir/slides" >/dev/null
run --script tests/scripts/transition/halfway.script
run --script tests/scripts/transition/press-on.script
run --transition-ms 0 --script tests/scripts/transition/cut.script
status=0
check() { if "$@"; then :; else echo "FAILED: $*"; status=1; fi; }
check differ "$dir/slides/slide-001.png" "$dir/halfway.png"
check differ "$dir/slides/slide-002.png" "$dir/halfway.png"
check same "$dir/slides/slide-002.png" "$dir/done.png"
check same "$dir/slides/slide-003.png" "$dir/press-on.png"
check same "$dir/slides/slide-002.png" "$dir/cut.png"
[ $status -eq 0 ] && echo "half way: neither slide; at 500 ms: slide 2; key during a fade: its target at once; --transition-ms 0: a cut"
exit $status
