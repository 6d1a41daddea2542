#!/bin/sh
# expect_output.sh STATUS EXPECTED COMMAND...
# Runs COMMAND; passes when it exits with STATUS and everything it printed
# (stdout and stderr) contains each line of the file EXPECTED, in order.
want_status=$1; expected=$2; shift 2
out=$("$@" 2>&1); status=$?
echo "$out"
if [ "$status" -ne "$want_status" ]; then
    echo "exit status $status, expected $want_status"; exit 1
fi
[ -f "$expected" ] || { echo "$expected: missing"; exit 1; }
# Every expected line must appear, in order.
printf '%s\n' "$out" | awk -v want_file="$expected" '
    BEGIN { while ((getline l < want_file) > 0) if (l != "") want[n++] = l; i = 0 }
    i < n && index($0, want[i]) { i++ }
    END { if (i < n) { print "missing: " want[i]; exit 1 } }'
