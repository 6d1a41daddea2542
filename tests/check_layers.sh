#!/bin/sh
# check_layers.sh - SDL stays in src/platform: no file of src/app reaches
# an SDL or SDL_ttf header, directly or through a header it includes, and
# no SDL name (SDL_Surface, SDL_Rect, SDL_Event, TTF_Font...) is left in
# its code. The app speaks core/fb.h's types and the platform's own
# functions, so another board (fbdev, KMS without SDL) replaces
# src/platform alone.
# Each file is preprocessed with SDL's include paths given, so that an
# include of <SDL.h> is found and caught here, not merely a build error;
# comments are gone by then, so prose may name SDL freely.
CC=${CC:-cc}
flags="-std=c11 -D_POSIX_C_SOURCE=200809L $(pkg-config --cflags sdl2 SDL2_ttf)"
status=0
for c in src/app/*.c; do
    out=$($CC -E $flags "$c") || { echo "$c: does not preprocess"; status=1; continue; }
    headers=$(printf '%s\n' "$out" | sed -n 's/^# [0-9]* "\([^"]*SDL[^"]*\)".*/\1/p' | sort -u)
    names=$(printf '%s\n' "$out" | grep -v '^#' | grep -oE '\b(SDL|TTF|IMG)_[A-Za-z0-9_]+' | sort -u)
    # The first few of each: one is enough to find the include.
    if [ -n "$headers" ]; then echo "$c reaches SDL's headers:" $(echo "$headers" | head -3) ...; status=1; fi
    if [ -n "$names" ]; then echo "$c uses SDL names:" $(echo "$names" | head -5) ...; status=1; fi
done
[ -n "$(ls src/app/*.c 2>/dev/null)" ] || { echo "no src/app/*.c"; status=1; }
exit $status
