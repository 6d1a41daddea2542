/* fonts.h - the embedded type family at any pixel size, and its metrics.
 *
 * Fonts are opened from the binary's own memory, one TTF_Font per face and
 * size, kept in a small fixed cache: a slide uses a handful of sizes, and
 * reopening a font drops FreeType's glyph cache (as TTF_SetFontSize would).
 */
#ifndef KIOSK_FONTS_H
#define KIOSK_FONTS_H

#include <stdbool.h>

#include <SDL_ttf.h>

#include "../core/textfit.h"

bool fonts_init(void);
void fonts_quit(void);

/* The font for a face at px pixels; NULL (with a logged error) on failure. */
TTF_Font *fonts_get(textfit_face_t face, int px);

/* Measurements for the core's text fitting, backed by these fonts. */
const textfit_measure_t *fonts_measure(void);

#endif
