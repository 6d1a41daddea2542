/* fonts_ttf.h - the fonts of fonts.h as SDL_ttf opens them, for the
 * platform's own drawing and checks (canvas.c, glyphs.c); the app only
 * measures, through fonts_measure(). */
#ifndef KIOSK_FONTS_TTF_H
#define KIOSK_FONTS_TTF_H

#include <SDL_ttf.h>

#include "fonts.h"

/* The font for a face at px pixels; NULL (with a logged error) on failure. */
TTF_Font *fonts_get(textfit_face_t face, int px);

#endif
