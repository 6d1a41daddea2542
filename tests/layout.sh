#!/bin/sh
# layout.sh - every slide, at every supported panel, in both languages,
# with the hints of keys and of touch (their words and the language
# button's width differ), with the real fonts: the layout engine reports
# each text it had to cut
# with an ellipsis and each box outside its space (a warning on stderr
# naming the slide); any such report fails. Run from the top folder with
# BUILD and OUT.
set -u
dir=$OUT/layout
mkdir -p "$dir"
status=0
for size in 1920x1080 1280x720 3840x2160 1080x1920 800x480; do
    for lang in es en; do
        for touch in no yes; do
            run=$size-$lang-touch-$touch
            "$BUILD/kiosk" --headless --size "$size" --lang "$lang" --touch "$touch" \
                --shots "$dir/$run" >/dev/null 2>"$dir/$run.log" || status=1
            if grep -E "cut short|outside" "$dir/$run.log"; then
                status=1
            else
                echo "$size $lang (touch $touch): every slide fits"
            fi
        done
    done
done
exit $status
