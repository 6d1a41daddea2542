/* imgcmp.h - a tolerant comparison of two RGB pictures.
 *
 * Golden screenshots are compared by pixels, never by PNG bytes: two
 * pictures match when no channel of any pixel differs by more than the
 * tolerance (as SDL's SDLTest_CompareSurfaces does), so that a harmless
 * rounding difference in anti-aliasing does not fail a test, while a
 * moved word or a changed colour does.
 */
#ifndef KIOSK_IMGCMP_H
#define KIOSK_IMGCMP_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    uint64_t differing; /* pixels with a channel beyond the tolerance */
    int max_delta;      /* the largest channel difference seen */
    int first_x, first_y; /* the first differing pixel, -1 if none */
} imgcmp_result_t;

/* Default tolerance per channel, out of 255. */
#define IMGCMP_TOLERANCE 8

/* Compares two w x h RGB pictures (3 bytes a pixel, rows packed). When
 * diff is not NULL it receives a picture of the same size: the expected
 * picture dimmed, with every differing pixel in bright magenta. */
imgcmp_result_t imgcmp_compare(const uint8_t *expected, const uint8_t *actual,
                               int w, int h, int tolerance, uint8_t *diff);

#endif
