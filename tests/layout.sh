#!/bin/sh
# layout.sh - every slide, at every supported panel, in both languages,
# with the real fonts: the kiosk's --layout-report gives one line a slide
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
    report=$dir/$size.report
    "$BUILD/kiosk" --layout-report --size "$size" >"$report" 2>"$dir/$size.log" ||
        { echo "$size: --layout-report failed"; cat "$dir/$size.log"; status=1; continue; }
    # Every slide in es then en, numbered in order: the expected lines.
    awk -v n="$slides" -v size="$size" 'BEGIN {
        for (i = 1; i <= n; i++) { print "slide " i " es " size; print "slide " i " en " size } }' \
        >"$dir/$size.want"
    sed -E 's/ ellipsized=[0-9]+ overflowed=[0-9]+$//' "$report" | diff "$dir/$size.want" - ||
        { echo "$size: the report does not list every slide in both languages"; status=1; }
    if grep -Ev ' ellipsized=0 overflowed=0$' "$report"; then
        status=1
    else
        echo "$size es and en: $slides slides, none cut short or out of its box"
    fi
done
exit $status
