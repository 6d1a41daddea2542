#!/bin/sh
# node_exporter.sh - the recipe's collector, for real: Debian's
# prometheus-node-exporter with only its textfile collector, pointed at
# the folder where a headless kiosk wrote its metrics_file (the scripted
# visitor of tests/fleet/visitor.script), serves the kiosk's metrics with
# the counts worked out by hand, the file's time, and no scrape error.
# On 127.0.0.1, a free port; it is stopped at the end.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
K=$BUILD/kiosk
dir=$OUT/fleet-node-exporter
rm -rf "$dir" && mkdir -p "$dir/textfile"
fail() { echo "FAILED: $*"; [ -f "$dir/node.log" ] && sed 's/^/  node_exporter: /' "$dir/node.log"; exit 1; }

printf 'metrics_file = %s/textfile/kiosk.prom\n' "$dir" >"$dir/kiosk.ini"
"$K" --headless --size 1280x720 --config "$dir/kiosk.ini" --script tests/fleet/visitor.script \
    2>"$dir/kiosk.log" || { cat "$dir/kiosk.log"; fail "the script"; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
prometheus-node-exporter --web.listen-address="127.0.0.1:$port" --collector.disable-defaults \
    --collector.textfile --collector.textfile.directory="$dir/textfile" >"$dir/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null' EXIT
# fetch: the exporter's /metrics into $dir/metrics.txt; false until it answers.
fetch() {
    python3 -c 'import sys, urllib.request
sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=2).read().decode())' \
        "http://127.0.0.1:$port/metrics" >"$dir/metrics.txt" 2>/dev/null
}
i=0
until fetch; do i=$((i + 1)); [ $i -gt 50 ] && fail "node_exporter did not answer in 5 s"; sleep 0.1; done
has() { grep -qxF "$1" "$dir/metrics.txt" || fail "node_exporter does not serve: $1"; }
has 'kiosk_interactions_total{action="next",input="key"} 3'
has 'kiosk_interactions_total{action="previous",input="touch"} 1'
has 'kiosk_slide 4'
has 'kiosk_state{state="paused"} 1'
has 'kiosk_up 0'
has 'node_textfile_scrape_error 0'
grep -q '^node_textfile_mtime_seconds{file=".*kiosk.prom"}' "$dir/metrics.txt" ||
    fail "no node_textfile_mtime_seconds for kiosk.prom (KioskMetricsStale needs it)"
echo "node_exporter's textfile collector serves the kiosk's metrics, no scrape error"
echo PASS
