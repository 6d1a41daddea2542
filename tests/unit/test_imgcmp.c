/* test_imgcmp.c - the tolerant comparison of two RGB pictures: what counts
 * as a difference, where the first one is, and the diff picture.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/imgcmp.h"

#define W 5
#define H 4
#define BYTES (W * H * 3)

static uint8_t expected[BYTES], actual[BYTES], diff[BYTES];

/* Both pictures the same gradient; the diff picture filled with junk. */
static int reset(void **state)
{
    (void)state;
    for (int i = 0; i < BYTES; i++) expected[i] = (uint8_t)(40 + i * 2);
    memcpy(actual, expected, sizeof actual);
    memset(diff, 0x5A, sizeof diff);
    return 0;
}

static uint8_t *pixel(uint8_t *picture, int x, int y)
{
    return picture + (y * W + x) * 3;
}

static void assert_magenta(int x, int y)
{
    const uint8_t *p = pixel(diff, x, y);
    assert_int_equal(p[0], 255);
    assert_int_equal(p[1], 0);
    assert_int_equal(p[2], 255);
}

/* Not magenta: the expected picture, dimmed to a quarter. */
static void assert_dimmed(int x, int y)
{
    const uint8_t *p = pixel(diff, x, y), *e = pixel(expected, x, y);
    for (int c = 0; c < 3; c++) assert_int_equal(p[c], e[c] / 4);
}

/* ------------------------------------------------------------ tests */

static void test_identical(void **state)
{
    (void)state;
    imgcmp_result_t r = imgcmp_compare(expected, actual, W, H, 0, diff);
    assert_int_equal(r.differing, 0);
    assert_int_equal(r.max_delta, 0);
    assert_int_equal(r.first_x, -1);
    assert_int_equal(r.first_y, -1);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) assert_dimmed(x, y);
}

static void test_within_tolerance(void **state)
{
    (void)state;
    pixel(actual, 1, 1)[2] += IMGCMP_TOLERANCE;     /* blue, up */
    pixel(actual, 3, 2)[0] -= IMGCMP_TOLERANCE;     /* red, down */
    imgcmp_result_t r =
        imgcmp_compare(expected, actual, W, H, IMGCMP_TOLERANCE, diff);
    assert_int_equal(r.differing, 0);
    assert_int_equal(r.max_delta, IMGCMP_TOLERANCE);
    assert_int_equal(r.first_x, -1);
    assert_int_equal(r.first_y, -1);
    assert_dimmed(1, 1);
    assert_dimmed(3, 2);
}

static void test_beyond_tolerance(void **state)
{
    (void)state;
    /* In raster order (2, 1) comes before (0, 3) and (4, 3). */
    pixel(actual, 4, 3)[1] += 30;
    pixel(actual, 0, 3)[0] -= IMGCMP_TOLERANCE + 1;
    pixel(actual, 2, 1)[2] += IMGCMP_TOLERANCE + 1;
    pixel(actual, 1, 0)[1] += IMGCMP_TOLERANCE; /* within: not counted */
    imgcmp_result_t r =
        imgcmp_compare(expected, actual, W, H, IMGCMP_TOLERANCE, diff);
    assert_int_equal(r.differing, 3);
    assert_int_equal(r.max_delta, 30);
    assert_int_equal(r.first_x, 2);
    assert_int_equal(r.first_y, 1);
}

static void test_tolerance_zero_counts_any_change(void **state)
{
    (void)state;
    pixel(actual, 3, 0)[0] ^= 1;
    imgcmp_result_t r = imgcmp_compare(expected, actual, W, H, 0, NULL);
    assert_int_equal(r.differing, 1);
    assert_int_equal(r.max_delta, 1);
    assert_int_equal(r.first_x, 3);
    assert_int_equal(r.first_y, 0);
}

static void test_several_channels_one_pixel(void **state)
{
    (void)state;
    uint8_t *p = pixel(actual, 1, 2);
    p[0] += 20;
    p[1] -= 25;
    p[2] += 9;
    imgcmp_result_t r =
        imgcmp_compare(expected, actual, W, H, IMGCMP_TOLERANCE, NULL);
    assert_int_equal(r.differing, 1); /* pixels, not channels */
    assert_int_equal(r.max_delta, 25);
}

static void test_diff_picture(void **state)
{
    (void)state;
    pixel(actual, 0, 0)[0] += 100;
    pixel(actual, 4, 3)[2] -= 50;
    pixel(actual, 2, 2)[1] += IMGCMP_TOLERANCE; /* within */
    imgcmp_result_t r =
        imgcmp_compare(expected, actual, W, H, IMGCMP_TOLERANCE, diff);
    assert_int_equal(r.differing, 2);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            if ((x == 0 && y == 0) || (x == 4 && y == 3)) assert_magenta(x, y);
            else assert_dimmed(x, y);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_identical, reset),
        cmocka_unit_test_setup(test_within_tolerance, reset),
        cmocka_unit_test_setup(test_beyond_tolerance, reset),
        cmocka_unit_test_setup(test_tolerance_zero_counts_any_change, reset),
        cmocka_unit_test_setup(test_several_channels_one_pixel, reset),
        cmocka_unit_test_setup(test_diff_picture, reset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
