#!/bin/sh
# update.sh - rewrites the golden references (make update-golden). Look at
# every picture it lists before committing them: they become the truth.
set -e
# frames.script writes into build/test-out, so that is where we render.
OUT=$BUILD/test-out
rm -rf "$OUT" && mkdir -p "$OUT"
. tests/golden/render.sh
golden_render
golden_pairs | while read -r ref got; do
    mkdir -p "$(dirname "$ref")"
    cp "$got" "$ref"
    echo "updated $ref"
done
