#!/bin/sh
# portrait.sh - a portrait panel uses its height: every slide at 1080x1920,
# in both languages, leaves no empty band (rows that are all background)
# taller than a third of the panel (empty-band, tests/tools/empty_band.c).
# Run from the top folder with BUILD and OUT.
set -u
dir=$OUT/portrait
rm -rf "$dir" && mkdir -p "$dir"
status=0
for lang in es en; do
    "$BUILD/kiosk" --headless --size 1080x1920 --lang "$lang" \
        --shots "$dir/$lang" >/dev/null || status=1
    "$BUILD/empty-band" 1/3 "$dir/$lang"/slide-*.png >"$dir/$lang.txt" || status=1
    grep FAIL "$dir/$lang.txt"
    # The tallest band of the language, for the log.
    sort -t' ' -k6 -n "$dir/$lang.txt" | tail -1
done
exit $status
