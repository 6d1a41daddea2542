#!/bin/sh
# journal.sh - log lines carry journald's PRIORITY: when stderr is the
# stream systemd names in JOURNAL_STREAM (DEVICE:INODE), each line starts
# with its syslog priority, <3> error, <4> warn, <6> info, which journald
# takes off and keeps as PRIORITY (`journalctl -p err`); when
# JOURNAL_STREAM names another file (inherited by a child whose stderr
# goes elsewhere), lines are plain.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
K=$BUILD/kiosk
dir=$OUT/fleet-journal
rm -rf "$dir" && mkdir -p "$dir"
fail() { echo "FAILED: $*"; exit 1; }

# A missing metrics folder (an error), the first key (info).
printf 'metrics_file = %s/gone/kiosk.prom\n' "$dir" >"$dir/kiosk.ini"
printf 'key right\n' >"$dir/one.script"
run() { "$K" --headless --size 640x360 --config "$dir/kiosk.ini" --script "$dir/one.script"; }

: >"$dir/journal.log"
JOURNAL_STREAM=$(stat -c '%d:%i' "$dir/journal.log") run 2>>"$dir/journal.log" || fail "the script"
grep -q '^<3>.* kiosk error: metrics_file: No such file or directory' "$dir/journal.log" ||
    { cat "$dir/journal.log"; fail "no <3> on the error line"; }
grep -q '^<6>.* kiosk info: attract -> browse on slide 2' "$dir/journal.log" ||
    { cat "$dir/journal.log"; fail "no <6> on the info line"; }
grep -qv '^<[346]>' "$dir/journal.log" && { cat "$dir/journal.log"; fail "a line without its priority"; }
echo "stderr is the journal's stream: every line has its priority (<3> error, <6> info)"

: >"$dir/other.log"
JOURNAL_STREAM=$(stat -c '%d:%i' "$dir/other.log") run 2>"$dir/plain.log" || fail "the script"
grep -q '^<' "$dir/plain.log" && { cat "$dir/plain.log"; fail "a priority on a stream that is not the journal"; }
grep -q 'kiosk error: metrics_file' "$dir/plain.log" || fail "no error line"
echo "stderr elsewhere: plain lines"
echo PASS
