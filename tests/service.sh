#!/bin/sh
# service.sh - data/kiosk.service and the console drop-ins, checked with
# the systemd on this machine (none needs to be running):
#   - `systemd-analyze verify` of the unit says nothing (an unknown key, a
#     bad value or a missing ExecStart binary would be said, not fatal: so
#     any output fails). It needs the binary the unit names, so a copy of
#     the unit runs the kiosk this build made.
#   - `systemd-analyze security` scores it at most 2.5 (MAX_EXPOSURE).
#   - each key of the logind and manager drop-ins is one that this systemd
#     knows (its parser tables name them), and the sysctl turns SysRq off.
# Run from the top folder with BUILD and OUT set (tests/run.sh does).
set -u
MAX_EXPOSURE=2.5
dir=$OUT/service
rm -rf "$dir" && mkdir -p "$dir"
fail() { echo "FAILED: $*"; exit 1; }

sed "s|^ExecStart=/opt/kiosk/build/kiosk |ExecStart=$(pwd)/$BUILD/kiosk |" \
    data/kiosk.service >"$dir/kiosk.service"
grep -q "^ExecStart=$(pwd)/$BUILD/kiosk " "$dir/kiosk.service" ||
    fail "the unit's ExecStart is not /opt/kiosk/build/kiosk ..."
systemd-analyze verify --man=no "$dir/kiosk.service" >"$dir/verify.log" 2>&1
cat "$dir/verify.log"
[ ! -s "$dir/verify.log" ] || fail "systemd-analyze verify has something to say"
echo "systemd-analyze verify: nothing to say"

systemd-analyze security --offline=true --no-pager data/kiosk.service >"$dir/security.log" 2>&1 ||
    { cat "$dir/security.log"; fail "systemd-analyze security did not run"; }
score=$(sed -n 's/.*Overall exposure level for kiosk.service: \([0-9.]*\) .*/\1/p' "$dir/security.log")
[ -n "$score" ] || { cat "$dir/security.log"; fail "no exposure level"; }
awk -v s="$score" -v m="$MAX_EXPOSURE" 'BEGIN { exit !(s <= m) }' ||
    { grep "✗" "$dir/security.log"; fail "exposure $score, more than $MAX_EXPOSURE"; }
echo "systemd-analyze security: $score (at most $MAX_EXPOSURE)"

# known_keys BINARY PREFIX FILE: every key = value of FILE is PREFIX.key in
# BINARY's strings (logind's gperf table has "Login.NAutoVTs"; the manager's
# table has the bare names).
known_keys() {
    strings "$1" >"$dir/strings"
    for key in $(sed -n 's/^\([A-Za-z]*\)=.*/\1/p' "$3"); do
        grep -qx "$2$key" "$dir/strings" || fail "$3: $key is no setting of $1"
    done
    echo "$3: every key is known to $(basename "$1")"
}
known_keys /lib/systemd/systemd-logind Login. data/systemd/logind.conf.d/kiosk.conf
core=$(ls /usr/lib/*/systemd/libsystemd-core-*.so /lib/systemd/libsystemd-core-*.so 2>/dev/null | head -1)
[ -n "$core" ] || fail "no libsystemd-core to look in"
known_keys "$core" "" data/systemd/system.conf.d/kiosk.conf
grep -q "^kernel.sysrq = 0$" data/sysctl.d/kiosk.conf ||
    fail "data/sysctl.d/kiosk.conf does not turn kernel.sysrq off"
echo "data/sysctl.d/kiosk.conf: kernel.sysrq = 0"
