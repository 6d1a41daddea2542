/* palette.c - the show's colours; see palette.h. */
#include "palette.h"

/* One palette for the whole show: a dark wall panel with warm white text
 * (high contrast, no glare in a dim gallery); jade for Mexico and red for
 * North Korea mark the two sides everywhere; amber marks dates and figures. */
const palette_rgb_t palette_ink[INK_COUNT] = {
    [INK_BACKGROUND] = {0x0E, 0x16, 0x21},
    [INK_TEXT] = {0xF3, 0xEF, 0xE6},
    [INK_MUTED] = {0x9D, 0xAB, 0xBB},
    [INK_ACCENT] = {0xF0, 0xB6, 0x4E},
    [INK_MEXICO] = {0x3C, 0xB9, 0x82},
    [INK_NORTH_KOREA] = {0xEE, 0x5E, 0x68},
    [INK_TRACK] = {0x27, 0x33, 0x44},
    /* The era bands' tints: each side's colour 46% and 24% of the way from
     * the background, so the other eras recede behind the current one (the
     * full colour) and neighbours still differ from each other. */
    [INK_MEXICO_DIM] = {0x23, 0x61, 0x4E},
    [INK_MEXICO_DIMMER] = {0x19, 0x3D, 0x38},
    [INK_NORTH_KOREA_DIM] = {0x75, 0x37, 0x42},
    [INK_NORTH_KOREA_DIMMER] = {0x44, 0x27, 0x32},
};

/* A black panel: asleep, it lights nothing. */
const palette_rgb_t palette_asleep_background = {0x00, 0x00, 0x00};

/* Dim enough to read across a dark gallery, not enough to light it. */
const palette_rgb_t palette_closed_notice = {0x4C, 0x53, 0x5C};
