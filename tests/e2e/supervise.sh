#!/bin/sh
# supervise.sh - the kiosk under a stand-in for systemd (data/kiosk.service:
# Type=notify, Restart=always, WatchdogSec=): a notify socket that records
# what the kiosk says, and a loop that starts it again whenever it ends,
# as Restart=always does, but not after status 79, the operator's exit
# chord (RestartPreventExitStatus=79). The kiosk must say READY=1, ping
# WATCHDOG=1 from its main loop (and stop pinging when the loop stalls),
# after a kill -9 and a stray SIGTERM the loop must have it running and
# ready again, and after the chord it stays down.
# Run from the top folder with BUILD and OUT set.
set -u
W=1280 H=720
K=$BUILD/kiosk
dir=$OUT/supervise
rm -rf "$dir" && mkdir -p "$dir"
. tests/e2e/lib.sh

# An absolute path: sd_notify ignores a relative NOTIFY_SOCKET.
sock="$(pwd)/$dir/notify.sock"
"$BUILD/notify-listen" "$sock" >"$dir/notify.log" &
listener=$!
i=0
while [ ! -S "$sock" ]; do i=$((i + 1)); [ $i -gt 50 ] && fail "no notify socket"; sleep 0.1; done

# Restart=always, in shell: start it again whenever it ends (until told
# to stop, as `systemctl stop` would); record pids and exit statuses.
# SIGPIPE is set back to its default for the kiosk (env), so that what the
# kiosk does with it is its own doing, not inherited from the test's shell.
(
    while [ ! -e "$dir/stop" ]; do
        NOTIFY_SOCKET="$sock" WATCHDOG_USEC=1000000 env --default-signal=PIPE \
            "$K" 2>>"$dir/kiosk.log" &
        echo $! >"$dir/kiosk.pid"
        wait $!
        status=$?
        echo "kiosk ended with status $status" >>"$dir/restarts.log"
        [ $status -eq 79 ] && break # RestartPreventExitStatus=79
        sleep 0.5 # RestartSec
    done
    echo "supervisor done" >>"$dir/restarts.log"
) &
supervisor=$!
stop_all() { touch "$dir/stop"; kill "$supervisor" 2>/dev/null; kill "$(cat "$dir/kiosk.pid" 2>/dev/null)" 2>/dev/null;
             kill "$listener" 2>/dev/null; cleanup; }
trap stop_all EXIT

count() { grep -c "$1" "$dir/notify.log"; }
wait_for() { # wait_for PATTERN N: until the log holds N such lines, 5 s at most
    i=0
    while [ "$(count "$1")" -lt "$2" ]; do i=$((i + 1)); [ $i -gt 50 ] && return 1; sleep 0.1; done
}

wait_for "READY=1" 1 || fail "the kiosk never said READY=1"
wait_for "WATCHDOG=1" 3 || fail "no watchdog pings (WATCHDOG_USEC=1 s: every 0.5 s)"
echo "READY=1, then WATCHDOG=1 every half second"

# SIGPIPE ignored (bit 13 of the mask: 0x1000): a reader gone away, such as
# journald's end of the log's stream on its restart, must not kill it.
sigign=$(sed -n 's/^SigIgn:[[:space:]]*//p' "/proc/$(cat "$dir/kiosk.pid")/status")
[ $((0x$sigign & 0x1000)) -ne 0 ] || fail "SIGPIPE is not ignored (SigIgn $sigign)"
echo "SIGPIPE ignored (SigIgn $sigign)"

# A stalled main loop stops pinging: what systemd's watchdog notices.
first=$(cat "$dir/kiosk.pid")
kill -STOP "$first"
before=$(count "WATCHDOG=1"); sleep 1.5; after=$(count "WATCHDOG=1")
kill -CONT "$first"
[ "$before" -eq "$after" ] || fail "pings went on while the loop was stopped"
wait_for "WATCHDOG=1" $((after + 2)) || fail "pings did not resume"
echo "a stopped loop sends no pings; they resume with it"

# Killed hard, it is started again and says ready again.
kill -9 "$first"
wait_for "READY=1" 2 || fail "the kiosk was not started again after kill -9"
second=$(cat "$dir/kiosk.pid")
[ "$second" != "$first" ] || fail "the same process?"
grep -q "kiosk ended with status 137" "$dir/restarts.log" || fail "no record of the killed kiosk"
echo "kill -9: started again (pid $first -> $second) and ready"

# wait_status N: the supervisor recorded an exit with status N, 3 s at most.
wait_status() {
    i=0
    until grep -q "kiosk ended with status $1\$" "$dir/restarts.log"; do
        i=$((i + 1)); [ $i -gt 30 ] && return 1; sleep 0.1
    done
}

# SIGTERM (as `systemctl stop` sends it, or a stray kill): STOPPING=1 and
# a clean exit 0, which Restart=always starts again.
kill -TERM "$second"
wait_status 0 || fail "SIGTERM did not end it with status 0"
wait_for "STOPPING=1" 1 || fail "no STOPPING=1"
wait_for "READY=1" 3 || fail "the kiosk was not started again after a stray SIGTERM"
echo "SIGTERM: STOPPING=1 and exit 0, started again"

# The operator's exit chord held: status 79, and it stays down.
xdotool search --sync --name "Mexico" >/dev/null 2>&1 || fail "no kiosk window"
xdotool keydown ctrl+alt+shift+q; sleep 3.5; xdotool keyup ctrl+alt+shift+q
wait_status 79 || fail "the exit chord did not end it with status 79"
i=0
until grep -q "supervisor done" "$dir/restarts.log"; do
    i=$((i + 1)); [ $i -gt 30 ] && fail "started again after the exit chord"; sleep 0.1
done
[ "$(count "READY=1")" -eq 3 ] || fail "started again after the exit chord"
echo "the exit chord: exit 79, not started again"
