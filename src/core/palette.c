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
    /* The muted blue-grey 53% of the way from the background: the least
     * that shows the empty track and the timeline's axis at 3:1 on the
     * slide (WCAG 2.1 for graphics; #273344 was 1.42:1), the amber fill
     * still 3.2:1 on it. */
    [INK_TRACK] = {0x5A, 0x66, 0x73},
    /* The era bands' tints: each side's colour mixed with the background,
     * at 4:1 and 3.1:1 on the slide, so every era shows (the darker tints
     * of before, 1.4 to 2.5:1, all but vanished) and neighbours differ
     * from each other. The own era stands apart by its outline
     * (VIEW_BAND_OUTLINE_INK), not by darker neighbours. */
    [INK_MEXICO_DIM] = {0x2D, 0x85, 0x63},
    [INK_MEXICO_DIMMER] = {0x28, 0x71, 0x57},
    [INK_NORTH_KOREA_DIM] = {0xC4, 0x50, 0x5B},
    [INK_NORTH_KOREA_DIMMER] = {0xA5, 0x46, 0x51},
};

/* A black panel: asleep, it lights nothing. */
const palette_rgb_t palette_asleep_background = {0x00, 0x00, 0x00};

/* Dim enough not to light a dark gallery, bright enough to read across
 * it: the old grey #4C535C made 1.42 times brighter, 4.56:1 on black
 * (text's 4.5:1; it was 2.70:1). */
const palette_rgb_t palette_closed_notice = {0x6C, 0x76, 0x83};
