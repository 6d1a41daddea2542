#!/bin/sh
# transition.sh - the crossfade between slides, frame by frame on the
# simulated clock: half way (250 of 500 ms) it is the per-pixel mix of the
# two slides, half and half, and at 240 ms the mix at 122/256 (the weight
# is elapsed x 256 / duration, rounded down: src/core/fade.c), each within
# the golden tolerance of ImageMagick's own blend of the two --shots; at
# its end it is the new one, a key during it shows the next target at
# once, and 0 turns it off; stepped at 60 Hz it follows the one-step mix
# and ends exactly on the slide.
# Run from the top folder with BUILD and OUT (the scripts write there).
set -u
K=$BUILD/kiosk
dir=$OUT/transition
mkdir -p "$dir"
run() { "$K" --headless --size 1280x720 "$@" 2>/dev/null || { echo "kiosk $*: failed"; exit 1; }; }
same() { "$BUILD/golden-compare" "$1" "$2" "$2.diff.png" >/dev/null 2>&1; }
differ() { ! same "$@"; }
exact() { [ "$(compare -metric AE "$1" "$2" null: 2>&1)" = 0 ]; }
# is_mix PERCENT FROM TO PNG: PNG is PERCENT % of TO over FROM, per pixel.
is_mix() {
    composite -blend "$1" "$3" "$2" "$4.mix.png" && same "$4.mix.png" "$4"
}

run --shots "$dir/slides" >/dev/null
run --script tests/scripts/transition/halfway.script
run --script tests/scripts/transition/press-on.script
run --transition-ms 0 --script tests/scripts/transition/cut.script
run --script tests/scripts/transition/stepped.script
run --script tests/scripts/transition/single-240.script
status=0
check() { if "$@"; then :; else echo "FAILED: $*"; status=1; fi; }
check is_mix 50 "$dir/slides/slide-001.png" "$dir/slides/slide-002.png" "$dir/halfway.png"
check is_mix 47.65625 "$dir/slides/slide-001.png" "$dir/slides/slide-002.png" "$dir/single-240.png"
check differ "$dir/slides/slide-001.png" "$dir/halfway.png"
check differ "$dir/slides/slide-002.png" "$dir/halfway.png"
check same "$dir/slides/slide-002.png" "$dir/done.png"
check same "$dir/slides/slide-003.png" "$dir/press-on.png"
check exact "$dir/slides/slide-002.png" "$dir/cut.png"
# A fade in 60 Hz steps follows the one-step mix and ends on the slide
# itself, pixel for pixel (ImageMagick counts the differing pixels).
check same "$dir/single-240.png" "$dir/stepped-240.png"
check differ "$dir/slides/slide-001.png" "$dir/stepped-240.png"
check exact "$dir/slides/slide-002.png" "$dir/stepped-done.png"
[ $status -eq 0 ] && echo "half way: the half-and-half mix of slides 1 and 2; at 240 ms the 122/256 mix; at 500 ms: slide 2; key during a fade: its target at once; --transition-ms 0: a cut; in 60 Hz steps: the one-step mix, then slide 2 exactly"
exit $status
