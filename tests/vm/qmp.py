#!/usr/bin/env python3
"""qmp.py - one command to a QEMU through its QMP socket (tests/vm/run.sh).

    qmp.py SOCKET screendump FILE.png   the panel's picture, as a PNG
    qmp.py SOCKET key QCODE...          keys pressed together, then released
                                        (right; ctrl alt f2)
    qmp.py SOCKET down QCODE...         keys pressed, in order, and kept down
    qmp.py SOCKET up QCODE...           keys released, in order
    qmp.py SOCKET quit                  QEMU ends

Exit 0 when QEMU answered with a return, 1 with its error, 2 on usage.
Python's standard library only: python3 is on every Debian 12.
"""
import json
import socket
import sys


def execute(sock_file, command, arguments):
    """Sends one command; returns its answer, skipping QMP events."""
    sock_file.write(json.dumps({"execute": command, "arguments": arguments}) + "\n")
    sock_file.flush()
    while True:
        line = sock_file.readline()
        if not line:
            raise ConnectionError("QEMU closed the QMP socket")
        answer = json.loads(line)
        if "return" in answer or "error" in answer:
            return answer


def request(argv):
    """The QMP command and arguments for the command line's words."""
    if argv[:1] == ["screendump"] and len(argv) == 2:
        return "screendump", {"filename": argv[1], "format": "png"}
    if argv[:1] == ["key"] and len(argv) >= 2:
        return "send-key", {"keys": [{"type": "qcode", "data": k} for k in argv[1:]]}
    if argv[:1] in (["down"], ["up"]) and len(argv) >= 2:
        return "input-send-event", {"events": [
            {"type": "key", "data": {"down": argv[0] == "down",
                                     "key": {"type": "qcode", "data": k}}} for k in argv[1:]]}
    if argv == ["quit"]:
        return "quit", {}
    return None, None


def main():
    command, arguments = request(sys.argv[2:])
    if command is None:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(60)
            sock.connect(sys.argv[1])
            sock_file = sock.makefile("rw")
            sock_file.readline()  # the greeting
            for cmd, args in (("qmp_capabilities", {}), (command, arguments)):
                answer = execute(sock_file, cmd, args)
                if "error" in answer:
                    print("qmp: %s: %s" % (cmd, answer["error"].get("desc")), file=sys.stderr)
                    return 1
    except (OSError, ValueError) as e:
        # QEMU gone or not up yet: one line, the caller decides.
        print("qmp: %s: %s" % (sys.argv[1], e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
