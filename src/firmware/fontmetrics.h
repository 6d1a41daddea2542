/* fontmetrics.h - text measurement from tables, for a board without a font
 * engine.
 *
 * The tables are generated at build time (tools/gen_fontmetrics.c, into
 * build/firmware/) from the fonts the simulator draws with, and replay
 * what SDL_ttf 2.20 (HarfBuzz over FreeType, light hinting) reports for
 * TTF_SizeUTF8, TTF_FontLineSkip and the capital H: the core then lays a
 * slide out on the board exactly as on the simulator. Portable C11, no
 * allocation: it builds for the host (to test it) and the target alike.
 */
#ifndef KIOSK_FONTMETRICS_H
#define KIOSK_FONTMETRICS_H

#include <stdint.h>

#include "../core/textfit.h"

/* One face at one size. */
typedef struct {
    int16_t line_skip;  /* TTF_FontLineSkip */
    int16_t cap_height; /* the H's top above the baseline */
    int32_t x_mult;     /* HarfBuzz's font unit to 26.6 pixels, in 16.16 */
} fontmetrics_size_t;

/* One character of one face at one size. */
typedef struct {
    int16_t advance; /* hinted, in 26.6 pixels */
    int8_t left;     /* the glyph box's left edge from the pen, pixels */
    uint8_t width;   /* its width, pixels */
} fontmetrics_glyph_t;

/* A kerning pair: the first character's advance changes by `units` (font
 * units) when the second follows it. */
typedef struct {
    uint16_t a, b; /* indices into fontmetrics_chars */
    int16_t units;
} fontmetrics_pair_t;

typedef struct {
    const fontmetrics_pair_t *pairs; /* sorted by (a, b) */
    int count;
} fontmetrics_pairs_t;

/* The generated tables: chars sorted; sizes by face then px; glyphs by
 * face, px, then char; pairs by face (FACE_REGULAR, FACE_BOLD). */
extern const uint32_t fontmetrics_chars[];
extern const int fontmetrics_char_count;
extern const int fontmetrics_px_min, fontmetrics_px_max;
extern const fontmetrics_size_t fontmetrics_sizes[];
extern const fontmetrics_glyph_t fontmetrics_glyphs[];
extern const fontmetrics_pairs_t fontmetrics_pairs[];

/* Measurements for the core's text fitting (textfit.h), from the tables. */
const textfit_measure_t *fontmetrics_measure(void);

/* How many times a character or a size was asked for that the tables do
 * not hold (measured as nothing, or the size itself): must stay 0. */
uint32_t fontmetrics_misses(void);

#endif
