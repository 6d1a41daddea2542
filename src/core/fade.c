/* fade.c - crossfade arithmetic; see fade.h. */
#include "fade.h"

uint32_t fade_weight(uint64_t elapsed_ms, uint32_t duration_ms)
{
    if (duration_ms == 0 || elapsed_ms >= duration_ms) return 256;
    return (uint32_t)(elapsed_ms * 256u / duration_ms);
}

/* Red and blue are mixed together, green apart: each product fits in the
 * 8 bits above its channel, so two multiplies do three channels. */
void fade_mix(const uint32_t *from, const uint32_t *to, uint32_t *out,
              size_t n, uint32_t weight)
{
    uint32_t keep = 256u - weight;
    for (size_t i = 0; i < n; i++) {
        uint32_t a = from[i], b = to[i];
        uint32_t rb = ((a & 0xFF00FFu) * keep + (b & 0xFF00FFu) * weight) >> 8;
        uint32_t g = ((a & 0x00FF00u) * keep + (b & 0x00FF00u) * weight) >> 8;
        out[i] = (rb & 0xFF00FFu) | (g & 0x00FF00u);
    }
}
