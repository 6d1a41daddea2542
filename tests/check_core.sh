#!/bin/sh
# check_core.sh BUILD - the core is plain C: no SDL header, no allocator.
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
exit $status
