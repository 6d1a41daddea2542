/* fonts.h - the embedded type family at any pixel size, and its metrics.
 *
 * Fonts are opened from the binary's own memory, one TTF_Font per face and
 * size, kept in a small fixed cache: a slide uses a handful of sizes, and
 * reopening a font drops FreeType's glyph cache (as TTF_SetFontSize would).
 * The fonts themselves (SDL_ttf's) are for src/platform only: fonts_ttf.h.
 */
#ifndef KIOSK_FONTS_H
#define KIOSK_FONTS_H

#include <stdbool.h>

#include "../core/textfit.h"

bool fonts_init(void);
void fonts_quit(void);

/* Measurements for the core's text fitting, backed by these fonts. */
const textfit_measure_t *fonts_measure(void);

#endif
