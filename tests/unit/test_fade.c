/* test_fade.c - the crossfade's mix of two pictures. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
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
static void test_mix_per_channel(void **state)
{
    (void)state;
    const uint32_t from[3] = {0x000000u, 0xFFFFFFu, 0x10FF20u};
    const uint32_t to[3] = {0xFFFFFFu, 0x000000u, 0x30008Fu};
    uint32_t out[3];
    fade_mix(from, to, out, 3, 0);
    assert_memory_equal(out, from, sizeof out);
    fade_mix(from, to, out, 3, 256);
    assert_memory_equal(out, to, sizeof out);
    fade_mix(from, to, out, 3, 128);
    assert_int_equal(out[0], 0x7F7F7Fu);
    assert_int_equal(out[1], 0x7F7F7Fu);
    assert_int_equal(out[2], 0x207F57u);
}

/* Mixing into one of its own inputs is allowed (the framebuffer). */
static void test_mix_in_place(void **state)
{
    (void)state;
    uint32_t a[2] = {0x000000u, 0x202020u};
    const uint32_t b[2] = {0x404040u, 0x202020u};
    fade_mix(a, b, a, 2, 64);
    assert_int_equal(a[0], 0x101010u);
    assert_int_equal(a[1], 0x202020u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weight_runs_from_0_to_256),
        cmocka_unit_test(test_mix_per_channel),
        cmocka_unit_test(test_mix_in_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
