/* fake_font.h - a fake font for the tests that lay slides out without
 * FreeType: every byte as wide as 55% of the size (58% bold), lines 1.36
 * of the size, capitals two thirds of it (fake_caps.h). Somewhat wider
 * than the embedded font, so a layout that fits here fits on the wall;
 * the real font's fit is --check-content's to judge. */
#ifndef KIOSK_TEST_FAKE_FONT_H
#define KIOSK_TEST_FAKE_FONT_H

#include "core/textfit.h"
#include "fake_caps.h"

static inline int fake_width(void *ctx, textfit_face_t face, int px,
                             const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    int per_byte = px * (face == FACE_BOLD ? 58 : 55); /* hundredths */
    return (int)n * per_byte / 100;
}

static inline int fake_line_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    (void)face;
    return (px * 136 + 99) / 100;
}

static const textfit_measure_t fake = {fake_width, fake_line_height,
                                       fake_cap_height, NULL};

#endif
