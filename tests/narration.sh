#!/bin/sh
# narration.sh - every slide read aloud into WAV files (--narrate), in
# both languages: each file is 16-bit mono PCM, not silent (its loudest
# sample past a tenth of full scale, and sound in most of it), and as
# long as its words need: 0.15 to 1.0 s a word (a sanity range around
# espeak-ng's 160 words a minute with pauses between the parts, about
# 0.45 s a word here; not a speed test). Then the speaking rate applied,
# and what happens without espeak-ng's data.
BUILD=${BUILD:-build}
OUT=${OUT:-$BUILD/test-out}
for lang in es en; do
    dir="$OUT/narrate-$lang"
    rm -rf "$dir" && mkdir -p "$OUT"
    "$BUILD/kiosk" --headless --lang "$lang" --narrate "$dir" >"$dir.log" 2>&1 ||
        { cat "$dir.log"; echo "--narrate failed ($lang)"; exit 1; }
    slides=$("$BUILD/kiosk" --lang "$lang" --list | wc -l)
    python3 - "$dir.log" "$slides" <<'PY' || exit 1
import struct, sys, wave
log, slides = sys.argv[1], int(sys.argv[2])
rows = [l.split() for l in open(log) if l.endswith(" s\n")]
if len(rows) != slides:
    sys.exit(f"{log}: {len(rows)} WAV files for {slides} slides")
for path, words, _, seconds, _ in rows:
    w = wave.open(path)
    if (w.getnchannels(), w.getsampwidth()) != (1, 2):
        sys.exit(f"{path}: not 16-bit mono")
    n = w.getnframes()
    samples = struct.unpack(f"<{n}h", w.readframes(n))
    length = n / w.getframerate()
    if abs(length - float(seconds)) > 0.01:
        sys.exit(f"{path}: {length:.2f} s, the log says {seconds}")
    peak = max(abs(s) for s in samples)
    # Sound in 20 ms windows: at least half of them (pauses are shorter).
    win = w.getframerate() // 50
    loud = sum(1 for i in range(0, n - win, win)
               if max(abs(s) for s in samples[i:i + win]) > 1000)
    per_word = length / int(words)
    print(f"{path}: {words} words, {length:.2f} s ({per_word:.2f} s a word), "
          f"peak {peak}, sound in {loud} of {n // win} windows")
    if peak < 3277: sys.exit(f"{path}: silent (peak {peak})")
    if loud * 2 < n // win: sys.exit(f"{path}: mostly silent")
    if not 0.15 <= per_word <= 1.0:
        sys.exit(f"{path}: {per_word:.2f} s a word, outside 0.15 to 1.0")
PY
done

# narration_rate applies: the title slide at 80 words a minute lasts at
# least three times as long as at 450 (about 47 s and 9 s here).
for rate in 80 450; do
    printf 'narration_rate = %s\n' "$rate" >"$OUT/rate-$rate.ini"
    "$BUILD/kiosk" --headless --config "$OUT/rate-$rate.ini" --narrate "$OUT/rate-$rate" \
        >"$OUT/rate-$rate.log" 2>&1 || { cat "$OUT/rate-$rate.log"; exit 1; }
done
slow=$(awk '/slide-001.wav/ { print $(NF - 1) }' "$OUT/rate-80.log")
fast=$(awk '/slide-001.wav/ { print $(NF - 1) }' "$OUT/rate-450.log")
awk -v s="$slow" -v f="$fast" 'BEGIN { exit !(s >= 3 * f) }' ||
    { echo "narration_rate: slide 1 lasts $slow s at 80 and $fast s at 450"; exit 1; }
echo "narration_rate: slide 1 lasts $slow s at 80 words a minute, $fast s at 450"

# No espeak-ng data (ESPEAK_DATA_PATH, which espeak-ng reads first, at an
# empty directory): --narrate fails saying why; a script asking for
# narration runs on without it, one log line saying why, and its A is
# silent.
empty="$OUT/no-voices"
mkdir -p "$empty"
out=$(ESPEAK_DATA_PATH=$empty "$BUILD/kiosk" --headless --narrate "$OUT/no-wav" 2>&1)
[ $? -eq 1 ] && echo "$out" | grep -q -- "--narrate: espeak-ng: no voice data" ||
    { echo "$out"; echo "--narrate without voices: expected exit 1 and why"; exit 1; }
out=$(ESPEAK_DATA_PATH=$empty "$BUILD/kiosk" --headless --size 800x480 \
    --narration on-request --script tests/scripts/narration/off.script 2>&1) ||
    { echo "$out"; echo "a script without voices must run on"; exit 1; }
[ "$(echo "$out" | grep -c narration)" -eq 1 ] &&
    echo "$out" | grep -q "narration off: espeak-ng: no voice data" ||
    { echo "$out"; echo "without voices: expected one line 'narration off: ...'"; exit 1; }
echo "no voices: $(echo "$out" | grep narration | cut -d' ' -f3-)"
