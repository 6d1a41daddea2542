/* test_chevron.c - the back and next arrows, painted (core/chevron.h):
 * the point and the ends are the ink, the space between the strokes and
 * the corners beyond them the background, the strokes' edges a mix of
 * the two; the back arrow is the next one mirrored; and nothing is
 * painted outside the picture when the box runs off it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/chevron.h"

#define W 40
#define H 80
#define INK 0xFFFFFFu
#define BG 0x000000u

static uint32_t pixels[H][W];
static fb_t fb = {&pixels[0][0], W, H, W};

static void clear(void)
{
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) pixels[y][x] = BG;
}

/* The whole 40x80 chevron, drawn on a cleared picture and kept in out. */
static void draw_whole(uint32_t out[H][W], bool left)
{
    clear();
    chevron_draw(&fb, (fb_rect_t){0, 0, W, H}, 8, left, INK);
    memcpy(out, pixels, sizeof pixels);
}

/* A chevron 40x80 with strokes 8 px thick: its ends' centres at (4, 4)
 * and (4, 76), its point's at (36, 40). */
static void test_next_arrow(void **state)
{
    (void)state;
    clear();
    chevron_draw(&fb, (fb_rect_t){0, 0, W, H}, 8, false, INK);
    assert_int_equal(pixels[40][36], INK); /* the point */
    assert_int_equal(pixels[4][4], INK);   /* the upper end */
    assert_int_equal(pixels[76][4], INK);  /* the lower end */
    assert_int_equal(pixels[22][20], INK); /* halfway up the upper stroke */
    assert_int_equal(pixels[40][4], BG);   /* between the strokes */
    assert_int_equal(pixels[0][39], BG);   /* beyond them */
    assert_int_equal(pixels[79][39], BG);
    /* Smoothed: somewhere along the edge, neither ink nor background. */
    int mixed = 0;
    for (int x = 0; x < W; x++) {
        uint32_t p = pixels[30][x];
        mixed += p != INK && p != BG;
    }
    assert_true(mixed >= 2);
    /* Every channel is mixed alike (a grey between black and white). */
    for (int x = 0; x < W; x++) {
        uint32_t p = pixels[30][x];
        assert_int_equal(p >> 16 & 0xFF, p & 0xFF);
        assert_int_equal(p >> 8 & 0xFF, p & 0xFF);
    }
}

/* The back arrow is the next one mirrored, pixel for pixel. */
static void test_back_is_next_mirrored(void **state)
{
    (void)state;
    static uint32_t next[H][W], back[H][W];
    draw_whole(next, false);
    draw_whole(back, true);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            assert_int_equal(back[y][x], next[y][W - 1 - x]);
    assert_int_equal(back[40][3], INK); /* its point at the left */
}

/* A box half off the picture paints only the part on it, the same
 * pixels there as drawn whole. */
static void test_clipped(void **state)
{
    (void)state;
    static uint32_t whole[H][W];
    draw_whole(whole, false);
    clear();
    fb_t half = {&pixels[0][0], W / 2, H / 2, W}; /* the top-left quarter */
    chevron_draw(&half, (fb_rect_t){0, 0, W, H}, 8, false, INK);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            assert_int_equal(pixels[y][x],
                             x < W / 2 && y < H / 2 ? whole[y][x] : BG);
    /* A box that starts left of and above the picture. */
    clear();
    chevron_draw(&half, (fb_rect_t){-10, -10, W, H}, 8, false, INK);
    for (int y = 0; y < H; y++)
        for (int x = W / 2; x < W; x++) assert_int_equal(pixels[y][x], BG);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_next_arrow),
        cmocka_unit_test(test_back_is_next_mirrored),
        cmocka_unit_test(test_clipped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
