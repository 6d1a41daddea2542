# check.sh - golden screenshot tests; sourced by tests/run.sh (uses `check`).
# Renders headless and compares each picture with its reference within a
# small per-channel tolerance (tests/tools/golden_compare.c). A difference
# writes NAME.diff.png beside the rendered picture; a missing reference
# fails: references are only made by `make update-golden`.
. tests/golden/render.sh
check "render the golden slides and frames headless" golden_render
golden_pairs > "$OUT/golden-pairs.txt"
while read -r ref got; do
    check "golden ${ref#tests/golden/}" "$BUILD/golden-compare" "$ref" "$got" "${got%.png}.diff.png"
done < "$OUT/golden-pairs.txt"
