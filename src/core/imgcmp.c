/* imgcmp.c - tolerant picture comparison; see imgcmp.h. */
#include "imgcmp.h"

#include <stddef.h>

static int delta(uint8_t a, uint8_t b) { return a > b ? a - b : b - a; }

static void mark(uint8_t *diff, size_t i, const uint8_t *expected, bool bad)
{
    if (bad) {
        diff[i] = 0xFF;
        diff[i + 1] = 0x00;
        diff[i + 2] = 0xFF;
        return;
    }
    for (size_t c = 0; c < 3; c++) diff[i + c] = (uint8_t)(expected[i + c] / 4);
}

imgcmp_result_t imgcmp_compare(const uint8_t *expected, const uint8_t *actual,
                               int w, int h, int tolerance, uint8_t *diff)
{
    imgcmp_result_t r = {0, 0, -1, -1};
    size_t n = (size_t)w * (size_t)h;
    for (size_t p = 0; p < n; p++) {
        size_t i = p * 3;
        int worst = 0;
        for (size_t c = 0; c < 3; c++) {
            int d = delta(expected[i + c], actual[i + c]);
            if (d > worst) worst = d;
        }
        if (worst > r.max_delta) r.max_delta = worst;
        bool bad = worst > tolerance;
        if (bad && r.differing++ == 0) {
            r.first_x = (int)(p % (size_t)w);
            r.first_y = (int)(p / (size_t)w);
        }
        if (diff) mark(diff, i, expected, bad);
    }
    return r;
}
