/* test_zstream.c - the two-piece zlib stream inflates to its input, with
 * a right Adler-32 (zlib's uncompress checks it), whatever the size:
 * too small to split, split, incompressible, and flat like a slide. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <cmocka.h>
#include <zlib.h>

#include "platform/zstream.h"

/* Compresses n bytes, inflates them back and compares. */
static void round_trip(const uint8_t *in, size_t n)
{
    size_t cap = zstream_bound(n);
    uint8_t *z = malloc(cap), *back = malloc(n + 1);
    assert_non_null(z);
    assert_non_null(back);
    size_t len = zstream_compress(in, n, z, cap);
    assert_true(len > 0 && len <= cap);
    uLongf back_len = (uLongf)n + 1;
    assert_int_equal(uncompress(back, &back_len, z, (uLong)len), Z_OK);
    assert_int_equal(back_len, n);
    assert_memory_equal(back, in, n);
    free(z);
    free(back);
}

/* Rows of flat colour with a few "glyphs": what a slide looks like. */
static void fill_like_a_slide(uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (i / 5761) % 7 == 3 && (i * 2654435761u >> 13) % 5 == 0
                   ? (uint8_t)(i * 31u) : (uint8_t)(0x10 + i % 3);
}

static void test_round_trips(void **state)
{
    (void)state;
    static const size_t sizes[] = {0, 1, 100, 4096, 256 * 1024 - 1,
                                   256 * 1024, 1000003, 6222000};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        size_t n = sizes[k];
        uint8_t *flat = malloc(n + 1), *noise = malloc(n + 1);
        assert_non_null(flat);
        assert_non_null(noise);
        fill_like_a_slide(flat, n);
        uint32_t x = 2463534242u; /* xorshift: incompressible bytes */
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            noise[i] = (uint8_t)x;
        }
        round_trip(flat, n);
        round_trip(noise, n);
        free(flat);
        free(noise);
    }
}

/* Too little room is a failure (0), never a cut-short stream. */
static void test_short_output_fails(void **state)
{
    (void)state;
    uint8_t in[1000] = {0}, out[64];
    assert_int_equal(zstream_compress(in, sizeof in, out, sizeof out), 0);
}

/* A slide deflates to a small fraction of itself: the pieces are really
 * compressed, not stored. */
static void test_slide_compresses(void **state)
{
    (void)state;
    size_t n = 6222000;
    uint8_t *in = malloc(n), *z = malloc(zstream_bound(n));
    assert_non_null(in);
    assert_non_null(z);
    fill_like_a_slide(in, n);
    size_t len = zstream_compress(in, n, z, zstream_bound(n));
    assert_true(len > 0 && len < n / 10);
    free(in);
    free(z);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_short_output_fails),
        cmocka_unit_test(test_slide_compresses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
