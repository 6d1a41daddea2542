#!/bin/sh
# run.sh - the kiosk on KMS/DRM, on a real Linux kernel, in QEMU.
#
# Boots Debian's own kernel (tests/vm/image.sh) under TCG with a bochs VGA
# panel at 1920x1080, and tests/vm/init runs this checkout's build/kiosk
# there as data/kiosk.service would: SDL_VIDEODRIVER=kmsdrm, no X, no
# Wayland. The panel's picture comes through QMP's screendump and must be
# the headless render of the slide that should show (the progress bar,
# which moves, masked out of both). The museum is closed all through the
# test (its opening hours are two days away), so the kiosk starts asleep.
# In order:
#   1. the panel is off: the kernel says the connector's DPMS is Off (the
#      kiosk's built-in switch, src/platform/panel_power.c) and the VGA
#      shows nothing;
#   2. a key (Right, sent to the VM's PS/2 keyboard) wakes it for staff:
#      the connector is On and the first slide is on the panel (and the
#      check can fail: it is not the second slide); the kiosk reads
#      keyboards through SDL's evdev path;
#   3. Right moves it to slide 2;
#   4. a visitor's Alt+F2 and Ctrl+Alt+F2 leave the console on
#      VT 1 (the kiosk owns tty1 and SDL turns its keyboard off), and a
#      Right after them shows slide 3;
#   5. the console switched to VT 2 and back by chvt in the VM: slide 3
#      is on the panel again (what VT 2 showed is said, not judged);
#   6. one more Right shows slide 4: the keyboard still reaches the kiosk,
#      and the kiosk still runs.
# Then a second boot runs it under X11 instead, on the host's own Xorg
# with its modesetting driver on the same panel:
#   7. asleep, `xset q` says "Monitor is Off" and so does the kernel, and
#      the VGA shows nothing (the kiosk's X11 DPMS switch);
#   8. Right (XTEST, from xdotool in the VM) wakes it: slide 1 on the
#      panel, `xset q` and the kernel say On.
# Then a third boot hands the VM to the host's own systemd as PID 1,
# which starts the kiosk through data/kiosk.service as shipped (its
# DynamicUser, DevicePolicy and sandbox; only ExecStart's settings path
# differs), the museum open:
#   9. the unit turns active (the kiosk said READY=1) with slide 1 on
#      the panel;
#  10. Right shows slide 2 (the unit lets it read the keyboard);
#  11. the kiosk killed (SIGKILL), systemd starts it again: the unit is
#      active once more, with one restart, and slide 1 is on the panel;
#  12. the exit chord (Ctrl+Alt+Shift+Q held) ends it with status 79,
#      which systemd takes as a success, and it stays down past the
#      unit's RestartSec.
# Exit 0 when all hold; otherwise 1, with the VM's serial console (the
# kernel's and the kiosk's log). Run from the checkout's root, after
# `make build/kiosk build/golden-compare`; `make test-vm` does both.
# VM_TIMEOUT (seconds, default 180) bounds each wait.

BUILD=${BUILD:-build}
# Absolute: the VM sees the host's files at the host's paths.
case $BUILD in
/*) ABS_BUILD=$BUILD ;;
*) ABS_BUILD=$(pwd)/$BUILD ;;
esac
VM=$ABS_BUILD/vm
TIMEOUT=${VM_TIMEOUT:-180}
mkdir -p "$VM" || exit 1
. tests/vm/image.sh

qemu=""
cleanup() {
    [ -n "$qemu" ] && kill "$qemu" 2>/dev/null
    wait 2>/dev/null
}
trap cleanup EXIT

# fail WHY: says why and shows the VM's console (with where the kiosk's
# threads are, when the VM still runs), then exits 1.
fail() {
    echo "FAILED: $*"
    if [ -n "$qemu" ] && kill -0 "$qemu" 2>/dev/null && control "0 diag" 2>/dev/null; then
        i=0
        until console_says "vm: 0 " || [ $i -ge 30 ]; do i=$((i + 1)); sleep 1; done
    fi
    [ -f "$VM/console.log" ] && sed 's/^/  vm console: /' "$VM/console.log"
    [ -s "$VM/qemu.log" ] && sed 's/^/  qemu: /' "$VM/qemu.log"
    exit 1
}

# elapsed: seconds since the test started.
start=$(date +%s)
elapsed() { echo $(($(date +%s) - start)); }
step() { echo "$(elapsed) s: $*"; }

# The settings the slides are rendered with headless (open.ini): no
# auto-advance or return to the first slide within the test, and no
# burn-in shift, so the panel holds still unless the test moves it. The
# VM's kiosk has the same and is closed (kiosk.ini): open two days from
# now only, and a staff key keeps it awake for two hours. And the X
# server's settings for the second boot: modesetting without
# acceleration, no input devices, no screen saver of its own.
write_settings() {
    cat >"$VM/open.ini" <<EOF
[kiosk]
slide_seconds = 3600
idle_seconds = 3600
burn_in_shift = off
EOF
    { cat "$VM/open.ini" && echo "hours = $(date -u -d '+2 days' +%a) 10:00-11:00" &&
        echo "staff_minutes = 120"; } >"$VM/kiosk.ini"
    cat >"$VM/xorg.conf" <<EOF
Section "ServerFlags"
    Option "AutoAddDevices" "false"
    Option "BlankTime" "0"
    Option "StandbyTime" "0"
    Option "SuspendTime" "0"
    Option "OffTime" "0"
EndSection
Section "Device"
    Identifier "panel"
    Driver "modesetting"
    Option "kmsdev" "/dev/dri/card0"
    Option "AccelMethod" "none"
EndSection
EOF
    "$BUILD/kiosk" --check-config "$VM/open.ini" >/dev/null &&
        "$BUILD/kiosk" --check-config "$VM/kiosk.ini" >/dev/null
}

# boot kms|x11|systemd SETTINGS [KERNEL_ARGS]: QEMU in the background (a VM still running is ended),
# the kiosk on KMS/DRM or under Xorg (tests/vm/init). TCG, as nested KVM hangs at boot here.
# The VGA has QEMU's default 16 MB: bochs cannot pin a second 1080p frame
# (8 MB each), so page flips fail with ENOMEM and SDL drops the frame
# without a word, as on a small real panel. The kiosk shows its picture
# again every 3 s on the texture path (board.c): without that the panel
# kept a half-finished crossfade and slide 3 never showed.
# Serial 0 is the console (kept in console.log), serial 1 the control
# line tests/vm/init reads; QMP takes screendumps and keys.
boot() {
    [ -n "$qemu" ] && { qmp quit >/dev/null 2>&1; wait "$qemu"; }
    rm -f "$VM/console.log" "$VM/qmp.sock" "$VM/ctl.in" "$VM/ctl.out"
    mkfifo "$VM/ctl.in" "$VM/ctl.out" || fail "cannot make the control FIFOs"
    qemu-system-x86_64 -accel tcg -smp 1 -m 1024 -nodefaults -no-user-config \
        -display none -no-reboot \
        -device VGA,edid=on,xres=1920,yres=1080,vgamem_mb=16 \
        -kernel "$VM/vmlinuz" -initrd "$VM/initramfs.cpio" \
        -append "console=ttyS0 quiet kiosk.bin=$ABS_BUILD/kiosk kiosk.config=$VM/$2 kiosk.mode=$1 $3" \
        -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
        -serial "file:$VM/console.log" \
        -chardev "pipe,id=ctl,path=$VM/ctl" -serial chardev:ctl \
        -qmp "unix:$VM/qmp.sock,server=on,wait=off" \
        >"$VM/qemu.log" 2>&1 &
    qemu=$!
}

# until_true WHAT COMMAND...: retries COMMAND every second until it
# holds; fails after $TIMEOUT s, or at once when QEMU has ended.
until_true() {
    what=$1; shift
    deadline=$(($(date +%s) + TIMEOUT))
    until "$@"; do
        kill -0 "$qemu" 2>/dev/null || fail "QEMU ended while waiting for $what"
        [ "$(date +%s)" -lt "$deadline" ] || fail "no $what within $TIMEOUT s"
        sleep 1
    done
}

console_says() { grep -q "$1" "$VM/console.log" 2>/dev/null; }
qmp() { python3 tests/vm/qmp.py "$VM/qmp.sock" "$@"; }

# control LINE: one line to tests/vm/init over the second serial port.
# Through a FIFO that QEMU holds open (its pipe chardev): a line waits
# there until QEMU reads it. A Unix socket connected for each line lost
# the line's end once on a busy machine (the VM read "3 chvt 10 diag").
# Under `timeout`: with QEMU gone, opening the FIFO would wait for good.
control() { timeout 10 sh -c 'printf "%s\n" "$1" >"$2"' - "$1" "$VM/ctl.in"; }

# vm_try COMMAND [ARG]: a command to tests/vm/init (chvt N, vt N, dpms
# On|Off...: see there), numbered; waits for its answer, true if "ok".
seq=0
vm_try() {
    seq=$((seq + 1))
    control "$seq $*" || fail "no control line to the VM"
    until_true "an answer to '$*'" console_says "vm: $seq \(ok\|FAILED\)"
    console_says "vm: $seq ok"
}

# vm_do COMMAND [ARG]: vm_try, and fails unless the answer is "ok".
vm_do() { vm_try "$@" || fail "in the VM, '$*' failed"; }

# vm_until COMMAND [ARG]: vm_try again every second until it holds (the
# kiosk logs a change of the panel's power just before making it); fails
# after $TIMEOUT s. Its own deadline: vm_try's until_true sets $deadline.
vm_until() {
    until_deadline=$(($(date +%s) + TIMEOUT))
    until vm_try "$@"; do
        [ "$(date +%s)" -lt "$until_deadline" ] || fail "'$*' did not hold in the VM within $TIMEOUT s"
        sleep 1
    done
}

# The progress bar's box (bar_box, mask_bar), which moves and may differ.
. tests/tools/progress_bar.sh

# expected_shots: every slide headless at the panel's size, with the
# VM's settings, the progress bar masked.
expected_shots() {
    bar_box "$BUILD/kiosk" 1920x1080 "$VM" || return 1
    rm -rf "$VM/expected" &&
        "$BUILD/kiosk" --headless --size 1920x1080 --config "$VM/open.ini" \
            --shots "$VM/expected" >/dev/null || return 1
    for n in 1 2 3 4; do
        f="$VM/expected/slide-00$n.png"
        mask_bar "$f" "$f" || return 1
    done
}

# panel_is N: the panel's picture now is slide N (golden-compare's
# tolerance, the bar masked); its report stays in $VM/compare.txt.
panel_is() {
    { qmp screendump "$VM/screen.png" && mask_bar "$VM/screen.png" "$VM/screen.png" &&
        "$BUILD/golden-compare" "$VM/expected/slide-00$1.png" "$VM/screen.png" \
            "$VM/screen-diff.png"; } >"$VM/compare.txt" 2>&1
}

# panel_shows N: waits for slide N on the panel (the kiosk draws its first
# frame a minute or so after boot under TCG; a crossfade takes a moment).
panel_shows() {
    deadline=$(($(date +%s) + TIMEOUT))
    until panel_is "$1"; do
        kill -0 "$qemu" 2>/dev/null || fail "QEMU ended before slide $1 showed"
        [ "$(date +%s)" -lt "$deadline" ] ||
            fail "slide $1 not on the panel within $TIMEOUT s: $(cat "$VM/compare.txt")" \
                "(the panel: $VM/screen.png)"
        sleep 1
    done
    step "slide $1 is on the panel"
}

# kiosk_runs: the kiosk has not ended (the init says so when it does).
kiosk_runs() {
    console_says "vm: kiosk exited" && fail "the kiosk ended"
    return 0
}

# keys_keep_vt: a visitor's console keys (Alt+F2, Ctrl+Alt+F2) switch
# nothing: the kiosk's console keyboard is off (data/kiosk.service, "The
# console" in README.md). The next Right showing the next slide tells the
# keys before it were taken in; then VT 1 must still be the console. (Not
# Alt+arrows: the kiosk takes Alt+Right as Right, which is its business.)
keys_keep_vt() {
    for chord in "alt f2" "ctrl alt f2"; do
        qmp key $chord || fail "QMP send-key $chord"
    done
    next_slide
    vm_do vt 1
    step "Alt+F2 and Ctrl+Alt+F2 left the console on VT 1"
}

# next_slide: Right on the VM's keyboard; the panel must show the next slide.
next_slide() {
    qmp key right || fail "QMP send-key right"
    slide=$((slide + 1))
    panel_shows "$slide"
}

# vt_away_and_back: the console to VT 2 and back to VT 1 by chvt in the VM
# (as logind or an operator would), each confirmed by the kernel's active
# VT; then the slide must be on the panel again.
vt_away_and_back() {
    vm_do chvt 2
    away_shows
    vm_do chvt 1
    step "the console went to VT 2 and back to VT 1"
    panel_shows "$slide"
}

# away_shows: what the panel shows on VT 2, said, not judged (the kiosk,
# DRM master, keeps the screen unless something takes it).
away_shows() {
    if panel_is "$slide"; then
        step "on VT 2 the panel still shows slide $slide"
    else
        step "on VT 2 the panel shows something else (kept as $VM/vt2.png)"
        cp "$VM/screen.png" "$VM/vt2.png"
    fi
}

# panel_dark: the VGA shows no picture now: QEMU's screendump is black,
# or is QEMU's own 640x480 "Guest has not initialized the display" (what
# it shows once bochs has switched its output off), not the 1920x1080
# mode the kiosk set.
panel_dark() {
    qmp screendump "$VM/screen.png" >"$VM/compare.txt" 2>&1 || return 1
    set -- $(convert "$VM/screen.png" -format '%w %h %[fx:maxima]' info:)
    [ "$1x$2" = 640x480 ] || [ "$3" = 0 ]
}

# asleep_panel_off WHAT: the kiosk says the panel is off on purpose, the
# kernel's connector is Off and the panel black.
asleep_panel_off() {
    until_true "the kiosk's 'panel off'" console_says "panel off: closed by the opening hours"
    vm_until dpms Off
    until_true "a black panel" panel_dark
    step "asleep: $1, the connector's DPMS is Off, the panel shows nothing"
}

# test_kms: steps 1 to 6 (see the top).
test_kms() {
    boot kms kiosk.ini
    until_true "kiosk start" console_says "vm: starting the kiosk"
    until_true "the control line" console_says "vm: control line ready"
    step "the VM booted, the kiosk starts on KMS/DRM"
    asleep_panel_off "the kiosk's log says off on purpose"
    qmp key right || fail "QMP send-key right"
    slide=1
    panel_shows 1
    vm_until dpms On
    step "a staff key: the connector's DPMS is On"
    # The check must be able to fail: slide 1 is not slide 2.
    panel_is 2 && fail "the panel matches slide 2 too: the comparison sees nothing"
    next_slide
    keys_keep_vt
    vt_away_and_back
    # The keyboard still reaches the kiosk after the switch.
    next_slide
    kiosk_runs
    step "PASS: the kiosk shows its slides on KMS/DRM and turns the panel off"
}

# test_x11: steps 7 and 8.
test_x11() {
    boot x11 kiosk.ini
    until_true "kiosk start" console_says "vm: starting the kiosk"
    until_true "the control line" console_says "vm: control line ready"
    step "the VM booted again, Xorg runs, the kiosk starts on it"
    vm_until xset Off
    asleep_panel_off "xset q says Monitor is Off"
    vm_do xkey Right
    slide=1
    panel_shows 1
    vm_until xset On
    vm_until dpms On
    kiosk_runs
    step "PASS: under Xorg the kiosk's DPMS switch turns the panel off and on"
}

# test_systemd: steps 9 to 12.
# VM_ONLY=kms|x11|systemd runs one boot alone (default: all three).
test_systemd() {
    boot systemd open.ini "kiosk.unit=$(pwd)/data/kiosk.service systemd.unit=kiosk-vm.target systemd.journald.forward_to_console=1"
    until_true "systemd's start" console_says "vm: starting systemd"
    until_true "the control line" console_says "vm: control line ready"
    step "the VM booted into the host's systemd"
    vm_until unit active
    slide=1
    panel_shows 1
    step "kiosk.service is active (READY=1) and slide 1 is on the panel"
    next_slide
    vm_do kill
    vm_until restarts 1
    slide=1
    panel_shows 1
    step "killed, systemd restarted the kiosk and slide 1 is back"
    # Held until it ends the kiosk (QMP's send-key cannot hold a chord:
    # its hold time spaces each key from the next).
    qmp down ctrl alt shift q || fail "QMP input-send-event, the exit chord down"
    vm_until chord
    qmp up q shift alt ctrl || fail "QMP input-send-event, the exit chord up"
    step "the exit chord ended it with status 79"
    # RestartSec=2: it must stay down well past that (a window in which a
    # restart must not happen, not a wait for something to happen).
    sleep 6
    vm_do chord
    step "PASS: under systemd, the unit as shipped shows the slides, restarts a killed kiosk and stays down after the exit chord"
}

main() {
    vm_kernel && vm_initramfs || fail "could not make the kernel and initramfs"
    write_settings || fail "the VM's settings do not validate"
    expected_shots || fail "the headless shots"
    step "kernel $KVER, initramfs and the expected slides ready (bar masked: $BAR)"
    case ${VM_ONLY:-all} in
    all) test_kms && test_x11 && test_systemd ;;
    *) "test_$VM_ONLY" ;;
    esac
}
main
