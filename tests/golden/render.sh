# render.sh - renders everything the golden tests compare into $OUT/golden.
# Sourced by check.sh and update.sh, from the top folder, with BUILD and OUT.
golden_render() {
    for set in $(awk '!/^#/ && NF {print $1 "-" $2}' tests/golden/manifest.txt | sort -u); do
        "$BUILD/kiosk" --headless --size "${set%-*}" --lang "${set#*-}" \
            --shots "$OUT/golden/$set" >/dev/null || return 1
    done
    "$BUILD/kiosk" --headless --size 1280x720 --script tests/golden/frames.script 2>/dev/null &&
        mkdir -p "$OUT/golden/frames" &&
        for f in $(grep -v '^#' tests/golden/frames.txt); do
            mv "$OUT/$f" "$OUT/golden/frames/$f" || return 1
        done
}

# golden_pairs: "REFERENCE RENDERED" lines for everything compared.
golden_pairs() {
    awk '!/^#/ && NF { printf "tests/golden/%s-%s/slide-%03d.png %s/golden/%s-%s/slide-%03d.png\n", $1, $2, $3, out, $1, $2, $3 }' \
        out="$OUT" tests/golden/manifest.txt
    grep -v '^#' tests/golden/frames.txt | while read -r f; do
        echo "tests/golden/frames-1280x720/$f $OUT/golden/frames/$f"
    done
}
