#!/usr/bin/env python3
"""apply.py FILE TEXT REPLACEMENT: replaces the one occurrence of TEXT in
FILE with REPLACEMENT ("\\n" in either is a new line, "\\t" a tab).

Exit status: 0 replaced; 3 TEXT is not in FILE; 4 TEXT is there more than
once (the mutation would be ambiguous); 5 FILE cannot be read. A mutation
that does not apply is an error of the list, never a kill."""
import sys


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def main():
    path, text, replacement = sys.argv[1], unescape(sys.argv[2]), unescape(sys.argv[3])
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        print(f"{path}: cannot read: {e.strerror}")
        return 5
    found = source.count(text)
    if found == 0:
        print(f"{path}: text not found: {text!r}")
        return 3
    if found > 1:
        print(f"{path}: text found {found} times: {text!r}")
        return 4
    with open(path, "w", encoding="utf-8") as f:
        f.write(source.replace(text, replacement))
    return 0


sys.exit(main())
