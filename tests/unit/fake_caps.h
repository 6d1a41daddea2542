/* fake_caps.h - a fake font's cap height for the tests that measure text
 * with one: capitals two thirds of the size, as in most text faces (the
 * embedded font's: 0.668 em), rounded down as a hinted glyph may be. */
#ifndef KIOSK_TEST_FAKE_CAPS_H
#define KIOSK_TEST_FAKE_CAPS_H

#include "core/textfit.h"

static inline int fake_cap_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    (void)face;
    return px * 2 / 3;
}

#endif
