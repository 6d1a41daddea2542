#!/bin/sh
# rotate.sh - a panel mounted sideways or upside down: --size is the
# panel's size, and each shot must equal the upright picture of the turned
# size turned by the same angle (ImageMagick's `convert -rotate`, which
# turns clockwise like --rotate). Run from the top folder with BUILD, OUT.
set -u
K=$BUILD/kiosk
dir=$OUT/rotate
mkdir -p "$dir"
status=0
# panel size, angle, the upright size it lays out
for case in "1920x1080 90 1080x1920" "1080x1920 270 1920x1080" \
            "1280x720 180 1280x720" "800x480 90 480x800"; do
    set -- $case
    "$K" --headless --size "$1" --rotate "$2" --shots "$dir/$1-$2" >/dev/null || exit 1
    "$K" --headless --size "$3" --shots "$dir/$3" >/dev/null || exit 1
    for n in 001 011 022 024; do
        convert "$dir/$3/slide-$n.png" -rotate "$2" "$dir/$3/slide-$n-turned.png"
        if "$BUILD/golden-compare" "$dir/$3/slide-$n-turned.png" \
               "$dir/$1-$2/slide-$n.png" "$dir/$1-$2/slide-$n.diff.png"; then
            echo "--size $1 --rotate $2: slide $n is the $3 slide turned by $2"
        else
            status=1
        fi
    done
done
exit $status
