# paths.sh - content and settings paths that are not plain files; sourced
# by run.sh (uses its `check`). A FIFO, a character device, a directory
# and a unix socket are "not a regular file" (a FIFO once hung every path
# that read it); a symlink loop and a missing file say their errno; a file
# past the limit says its real size; a --content path past
# LIMIT_SETTING_TEXT is refused, never cut. Every run is under `timeout`,
# so a hang shows as a FAIL, not as a stuck suite.
K=$BUILD/kiosk
P=$OUT/paths
rm -rf "$P" && mkdir -p "$P"
mkfifo "$P/fifo"
mkdir "$P/dir"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$P/socket"
ln -s loop-b "$P/loop-a" && ln -s loop-a "$P/loop-b"

# pad FILE SIZE SOURCE: SOURCE with '#' comment lines before it, SIZE bytes
# in all (comments are allowed in both formats).
pad() {
    python3 -c '
import sys
path, size, src = sys.argv[1], int(sys.argv[2]), open(sys.argv[3], "rb").read()
fill = size - len(src)
lines = b"".join(b"#" + b"x" * 98 + b"\n" for _ in range(fill // 100))
rest = fill % 100
if rest: lines += b"#" * (rest - 1) + b"\n"
open(path, "wb").write(lines + src)' "$@"
}
pad "$P/content-at-limit.ini" 262144 tests/content/good/three-slides.ini
pad "$P/content-past-limit.ini" 262145 data/content.ini
pad "$P/content-300000.ini" 300000 data/content.ini
pad "$P/settings-at-limit.ini" 65536 data/kiosk.ini
pad "$P/settings-past-limit.ini" 65537 data/kiosk.ini

# said STATUS LINE COMMAND...: COMMAND, stopped after 10 s, exits STATUS
# and prints LINE as one whole line of its output (a log line's time and
# "kiosk LEVEL: " taken off first). The rest of the output (a slide list,
# the start-up log) is not these checks' subject.
said() {
    said_line=$2; st=$1; shift 2
    said_out=$(timeout 10 "$@" 2>&1); said_rc=$?
    printf '%s\n' "$said_out"
    [ "$said_rc" -eq "$st" ] || { echo "exit status $said_rc, expected $st"; return 1; }
    printf '%s\n' "$said_out" |
        sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8} kiosk [a-z]+: //' |
        grep -qxF -- "$said_line" || { echo "no line is exactly: $said_line"; return 1; }
}

for opt in --check-content --check-config; do
    for f in fifo dir socket; do
        check "$opt on a $f: not a regular file, exit 1, no hang" \
            said 1 "$P/$f: not a regular file" "$K" "$opt" "$P/$f"
    done
    for dev in /dev/zero /dev/null; do
        check "$opt $dev (a character device): not a regular file, exit 1" \
            said 1 "$dev: not a regular file" "$K" "$opt" "$dev"
    done
    check "$opt on a symlink loop says so (ELOOP), exit 1" \
        said 1 "$P/loop-a: cannot open: Too many levels of symbolic links" "$K" "$opt" "$P/loop-a"
    check "$opt on a missing file says so (ENOENT), exit 1" \
        said 1 "$P/missing.ini: cannot open: No such file or directory" "$K" "$opt" "$P/missing.ini"
done
check "--check-content: a 262144-byte file (LIMIT_FILE_BYTES) is valid" \
    said 0 "$P/content-at-limit.ini: valid, 3 slides" "$K" --check-content "$P/content-at-limit.ini"
check "--check-content: 262145 bytes is one too many, said with its size" \
    said 1 "$P/content-past-limit.ini: file is 262145 bytes; the limit is 262144 (LIMIT_FILE_BYTES)" \
    "$K" --check-content "$P/content-past-limit.ini"
check "--check-content: a 300000-byte file is said to be 300000 bytes" \
    said 1 "$P/content-300000.ini: file is 300000 bytes; the limit is 262144 (LIMIT_FILE_BYTES)" \
    "$K" --check-content "$P/content-300000.ini"
check "--check-config: a 65536-byte settings file is valid" \
    said 0 "$P/settings-at-limit.ini: valid" "$K" --check-config "$P/settings-at-limit.ini"
check "--check-config: 65537 bytes is one too many, said with its size" \
    said 1 "$P/settings-past-limit.ini: file is 65537 bytes; the limit is 65536" \
    "$K" --check-config "$P/settings-past-limit.ini"

# Start-up: the kiosk falls back to its built-in content and runs.
for f in fifo dir socket; do
    check "--content on a $f at start-up: logged, the built-in content shows, no hang" \
        said 0 "$P/$f is not valid: showing the built-in content instead" \
        "$K" --headless --size 800x480 --content "$P/$f" --script tests/scripts/attract.script
done
check "--content /dev/zero at start-up: not a regular file, the built-in content shows" \
    said 0 "/dev/zero: not a regular file" \
    "$K" --headless --size 800x480 --content /dev/zero --script tests/scripts/attract.script
printf 'content = %s\n' "$P/fifo" >"$P/fifo-settings.ini"
check "content = a FIFO in the settings file: logged, the built-in content shows, no hang" \
    said 0 "$P/fifo: not a regular file" \
    "$K" --config "$P/fifo-settings.ini" --headless --size 800x480 --script tests/scripts/attract.script
check "--config on a FIFO: not a regular file, the defaults apply, no hang" \
    said 0 "$P/fifo: not a regular file" \
    "$K" --config "$P/fifo" --headless --size 800x480 --script tests/scripts/attract.script

# A --content path of 240 bytes (LIMIT_SETTING_TEXT) is taken whole; 241
# is bad usage naming the option, not a path cut to another file's name.
path240=$(printf 'p%.0s' $(seq 236)).ini
check "--content with a 240-byte path is taken whole (missing: the built-in content)" \
    said 0 "$path240: cannot open: No such file or directory" "$K" --content "$path240" --list
check "--content with a 241-byte path is bad usage (2), naming the option and the limit" \
    said 2 "kiosk: --content: the path is 241 bytes; the limit is 240 (LIMIT_SETTING_TEXT)" \
    "$K" --content "p$path240" --list
