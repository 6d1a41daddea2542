#!/bin/sh
# metrics.sh - the metrics file on the simulated clock (headless): what a
# scripted visitor did, counted as worked out by hand in
# tests/fleet/visitor.script; the content's digest is FNV-1a 64 of the
# file on show, computed here by python; promtool (Debian's prometheus
# package) accepts the file; a folder that is not there is logged once,
# not at every write, and the slideshow goes on.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
K=$BUILD/kiosk
dir=$OUT/fleet-metrics
rm -rf "$dir" && mkdir -p "$dir"
fail() { echo "FAILED: $*"; exit 1; }

cp data/content.ini "$dir/content.ini"
printf 'metrics_file = %s/kiosk.prom\n' "$dir" >"$dir/kiosk.ini"
# Under the unit's umask (0077): node_exporter, another user, must still
# read the file.
(umask 077 && "$K" --headless --size 1280x720 --config "$dir/kiosk.ini" --content "$dir/content.ini" \
    --script tests/fleet/visitor.script 2>"$dir/kiosk.log") || { cat "$dir/kiosk.log"; fail "the script"; }
prom=$dir/kiosk.prom
[ "$(stat -c %a "$prom")" = 644 ] || fail "the metrics file is $(stat -c %a "$prom"), not 644, under umask 077"
promtool check metrics <"$prom" || fail "promtool check metrics"
echo "promtool check metrics: no problem"

# value NAME{LABELS}: the sample's value (the whole series name as written).
value() { awk -v k="$1" '$1 == k { print $2 }' "$prom"; }
expect() { [ "$(value "$1")" = "$2" ] || fail "$1 is '$(value "$1")', expected $2"; }
expect 'kiosk_interactions_total{input="key",action="next"}' 3
expect 'kiosk_interactions_total{input="key",action="language"}' 1
expect 'kiosk_interactions_total{input="key",action="previous"}' 1
expect 'kiosk_interactions_total{input="key",action="pause"}' 1
expect 'kiosk_interactions_total{input="key",action="first"}' 0
expect 'kiosk_interactions_total{input="touch",action="next"}' 2
expect 'kiosk_interactions_total{input="touch",action="previous"}' 1
expect 'kiosk_interactions_total{input="touch",action="pause"}' 0
expect kiosk_last_interaction_age_seconds 6.000
expect kiosk_uptime_seconds 6.000
expect kiosk_slide 4
expect 'kiosk_state{state="paused"}' 1
expect 'kiosk_state{state="attract"}' 0
expect 'kiosk_language{language="en"}' 1
expect 'kiosk_display_power{state="on"}' 1
expect kiosk_content_reloads_refused_total 0
# A clean exit leaves kiosk_up 0: a dashboard tells it from a wall that
# died (whose file goes stale with kiosk_up 1).
expect kiosk_up 0
echo "the visitor's 10 counted actions, the slide, state and language as worked out"

# The content version: FNV-1a 64 of the file's bytes, and their number.
want=$(python3 -c '
import sys
h = 0xcbf29ce484222325
data = open(sys.argv[1], "rb").read()
for b in data:
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
print("kiosk_content_info{fnv1a=\"%016x\",bytes=\"%d\"}" % (h, len(data)))' "$dir/content.ini")
expect "$want" 1
echo "content version: $want"

# Nowhere to write: logged once in 20 s of writes every 5 s, the script
# (the slideshow) unharmed, no file anywhere.
printf 'metrics_file = %s/gone/kiosk.prom\n' "$dir" >"$dir/gone.ini"
printf 'wait 5000\nwait 5000\nwait 5000\nwait 5000\nkey right\nexpect slide 2\n' >"$dir/gone.script"
"$K" --headless --size 640x360 --config "$dir/gone.ini" --script "$dir/gone.script" \
    2>"$dir/gone.log" || { cat "$dir/gone.log"; fail "the slideshow stopped"; }
n=$(grep -c "metrics_file: No such file or directory" "$dir/gone.log")
[ "$n" -eq 1 ] || { cat "$dir/gone.log"; fail "$n log lines for a missing folder, expected 1"; }
[ ! -e "$dir/gone" ] || fail "a folder appeared"
echo "a missing folder: logged once, the slideshow goes on"
echo PASS
