/* test_rotate.c - turning pictures for sideways and upside-down panels. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/rotate.h"

/* A 3x2 upright picture with every pixel distinct:
 *   1 2 3
 *   4 5 6          */
static uint32_t upright[6] = {1, 2, 3, 4, 5, 6};
static uint32_t panel[6];

static void turn(int degrees, int pw, int ph)
{
    fb_t src = {upright, 3, 2, 3};
    fb_t dst = {panel, pw, ph, pw};
    for (int i = 0; i < 6; i++) panel[i] = 0;
    rotate_copy(&src, &dst, (fb_rect_t){0, 0, 3, 2}, degrees);
}

/* Clockwise, as `convert -rotate 90` turns an image: the top row becomes
 * the right column. */
static void test_quarter_turn(void **state)
{
    (void)state;
    turn(90, 2, 3);
    const uint32_t want[6] = {4, 1, 5, 2, 6, 3};
    assert_memory_equal(panel, want, sizeof want);
}

static void test_half_turn(void **state)
{
    (void)state;
    turn(180, 3, 2);
    const uint32_t want[6] = {6, 5, 4, 3, 2, 1};
    assert_memory_equal(panel, want, sizeof want);
}

static void test_three_quarter_turn(void **state)
{
    (void)state;
    turn(270, 2, 3);
    const uint32_t want[6] = {3, 6, 2, 5, 1, 4};
    assert_memory_equal(panel, want, sizeof want);
}

static void test_no_turn(void **state)
{
    (void)state;
    turn(0, 3, 2);
    assert_memory_equal(panel, upright, sizeof upright);
}

/* Only the rectangle asked for is copied (a dirty rectangle's flush), and
 * its panel rectangle is where it landed. */
static void test_partial_rect(void **state)
{
    (void)state;
    fb_t src = {upright, 3, 2, 3};
    fb_t dst = {panel, 2, 3, 2};
    for (int i = 0; i < 6; i++) panel[i] = 0;
    fb_rect_t r = {1, 0, 2, 1}; /* pixels 2 and 3 */
    rotate_copy(&src, &dst, r, 90);
    const uint32_t want[6] = {0, 0, 0, 2, 0, 3};
    assert_memory_equal(panel, want, sizeof want);
    fb_rect_t m = rotate_map_rect(r, 3, 2, 90);
    assert_int_equal(m.x, 1);
    assert_int_equal(m.y, 1);
    assert_int_equal(m.w, 1);
    assert_int_equal(m.h, 2);
}

/* A rectangle maps to one of the same area inside the turned panel. */
static void test_map_rect_stays_inside(void **state)
{
    (void)state;
    const int degrees[] = {0, 90, 180, 270};
    for (int d = 0; d < 4; d++) {
        fb_rect_t m = rotate_map_rect((fb_rect_t){100, 50, 300, 20},
                                          1080, 1920, degrees[d]);
        int pw = degrees[d] % 180 ? 1920 : 1080;
        int ph = degrees[d] % 180 ? 1080 : 1920;
        assert_int_equal(m.w * m.h, 300 * 20);
        assert_true(m.x >= 0 && m.y >= 0);
        assert_true(m.x + m.w <= pw && m.y + m.h <= ph);
    }
}

/* rotate_unmap_point undoes rotate_map_rect for every pixel of a small
 * picture at every turn: a touch lands on the upright pixel drawn there. */
static void test_unmap_point_inverts_map(void **state)
{
    (void)state;
    const int degrees[] = {0, 90, 180, 270};
    const int w = 7, h = 4; /* upright; not square, so w and h can't mix */
    for (int d = 0; d < 4; d++) {
        int pw = degrees[d] % 180 ? h : w;
        int ph = degrees[d] % 180 ? w : h;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                fb_rect_t m = rotate_map_rect((fb_rect_t){x, y, 1, 1},
                                                  w, h, degrees[d]);
                assert_true(m.x >= 0 && m.x < pw && m.y >= 0 && m.y < ph);
                rotate_point_t u = rotate_unmap_point(m.x, m.y, pw, ph,
                                                      degrees[d]);
                assert_int_equal(u.x, x);
                assert_int_equal(u.y, y);
            }
    }
    /* And by hand, on a 1280x720 panel turned 90 degrees (a 720x1280
     * upright picture): the panel's top right corner is the upright top
     * left, its bottom left the upright bottom right. */
    rotate_point_t p = rotate_unmap_point(1279, 0, 1280, 720, 90);
    assert_int_equal(p.x, 0);
    assert_int_equal(p.y, 0);
    p = rotate_unmap_point(0, 719, 1280, 720, 90);
    assert_int_equal(p.x, 719);
    assert_int_equal(p.y, 1279);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quarter_turn),
        cmocka_unit_test(test_half_turn),
        cmocka_unit_test(test_three_quarter_turn),
        cmocka_unit_test(test_no_turn),
        cmocka_unit_test(test_partial_rect),
        cmocka_unit_test(test_map_rect_stays_inside),
        cmocka_unit_test(test_unmap_point_inverts_map),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
