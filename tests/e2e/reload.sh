#!/bin/sh
# reload.sh - content hot reload on a running kiosk, as a museum publishes
# content: a new file renamed over the old one (the safe way), a rewrite in
# place, a broken file, a deleted file, and SIGHUP. The screen must show
# each good version within a few seconds, keep the visitor on the same
# slide, keep the last good content when the file is bad or gone, and log
# each bad version once. Run from the top folder with BUILD and OUT set.
set -u
W=1280 H=720
K=$BUILD/kiosk
dir=$OUT/reload
rm -rf "$dir" && mkdir -p "$dir"
. tests/e2e/lib.sh

# Two good versions told apart by their title, and a broken one (cut
# short before its [end] line, as a copy in progress would be).
cp data/content.ini "$dir/a.ini"
sed 's/^title_es = .*/title_es = Versión B/' data/content.ini >"$dir/b.ini"
head -c 3000 "$dir/b.ini" >"$dir/bad.ini"
for v in a b; do
    "$K" --headless --size "${W}x${H}" --content "$dir/$v.ini" --shots "$dir/expected-$v" >/dev/null ||
        fail "headless render of $v"
done
live="$dir/content.ini"
cp "$dir/a.ini" "$live"

"$K" --content "$live" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
xdotool key Home
screen_shows 1 a || fail "the kiosk does not start with version a"

# Publish b the safe way: write beside, then rename over.
cp "$dir/b.ini" "$live.tmp" && mv "$live.tmp" "$live"
screen_shows 1 b || fail "a renamed file was not reloaded"
echo "rename: version b on the screen"

# A visitor on slide 3; a rewrite in place keeps them there.
xdotool key Right; xdotool key Right
screen_shows 3 b || fail "Right, Right should show slide 3"
cat "$dir/a.ini" >"$live"
screen_shows 3 a || fail "a rewrite in place was not reloaded, or the slide moved"
echo "in place: version a, still on slide 3"

# A broken file never reaches the screen, and is logged once.
cat "$dir/bad.ini" >"$live"
sleep 3.5
screen_shows 3 a || fail "a broken file reached the screen"
n=$(grep -c "is not valid: keeping the content on show" "$dir/kiosk.log")
[ "$n" -eq 1 ] || fail "the broken file was logged $n times, not once"
echo "broken file: version a stays, logged once"

# A deleted file: the last good content stays, logged once.
rm "$live"
sleep 3.5
screen_shows 3 a || fail "a deleted file changed the screen"
n=$(grep -c "No such file or directory; keeping the content on show" "$dir/kiosk.log")
[ "$n" -eq 1 ] || fail "the missing file was logged $n times, not once"
echo "deleted file: version a stays, logged once"

# SIGHUP checks the file at once.
cp "$dir/b.ini" "$live"
kill -HUP "$kiosk"
screen_shows 3 b || fail "SIGHUP did not reload"
alive || fail "the kiosk ended"
echo "SIGHUP: version b"
kill -TERM "$kiosk"
exits_cleanly SIGTERM
