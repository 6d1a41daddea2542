#!/bin/sh
# run.sh - the firmware behaves as the simulator: the image of `make
# firmware` runs in QEMU (mps2-an500, a Cortex-M7), the same trace
# program runs here with SDL_ttf's measurements (host-trace), and their
# outputs must be equal line for line: every script of tests/scripts/ (its
# commands, each event's transition, its expectations) and the view of
# every slide at 800x480 in both languages, with the hints of keys and of
# touch (every fill's rectangle, every text's box, size and lines).
# Both must also exit 0: every script passed, and on the board every text
# was measured from the tables. The last line says what was compared.
BUILD=${BUILD:-build}
OUT=${OUT:-$BUILD/test-out}
dir=$OUT/firmware
mkdir -p "$dir"

tests/firmware/qemu.sh "$BUILD/firmware/kiosk.elf" >"$dir/board.txt" 2>"$dir/qemu.log"
target=$?
# The board's own lines (its stack's depth) are not the core's: reported,
# not compared.
grep -v '^board: ' "$dir/board.txt" >"$dir/target.txt"
"$BUILD/firmware/host-trace" data/content.ini tests/scripts/*.script >"$dir/host.txt"
host=$?
status=0
[ $target -eq 0 ] || { echo "the firmware in QEMU exited $target"; grep FAIL "$dir/target.txt"; cat "$dir/qemu.log"; status=1; }
[ $host -eq 0 ] || { echo "host-trace exited $host"; grep FAIL "$dir/host.txt"; status=1; }
if ! diff -u "$dir/host.txt" "$dir/target.txt" >"$dir/diff.txt"; then
    echo "the firmware's lines differ from the simulator's ($(grep -c '^[-+][^-+]' "$dir/diff.txt") lines, $dir/diff.txt):"
    head -30 "$dir/diff.txt"
    status=1
fi
scripts=$(grep -c '^script ' "$dir/host.txt")
events=$(grep -c '^  [a-z]* [0-9]* at ' "$dir/host.txt")
views=$(grep -c '^view ' "$dir/host.txt")
rects=$(grep -c '^  fill \|^  text \|^  pause ' "$dir/host.txt")
echo "$(wc -l <"$dir/host.txt") lines compared: $scripts scripts ($events events), $views views at 800x480 ($rects fills and texts); $(sed -n 's/^board: //p' "$dir/board.txt")"
exit $status
