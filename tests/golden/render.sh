# render.sh - renders everything the golden tests compare into $OUT/golden.
# Sourced by check.sh and update.sh, from the top folder, with BUILD and OUT.
# A manifest line is SIZE LANG SLIDE [ROTATE]; its pictures live in
# SIZE-LANG/ (SIZE-LANG-rROTATE/ for a turned panel).

# golden_sets: one "DIR SIZE LANG ROTATE" line per set of shots to render.
golden_sets() {
    awk '!/^#/ && NF { r = ($4 == "" ? 0 : $4);
                       d = $1 "-" $2 (r ? "-r" r : "");
                       print d, $1, $2, r }' tests/golden/manifest.txt | sort -u
}

golden_render() {
    golden_sets | while read -r set size lang rotate; do
        "$BUILD/kiosk" --headless --size "$size" --lang "$lang" --rotate "$rotate" --burn-in-shift off \
            --shots "$OUT/golden/$set" >/dev/null || return 1
    done || return 1
    "$BUILD/kiosk" --headless --size 1280x720 --script tests/golden/frames.script 2>/dev/null &&
        mkdir -p "$OUT/golden/frames" &&
        for f in $(grep -v '^#' tests/golden/frames.txt); do
            mv "$OUT/$f" "$OUT/golden/frames/$f" || return 1
        done
}

# golden_pairs: "REFERENCE RENDERED" lines for everything compared.
golden_pairs() {
    awk '!/^#/ && NF { r = ($4 == "" ? 0 : $4);
                       d = $1 "-" $2 (r ? "-r" r : "");
                       printf "tests/golden/%s/slide-%03d.png %s/golden/%s/slide-%03d.png\n", d, $3, out, d, $3 }' \
        out="$OUT" tests/golden/manifest.txt
    grep -v '^#' tests/golden/frames.txt | while read -r f; do
        echo "tests/golden/frames-1280x720/$f $OUT/golden/frames/$f"
    done
}
