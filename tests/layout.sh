#!/bin/sh
# layout.sh - every slide, at every supported panel, in both languages,
# with the hints of keys and of touch (their words and the language
# button's width differ), with the real fonts: the kiosk's --layout-report gives one line a slide
# and language, "slide N LANG WxH ellipsized=K overflowed=K" (texts cut
# short with an ellipsis, boxes outside their space); every line must be
# there, in that form, at the panel's size, with both counts 0. The
# report is for programs and never reworded, unlike the log's warnings.
# Run from the top folder with BUILD and OUT.
set -u
dir=$OUT/layout
mkdir -p "$dir"
status=0
slides=$("$BUILD/kiosk" --list | wc -l)
for size in 1920x1080 1280x720 3840x2160 1080x1920 800x480; do
    for touch in no yes; do
        run=$size-touch-$touch
        report=$dir/$run.report
        "$BUILD/kiosk" --layout-report --size "$size" --touch "$touch" >"$report" 2>"$dir/$run.log" ||
            { echo "$run: --layout-report failed"; cat "$dir/$run.log"; status=1; continue; }
        # Every slide in es then en, numbered in order: the expected lines.
        awk -v n="$slides" -v size="$size" 'BEGIN {
            for (i = 1; i <= n; i++) { print "slide " i " es " size; print "slide " i " en " size } }' \
            >"$dir/$run.want"
        sed -E 's/ ellipsized=[0-9]+ overflowed=[0-9]+$//' "$report" | diff "$dir/$run.want" - ||
            { echo "$run: the report does not list every slide in both languages"; status=1; }
        if grep -Ev ' ellipsized=0 overflowed=0$' "$report"; then
            status=1
        else
            echo "$size es and en (touch $touch): $slides slides, none cut short or out of its box"
        fi
    done
done
exit $status
