/* test_fade.c - the crossfade's steps toward the new slide. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/fade.h"

static void test_weight_runs_from_0_to_256(void **state)
{
    (void)state;
    assert_int_equal(fade_weight(0, 500), 0);
    assert_int_equal(fade_weight(250, 500), 128);
    assert_int_equal(fade_weight(499, 500), 255);
    assert_int_equal(fade_weight(500, 500), 256);
    assert_int_equal(fade_weight(10000, 500), 256);
    assert_int_equal(fade_weight(0, 0), 256); /* no fade: the new slide */
}

/* The ends are exactly the two pictures; half way is the mean of each
 * channel, the channels never bleed into each other. */
static void test_toward_per_channel(void **state)
{
    (void)state;
    const uint32_t from[3] = {0x000000u, 0xFFFFFFu, 0x10FF20u};
    const uint32_t to[3] = {0xFFFFFFu, 0x000000u, 0x30008Fu};
    uint32_t out[3];
    memcpy(out, from, sizeof out);
    fade_toward(out, to, 3, 0);
    assert_memory_equal(out, from, sizeof out);
    fade_toward(out, to, 3, 256);
    assert_memory_equal(out, to, sizeof out);
    memcpy(out, from, sizeof out);
    fade_toward(out, to, 3, 128);
    assert_int_equal(out[0], 0x808080u); /* 127.5 rounds up */
    assert_int_equal(out[1], 0x808080u);
    assert_int_equal(out[2], 0x208058u);
}

/* Longer than one block of the vectorised loop, and not a multiple of
 * it: every pixel, the tail's too, moves the same way. */
static void test_toward_every_pixel(void **state)
{
    (void)state;
    enum { N = 8 * 3 + 5 };
    uint32_t picture[N], to[N];
    for (size_t i = 0; i < N; i++) {
        picture[i] = 0x000000u + (uint32_t)i;
        to[i] = 0x404040u + (uint32_t)i;
    }
    fade_toward(picture, to, N, 64);
    for (size_t i = 0; i < N; i++)
        assert_int_equal(picture[i], 0x101010u + (uint32_t)i);
}

/* A step covers its share of what is left: from a quarter of the way to
 * half way is a third of the rest; the last step is the whole rest. */
static void test_step_weight(void **state)
{
    (void)state;
    assert_int_equal(fade_step_weight(0, 128), 128);
    assert_int_equal(fade_step_weight(64, 128), 85);
    assert_int_equal(fade_step_weight(128, 128), 0);
    assert_int_equal(fade_step_weight(200, 100), 0);
    assert_int_equal(fade_step_weight(250, 256), 256);
    assert_int_equal(fade_step_weight(0, 256), 256);
}

/* A fade in 30 steps, as the panel shows it at 60 Hz, stays within four
 * levels of the straight mix of the two pictures at every frame, for
 * every pair of channel values (the most is lost where the two differ by
 * a few levels: each step's share of them rounds to nothing until the
 * last, which lands on the new slide). */
static int worst_lag(uint32_t from, uint32_t to) /* blue channel values */
{
    uint32_t picture = from, shown = 0;
    int worst = 0;
    for (uint32_t ms = 16; ms < 500; ms += 16) {
        uint32_t target = fade_weight(ms, 500);
        fade_toward(&picture, &to, 1, fade_step_weight(shown, target));
        shown = target;
        int straight = ((int)from * (256 - (int)target) + (int)to * (int)target + 128) / 256;
        int lag = abs((int)picture - straight);
        if (lag > worst) worst = lag;
    }
    return worst;
}

static void test_steps_follow_the_straight_mix(void **state)
{
    (void)state;
    int worst = 0;
    for (uint32_t a = 0; a < 256; a++)
        for (uint32_t b = 0; b < 256; b++) {
            int lag = worst_lag(a, b);
            if (lag > worst) worst = lag;
        }
    assert_in_range(worst, 1, 4); /* 0 would mean the test saw no steps */
}

/* Chunks are at least 64 pixels and a multiple of 8, and a row never
 * has more than FADE_CHUNKS of them. */
static void test_chunk_width(void **state)
{
    (void)state;
    assert_int_equal(fade_chunk_width(800), 64);
    assert_int_equal(fade_chunk_width(4096), 64);
    assert_int_equal(fade_chunk_width(4097), 72);
    assert_int_equal(fade_chunk_width(7680), 120);
    for (uint32_t w = 1; w < 20000; w += 37) {
        uint32_t chunk = fade_chunk_width(w);
        assert_int_equal(chunk % 8, 0);
        assert_true((w + chunk - 1) / chunk <= FADE_CHUNKS);
    }
}

/* A row's mask marks the chunks with a differing pixel, the last short
 * chunk included, and nothing where the rows agree. */
static void test_row_changes(void **state)
{
    (void)state;
    enum { N = 64 * 3 + 10 };
    static uint32_t a[N], b[N];
    assert_int_equal(fade_row_changes(a, b, N, 64), 0);
    b[0] = 1;                 /* chunk 0 */
    b[64 * 2 + 63] = 1;       /* the last pixel of chunk 2 */
    b[N - 1] = 1;             /* the short chunk 3 */
    assert_int_equal(fade_row_changes(a, b, N, 64), 0xDu);
    b[64 * 2 + 63] = 0;
    assert_int_equal(fade_row_changes(a, b, N - 1, 64), 0x1u); /* n stops it */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weight_runs_from_0_to_256),
        cmocka_unit_test(test_toward_per_channel),
        cmocka_unit_test(test_toward_every_pixel),
        cmocka_unit_test(test_step_weight),
        cmocka_unit_test(test_steps_follow_the_straight_mix),
        cmocka_unit_test(test_chunk_width),
        cmocka_unit_test(test_row_changes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
