/* palette.h - the show's colours, as plain RGB: the one set of constants
 * the renderer paints with (src/platform/canvas.c) and the contrast test
 * measures (tests/unit/test_palette.c), so what is checked is what is
 * shown.
 */
#ifndef KIOSK_PALETTE_H
#define KIOSK_PALETTE_H

#include <stdint.h>

#include "view.h"

typedef struct {
    uint8_t r, g, b;
} palette_rgb_t;

/* The view's inks, indexed by view_ink_t. */
extern const palette_rgb_t palette_ink[INK_COUNT];

/* Asleep with the closed notice on: the notice's words on the panel's
 * black. */
extern const palette_rgb_t palette_asleep_background;
extern const palette_rgb_t palette_closed_notice;

#endif
