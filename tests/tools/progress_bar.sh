# progress_bar.sh - the progress bar's box, for tests that compare a real
# screen with a headless render: the bar moves with time, so the two
# pictures differ there and nowhere else. Sourced; needs BUILD and
# imagemagick's convert.

# bar_box KIOSK SIZE DIR: where a headless slide 1 at 0 s and 1 ms before
# its end (its time from --list: the bar all but full) differ, at SIZE.
# Sets BAR to "x0,y0 x1,y1"; scratch files go to DIR. False if there is
# no such box.
bar_box() {
    last=$("$1" --list | awk '$1 == 1 { print $3 * 1000 - 1; exit }')
    [ -n "$last" ] || return 1
    printf 'shot %s/bar-0.png\nwait %s\nshot %s/bar-1.png\n' "$3" "$last" "$3" >"$3/bar.script"
    "$1" --headless --size "$2" --script "$3/bar.script" >/dev/null || return 1
    set -- $(convert "$3/bar-0.png" "$3/bar-1.png" -compose difference -composite \
        -trim -format '%X %Y %w %h' info: | tr -d '+')
    [ $# -eq 4 ] && [ "$3" -gt 1 ] || return 1
    BAR="$1,$2 $(($1 + $3 - 1)),$(($2 + $4 - 1))"
}

# mask_bar IN OUT: IN with the box bar_box found painted black, as OUT.
mask_bar() { convert "$1" -fill black -draw "rectangle $BAR" "$2"; }
