#!/bin/sh
# expect_output.sh STATUS EXPECTED COMMAND...
# Runs COMMAND; passes when it exits with STATUS and what it printed
# (stdout and stderr, as one stream) is exactly the file EXPECTED: every
# line, in order, nothing extra and nothing missing.
#
# Only what really varies from run to run is written as a placeholder, in
# EXPECTED as the output is rewritten before the comparison:
#   {TIME}  the local time a log line starts with ("2026-01-05T10:00:00 ")
# Everything else is literal text.
#
# EXPECT_UPDATE=1 writes the (rewritten) output to EXPECTED instead of
# comparing: for a deliberate change of wording, to be read before it is
# committed.
want_status=$1; expected=$2; shift 2
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp" "$tmp.out"' EXIT
"$@" >"$tmp" 2>&1; status=$?
sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2} /{TIME} /' "$tmp" >"$tmp.out"
cat "$tmp"
if [ "$status" -ne "$want_status" ]; then
    echo "exit status $status, expected $want_status"; exit 1
fi
if [ "${EXPECT_UPDATE:-0}" = 1 ]; then
    cp "$tmp.out" "$expected" && echo "rewrote $expected"; exit
fi
[ -f "$expected" ] || { echo "$expected: missing"; exit 1; }
# The whole output, line for line; the difference shows what is extra (+)
# and what is missing (-).
diff -u "$expected" "$tmp.out" >"$tmp" ||
    { echo "the output is not exactly $expected:"; cat "$tmp"; exit 1; }
