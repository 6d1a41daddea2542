/* test_thumb.c - box-filter thumbnails: every channel averaged on its own
 * over its block, remainders dropped, the source pitch respected, and the
 * factor a contact sheet picks for common panels.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/thumb.h"

static uint32_t xrgb(uint32_t r, uint32_t g, uint32_t b)
{
    return r << 16 | g << 8 | b;
}

/* A 2x2 block: each channel its own mean, with no bleed between them even
 * when one channel sums past 255. */
static void test_2x2_block(void **state)
{
    (void)state;
    const uint32_t src[4] = {xrgb(255, 0, 10), xrgb(255, 100, 20),
                             xrgb(251, 0, 30), xrgb(253, 200, 40)};
    uint32_t dst[1] = {0xDEADBEEF};
    thumb_downscale(src, 2, 2, 2, 2, dst);
    assert_int_equal(dst[0], xrgb(254, 75, 25)); /* 253.5 rounds up */
}

/* A 3x3 block: nine pixels, rounded to nearest per channel. */
static void test_3x3_block(void **state)
{
    (void)state;
    uint32_t src[9];
    for (uint32_t i = 0; i < 9; i++) src[i] = xrgb(i * 10, 90 - i * 10, i % 2 ? 255 : 0);
    uint32_t dst[1];
    thumb_downscale(src, 3, 3, 3, 3, dst);
    /* red 360/9 = 40, green 450/9 = 50, blue 4*255/9 = 113.3 -> 113 */
    assert_int_equal(dst[0], xrgb(40, 50, 113));
}

/* The fourth byte is averaged like the others, so ARGB works as well. */
static void test_top_byte_averaged(void **state)
{
    (void)state;
    const uint32_t src[4] = {0xFF000000u, 0x00000000u, 0xFF000000u, 0x01000000u};
    uint32_t dst[1];
    thumb_downscale(src, 2, 2, 2, 2, dst);
    assert_int_equal(dst[0], 0x80000000u); /* (255+0+255+1)/4 = 127.75 */
}

/* 5x3 by 2 is 2x1: the last column and the last row are dropped, never
 * averaged in, and nothing past 2x1 is written. */
static void test_remainder_dropped(void **state)
{
    (void)state;
    uint32_t src[15];
    for (int i = 0; i < 15; i++) src[i] = xrgb(200, 200, 200);
    src[4] = src[9] = src[14] = xrgb(0, 0, 0);  /* the fifth column */
    src[10] = src[11] = src[12] = src[13] = 0; /* the third row */
    uint32_t dst[3] = {0, 0, 0x12345678u};
    thumb_downscale(src, 5, 3, 5, 2, dst);
    assert_int_equal(dst[0], xrgb(200, 200, 200));
    assert_int_equal(dst[1], xrgb(200, 200, 200));
    assert_int_equal(dst[2], 0x12345678u);
}

/* Rows 4 pixels apart, only 2 of them in the picture: the padding (junk)
 * must never be read into the average. */
static void test_pitch_respected(void **state)
{
    (void)state;
    const uint32_t J = 0xFFFFFFFFu;
    const uint32_t src[16] = {
        xrgb(10, 0, 0), xrgb(30, 0, 0), J, J,
        xrgb(50, 0, 0), xrgb(70, 0, 0), J, J,
        xrgb(0, 8, 0),  xrgb(0, 8, 0),  J, J,
        xrgb(0, 8, 0),  xrgb(0, 4, 0),  J, J,
    };
    uint32_t dst[2];
    thumb_downscale(src, 2, 4, 4, 2, dst);
    assert_int_equal(dst[0], xrgb(40, 0, 0));
    assert_int_equal(dst[1], xrgb(0, 7, 0));
}

/* Factor 1 copies the picture, packing its rows. */
static void test_factor_one_copies(void **state)
{
    (void)state;
    const uint32_t src[6] = {1, 2, 99, 3, 4, 99};
    uint32_t dst[4];
    thumb_downscale(src, 2, 2, 3, 1, dst);
    assert_int_equal(dst[0], 1);
    assert_int_equal(dst[1], 2);
    assert_int_equal(dst[2], 3);
    assert_int_equal(dst[3], 4);
}

/* Thumbnails about 640 wide, 480..960 when a whole factor allows it. */
static void test_factor_for_panels(void **state)
{
    (void)state;
    assert_int_equal(thumb_factor(1920), 3); /* 640 */
    assert_int_equal(thumb_factor(1280), 2); /* 640 */
    assert_int_equal(thumb_factor(1080), 2); /* 540 */
    assert_int_equal(thumb_factor(1600), 3); /* 533, not 800 */
    assert_int_equal(thumb_factor(800), 1);  /* 800: the slide itself */
    assert_int_equal(thumb_factor(3840), 6);
    assert_int_equal(thumb_factor(480), 1);
    assert_int_equal(thumb_factor(200), 1);  /* never 0 */
    for (int w = 600; w <= 16384; w++) {
        int t = w / thumb_factor(w);
        if (t < THUMB_MIN_W || t > THUMB_MAX_W) fail_msg("panel %d: thumb %d wide", w, t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_2x2_block),
        cmocka_unit_test(test_3x3_block),
        cmocka_unit_test(test_top_byte_averaged),
        cmocka_unit_test(test_remainder_dropped),
        cmocka_unit_test(test_pitch_respected),
        cmocka_unit_test(test_factor_one_copies),
        cmocka_unit_test(test_factor_for_panels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
