#!/bin/sh
# run.sh [LIST] - the mutation score: each mutation of LIST (default
# tests/mutants/list.tsv) is applied alone to a scratch copy of the tree
# (build/mutants/tree), which is built and tested: the fast stage first
# (tests/run.sh STAGE=fast: unit tests, content and settings files, the
# command line, headless scripts), and only when that misses it the rest
# (STAGE=rest through `make test`: layout, crossfades, golden pictures,
# the end-to-end tests, sanitizers, fuzzing, soak). Run by `make mutants`.
#
# LIST holds one mutation a line, four fields separated by tabs:
#   FILE  TEXT  REPLACEMENT  WHY
# TEXT must occur exactly once in FILE; "\n" in TEXT or REPLACEMENT is a
# new line. No field may be empty (the shell reads two tabs as one): to
# delete a line, take the next one into TEXT and REPLACEMENT. Lines
# starting with "#" and blank lines are skipped.
#
# Prints one line a mutation, KILLED (by which stage), SURVIVED, or ERROR
# (the text is not found or not unique, or the mutant does not build: a
# fault of the list, never counted as killed), then the score: killed of
# killed + survived. Exit status: 0 when nothing survived and no line was
# an error.
#
# MUTANTS_ONLY=REGEX runs only the lines that match; MUTANTS_REST=0 skips
# the rest stage (a mutation the fast stage misses is then reported as
# "SURVIVED fast (rest not run)" and counts as survived).
LIST=${1:-tests/mutants/list.tsv}
ROOT=$(pwd)
WORK=$ROOT/build/mutants
TREE=$WORK/tree
REPORT=$WORK/report.txt
mkdir -p "$WORK" && : >"$REPORT"

# printf, not echo: dash's echo would make a "\n" of the list a new line.
say() { printf '%s\n' "$*" | tee -a "$REPORT"; }

# The tree as it is (tracked files and new ones not ignored, edits
# included), without build outputs. Its build directory is kept between
# runs, and the files come in with the time of the copy (tar -m): with
# their own, older times, an object built from the last run's last
# mutant would look newer than its source and be kept.
copy_tree() {
    mkdir -p "$TREE" &&
        { git ls-files -z --cached --others --exclude-standard; } |
        tar --null -T - -cf - 2>/dev/null | tar -xmf - -C "$TREE"
}

# The fast stage: the kiosk (whose build checks the built-in content), the
# unit tests and the comparison tool, then the checks.
build_fast() { nice make </dev/null -s -C "$TREE" build/kiosk unit build/golden-compare build/glyph-shapes >"$WORK/build.log" 2>&1; }
run_fast() {
    (cd "$TREE" && STAGE=fast BUILD=build UNIT_TESTS="$(make -s --no-print-directory print-unit-tests)" \
        timeout 900 nice tests/run.sh) </dev/null >"$WORK/fast.log" 2>&1
}
run_rest() { (cd "$TREE" && STAGE=rest timeout 3600 nice make -s test) </dev/null >"$WORK/rest.log" 2>&1; }

copy_tree || { echo "cannot copy the tree to $TREE"; exit 1; }
echo "building the unmutated tree in $TREE and running the fast stage on it..."
if ! build_fast || ! run_fast; then
    cat "$WORK/build.log"; grep FAIL "$WORK/fast.log"
    echo "the unmutated tree fails its fast stage: no score on a red suite"; exit 1
fi

killed=0; survived=0; errors=0; n=0
tab=$(printf '\t')
while IFS="$tab" read -r file text replacement why <&3; do
    case $file in ''|'#'*) continue ;; esac
    line="$file: '$text' -> '$replacement'"
    if [ -n "${MUTANTS_ONLY:-}" ] && ! printf '%s\n' "$line" | grep -Eq -- "$MUTANTS_ONLY"; then continue; fi
    n=$((n + 1))
    if [ -z "$why" ]; then say "ERROR     $line: needs four tab-separated fields"; errors=$((errors + 1)); continue; fi
    cp "$TREE/$file" "$WORK/original" 2>/dev/null || { say "ERROR     $line: no such file"; errors=$((errors + 1)); continue; }
    if ! msg=$(python3 "$ROOT/tests/mutants/apply.py" "$TREE/$file" "$text" "$replacement"); then
        say "ERROR     $msg"; errors=$((errors + 1)); continue
    fi
    if ! build_fast; then
        say "ERROR     $line: the mutant does not build"; errors=$((errors + 1))
    elif ! run_fast; then
        say "KILLED    fast: $line ($(grep -c '^FAIL' "$WORK/fast.log") checks failed)"; killed=$((killed + 1))
    elif [ "${MUTANTS_REST:-1}" = 0 ]; then
        say "SURVIVED  fast (rest not run): $line  # $why"; survived=$((survived + 1))
    elif ! run_rest; then
        say "KILLED    rest: $line ($(grep -c '^FAIL' "$WORK/rest.log") checks failed)"; killed=$((killed + 1))
        grep '^FAIL' "$WORK/rest.log" | head -n 3 | sed 's/^/          /' | tee -a "$REPORT"
    else
        say "SURVIVED  $line  # $why"; survived=$((survived + 1))
    fi
    # Back to the original, with a new time so that make rebuilds it.
    cat "$WORK/original" >"$TREE/$file"
done 3<"$LIST"

total=$((killed + survived))
pct=0; [ "$total" -gt 0 ] && pct=$((100 * killed / total))
say ""
say "mutation score: $killed killed of $total ($pct%), $survived survived, $errors errors ($n mutations, $(date -u +%Y-%m-%d))"
[ "$survived" -eq 0 ] && [ "$errors" -eq 0 ]
