/* thumb.c - box-filter thumbnails; see thumb.h. */
#include "thumb.h"

#include <stddef.h>

int thumb_factor(int panel_w)
{
    /* Nearest to the target, not floor: 1600 / 640 = 2.5 gives 3 (533
     * wide), where floor would give 2 (800, a sheet half as wide again). */
    int f = (panel_w + THUMB_TARGET_W / 2) / THUMB_TARGET_W;
    if (f < 1) return 1;
    if (panel_w / f > THUMB_MAX_W) f++;
    if (panel_w / f < THUMB_MIN_W && f > 1 && panel_w / (f - 1) <= THUMB_MAX_W)
        f--;
    return f;
}

/* The average of one factor x factor block starting at `top_left`; each
 * byte lane is summed apart so that no channel bleeds into another. */
static uint32_t block_average(const uint32_t *top_left, int pitch_px,
                              int factor)
{
    uint32_t sum[4] = {0, 0, 0, 0};
    for (int y = 0; y < factor; y++) {
        const uint32_t *row = top_left + (ptrdiff_t)y * pitch_px;
        for (int x = 0; x < factor; x++)
            for (unsigned c = 0; c < 4; c++) sum[c] += (row[x] >> (8 * c)) & 0xFFu;
    }
    uint32_t n = (uint32_t)factor * (uint32_t)factor, out = 0;
    /* Rounded, not truncated: a flat colour stays exactly that colour and
     * the thumbnail does not darken by half a step on average. */
    for (unsigned c = 0; c < 4; c++) out |= ((sum[c] + n / 2) / n) << (8 * c);
    return out;
}

void thumb_downscale(const uint32_t *src, int sw, int sh, int src_pitch_px,
                     int factor, uint32_t *dst)
{
    int dw = sw / factor, dh = sh / factor;
    for (int y = 0; y < dh; y++) {
        const uint32_t *row = src + (ptrdiff_t)y * factor * src_pitch_px;
        for (int x = 0; x < dw; x++)
            dst[(ptrdiff_t)y * dw + x] =
                block_average(row + (ptrdiff_t)x * factor, src_pitch_px, factor);
    }
}
