#!/bin/sh
# narration.sh - narration on the live kiosk (Xvfb + xdotool), with SDL's
# disk audio driver as the sound card: what would be played is written,
# in real time, to a file of raw 16-bit samples.
#   - with a sound device: the speaker button shows (the headless render
#     of --narration on-request), A makes sound, Right mid-speech goes on
#     with the next slide, A again stops it: the file stops growing;
#   - a click on the speaker button makes sound too, and turns no page;
#   - without a sound device: one log line says why, no button (the
#     headless render without narration), the keys still move the slides.
set -u
W=1280 H=720
K=$BUILD/kiosk
dir=$OUT/e2e-narration
mkdir -p "$dir"

. tests/e2e/lib.sh
audio=$dir/audio.raw

# The screens to match: with the button, silent and reading, and without
# (a second after Right: the crossfade runs on the simulated clock).
cat >"$dir/shots.script" <<EOS
key home
shot $dir/expected-button/slide-001.png
key right
wait 1000
shot $dir/expected-button/slide-002.png
key a
shot $dir/expected-reading/slide-002.png
EOS
"$K" --headless --size "${W}x${H}" --narration on-request --script "$dir/shots.script" \
    >/dev/null 2>&1 || fail "headless render with the button"
"$K" --headless --size "${W}x${H}" --shots "$dir/expected" >/dev/null || fail "headless render"

# loud_bytes: how many bytes of the file have sound in them (samples past
# a whisper), so silence the driver writes between words does not count.
loud_bytes() {
    od -An -v -td2 -w2 "$audio" 2>/dev/null | awk '$1 > 500 || $1 < -500 { n++ } END { print n + 0 }'
}
# sound_grows: within 5 s, more loud samples than $1.
sound_grows() {
    for _ in $(seq 50); do
        [ "$(loud_bytes)" -gt "$1" ] && return 0
        sleep 0.1
    done
    return 1
}

rm -f "$audio"
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=$audio "$K" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
xdotool key Home
screen_matches "$dir/expected-button/slide-001.png" || fail "no speaker button with a sound device"
grep -q "narration: on-request" "$dir/kiosk.log" || fail "the log does not say narration is on request"
echo "a sound device: the speaker button shows"

xdotool key a
sound_grows 0 || fail "A made no sound"
echo "A: sound ($(loud_bytes) loud samples)"
xdotool key Right
screen_matches "$dir/expected-reading/slide-002.png" || fail "Right while reading: slide 2 with the lit button"
before=$(loud_bytes)
sound_grows "$before" || fail "Right mid-speech: the next slide is not read"
echo "Right mid-speech: slide 2 is read"
xdotool key a
screen_matches "$dir/expected-button/slide-002.png" || fail "A again: the button is not back to silent"
# Stopped: the worker closes the device (an idle kiosk keeps no audio
# thread), so the driver stops writing: within 5 s the file holds still.
device_closed() {
    for _ in $(seq 10); do
        a=$(stat -c %s "$audio"); sleep 0.5; b=$(stat -c %s "$audio")
        [ "$a" -eq "$b" ] && return 0
    done
    return 1
}
device_closed || fail "A again: the sound goes on"
after=$(loud_bytes)
echo "A again: silence, the device closed"

# A click on the button (x 46 to 188, y 617 to 673 at 1280x720).
xdotool mousemove 80 656 click 1
sound_grows "$after" || fail "a click on the speaker button made no sound"
screen_matches "$dir/expected-reading/slide-002.png" || fail "the click turned a page or lit no button"
echo "a click on the speaker button: sound, still slide 2"
kill -TERM "$kiosk"
exits_cleanly SIGTERM

# No sound device: one line says why, no button, the show goes on.
SDL_AUDIODRIVER=none "$K" 2>"$dir/kiosk.log" &
kiosk=$!
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
xdotool key Home
screen_shows 1 || fail "without sound the slide must show without the button"
xdotool key Right
screen_shows 2 || fail "without sound Right must still move the show"
xdotool key a
screen_shows 2 || fail "without sound A must change nothing on screen"
n=$(grep -c "narration" "$dir/kiosk.log")
[ "$n" -eq 1 ] && grep -q "narration off: no sound" "$dir/kiosk.log" ||
    fail "expected one log line 'narration off: no sound ...', got $n"
echo "no sound device: $(grep narration "$dir/kiosk.log" | cut -d' ' -f3-)"
kill -TERM "$kiosk"
exits_cleanly SIGTERM
