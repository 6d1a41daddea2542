#!/bin/sh
# check_core.sh BUILD - the core is plain C: no SDL header, no allocator,
# and nothing from outside itself but the C library and one hook.
# The first half reads the sources, the second the compiled objects, so a
# malloc hidden behind a macro or a helper is caught too.
build=$1
status=0
if grep -n '#include *[<"]SDL' src/core/*.c src/core/*.h; then
    echo "src/core must not include SDL"; status=1
fi
for o in "$build"/obj/core/*.o; do
    bad=$(nm -u "$o" | awk '{print $2}' | grep -E '^(SDL_|TTF_|IMG_)|^(malloc|calloc|realloc|free|strdup|strndup|aligned_alloc|posix_memalign|mmap|sbrk|brk)$')
    if [ -n "$bad" ]; then echo "$o uses: $bad"; status=1; fi
done
[ -n "$(ls "$build"/obj/core/*.o 2>/dev/null)" ] || { echo "no core objects in $build"; status=1; }
# What the core uses and does not define itself comes from the C library,
# except exactly one function: kiosk_assert_fail, which each program
# linking the core defines (src/core/kiosk_assert.h).
CC=${CC:-cc}
known=$(mktemp) || exit 1
{
    nm --defined-only "$build"/obj/core/*.o | awk 'NF == 3 {print $3}'
    for lib in libc.so.6 libm.so.6; do
        nm -D --defined-only "$($CC -print-file-name=$lib)" | awk '{print $NF}' | sed 's/@.*//'
    done
    echo kiosk_assert_fail
} | sort -u >"$known"
outside=$(nm -u "$build"/obj/core/*.o | awk 'NF == 2 {print $2}' | sort -u | comm -23 - "$known")
rm -f "$known"
if [ -n "$outside" ]; then echo "src/core uses what neither it nor libc defines:" $outside; status=1; fi
if nm --defined-only "$build"/obj/core/*.o | awk '{print $NF}' | grep -qx kiosk_assert_fail; then
    echo "src/core defines kiosk_assert_fail: the program linking it must"; status=1
fi
exit $status
