/* test_textfit.c - wrap, shrink and ellipsis, measured by a fake font in
 * which every byte is 10 px wide whatever the size, and a line is
 * px + px/4 tall. Widths are thus easy to count, and shrinking helps only
 * by fitting more lines into the box's height.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/textfit.h"
#include "fake_caps.h"

#define BYTE_W 10
#define ELLIPSIS_W ((int)(sizeof TEXTFIT_ELLIPSIS - 1) * BYTE_W)

static int fake_width(void *ctx, textfit_face_t face, int px, const char *s,
                      size_t n)
{
    (void)ctx;
    (void)face;
    (void)px;
    (void)s;
    return (int)n * BYTE_W;
}

static int fake_line_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    (void)face;
    return px + px / 4;
}

static const textfit_measure_t fake = {fake_width, fake_line_height,
                                       fake_cap_height, NULL};

/* The floor these tests fit with: 60% of the nominal size. */
#define FLOOR_PERCENT 60

static textfit_t fit;

static void fit_text(const char *text, int nominal, int w, int h)
{
    textfit_fit(&fake, text, FACE_REGULAR, nominal, nominal * FLOOR_PERCENT / 100,
                w, h, &fit);
}

static void assert_line(int i, int start, int length)
{
    assert_int_equal(fit.lines[i].start, start);
    assert_int_equal(fit.lines[i].length, length);
}

static int line_width(int i) { return fit.lines[i].length * BYTE_W; }

static bool is_continuation(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

/* What every fit must satisfy, whatever the text and the box: lines in
 * order, only spaces (and at most one newline) between them, no newline
 * inside one, none wider than the box (the last one with its ellipsis),
 * no UTF-8 character split, and all the lines in the box's height. Unless
 * ellipsized, the lines hold the whole text. */
static void assert_fit_invariants(const char *text, int w, int h)
{
    size_t n = strlen(text), pos = 0;
    int widest = 0;
    for (int i = 0; i < fit.line_count; i++) {
        size_t start = fit.lines[i].start, end = start + fit.lines[i].length;
        int newlines = 0;
        for (; pos < start; pos++) {
            assert_true(text[pos] == ' ' || text[pos] == '\n');
            newlines += text[pos] == '\n';
        }
        assert_true(newlines <= 1);
        assert_true(end <= n);
        assert_null(memchr(text + start, '\n', end - start));
        assert_false(is_continuation(text[start]));
        assert_false(is_continuation(text[end])); /* also true for NUL */
        int lw = line_width(i);
        if (fit.ellipsized && i == fit.line_count - 1) lw += ELLIPSIS_W;
        assert_true(lw <= w);
        if (line_width(i) > widest) widest = line_width(i);
        pos = end;
    }
    if (!fit.ellipsized)
        for (; pos < n; pos++) assert_true(text[pos] == ' ' || text[pos] == '\n');
    assert_int_equal(fit.line_height, fake_line_height(NULL, FACE_REGULAR,
                                                       fit.px));
    assert_int_equal(fit.height, fit.line_count * fit.line_height);
    assert_true(fit.height <= h);
    if (!fit.ellipsized) assert_int_equal(fit.width, widest);
}

/* ------------------------------------------------------ wrapping */

static void test_short_text_one_line(void **state)
{
    (void)state;
    fit_text("Hello", 40, 500, 100);
    assert_int_equal(fit.line_count, 1);
    assert_line(0, 0, 5);
    assert_int_equal(fit.px, 40);
    assert_int_equal(fit.line_height, 50);
    assert_int_equal(fit.width, 50);
    assert_int_equal(fit.height, 50);
    assert_false(fit.shrunk);
    assert_false(fit.ellipsized);
    assert_int_equal(fit.face, FACE_REGULAR);
    assert_fit_invariants("Hello", 500, 100);
}

static void test_wraps_on_spaces(void **state)
{
    (void)state;
    /* "hello world" is exactly 110 px: it fills the first line. */
    fit_text("hello world foo", 40, 110, 200);
    assert_int_equal(fit.line_count, 2);
    assert_line(0, 0, 11);
    assert_line(1, 12, 3);
    assert_int_equal(fit.width, 110);
    assert_false(fit.shrunk);
    assert_fit_invariants("hello world foo", 110, 200);

    fit_text("aaa bbb ccc ddd e", 40, 75, 200);
    assert_int_equal(fit.line_count, 3);
    assert_line(0, 0, 7);
    assert_line(1, 8, 7);
    assert_line(2, 16, 1);
    assert_fit_invariants("aaa bbb ccc ddd e", 75, 200);
}

/* A newline always ends a line: a list is one text, an item a line. */
static void test_newline_ends_line(void **state)
{
    (void)state;
    const char *list = "one two\nthree\nfour five six";
    fit_text(list, 20, 1000, 1000);
    assert_int_equal(fit.line_count, 3);
    assert_line(0, 0, 7);
    assert_line(1, 8, 5);
    assert_line(2, 14, 13);
    assert_fit_invariants(list, 1000, 1000);
    /* An item too long for the box wraps, and the next starts afresh. */
    fit_text("ab cd\nef", 20, 30, 1000);
    assert_int_equal(fit.line_count, 3);
    assert_line(0, 0, 2);
    assert_line(1, 3, 2);
    assert_line(2, 6, 2);
    /* An empty item is an empty line; a final newline adds none. */
    fit_text("a\n\nb\n", 20, 100, 1000);
    assert_int_equal(fit.line_count, 3);
    assert_line(0, 0, 1);
    assert_line(1, 2, 0);
    assert_line(2, 3, 1);
}

/* A list too long for its box shrinks as a whole: every item one size. */
static void test_list_shrinks_then_ellipsizes(void **state)
{
    (void)state;
    const char *list = "a\nb\nc\nd\ne";
    fit_text(list, 20, 100, 100); /* 4 lines of 25 px at 20 px */
    assert_int_equal(fit.line_count, 5);
    assert_true(fit.shrunk);
    assert_int_equal(fit.px, 16); /* 20, 18, 16: 5 x 20 = 100 */
    assert_false(fit.ellipsized);
    fit_text(list, 20, 100, 50); /* at the 12 px floor, 3 x 15 px */
    assert_true(fit.ellipsized);
    assert_int_equal(fit.px, 12);
    assert_int_equal(fit.line_count, 3);
    assert_line(2, 4, 1);
    assert_fit_invariants(list, 100, 50);
}

static void test_empty_text(void **state)
{
    (void)state;
    fit_text("", 40, 100, 100);
    assert_int_equal(fit.line_count, 0);
    assert_int_equal(fit.height, 0);
    assert_false(fit.ellipsized);
}

/* -------------------------------------------------------- shrinking */

static void test_shrinks_when_box_too_short(void **state)
{
    (void)state;
    /* Three lines; at 40 px (50 px lines) only two fit in 120 px. The
     * sizes tried are 40, 36, 33, 30: at 30 px, 3 x 37 = 111 fits. */
    const char *text = "aaaaaaaaa bbbbbbbbb ccccccccc";
    fit_text(text, 40, 100, 120);
    assert_true(fit.shrunk);
    assert_int_equal(fit.px, 30);
    assert_true(fit.px >= 40 * FLOOR_PERCENT / 100);
    assert_false(fit.ellipsized);
    assert_int_equal(fit.line_count, 3);
    assert_int_equal(fit.height, 111);
    assert_fit_invariants(text, 100, 120);
}

static void test_never_below_floor(void **state)
{
    (void)state;
    const char *text = "one two three four five six seven eight nine ten";
    for (int nominal = 5; nominal <= 120; nominal++) {
        fit_text(text, nominal, 60, 1); /* no line can ever fit */
        int floor_px = nominal * FLOOR_PERCENT / 100;
        assert_int_equal(fit.px, floor_px < 1 ? 1 : floor_px);
        assert_true(fit.shrunk);
        assert_true(fit.ellipsized);
        assert_int_equal(fit.line_count, 0);
        assert_int_equal(fit.height, 0);
    }
}

/* The caller's floor is the floor: a text that needs less is cut there. */
static void test_floor_is_the_callers(void **state)
{
    (void)state;
    const char *text = "aaaaaaaaa bbbbbbbbb ccccccccc"; /* three lines */
    /* Fits at 30 px (111 px tall) but the floor is 34: 40, 36, then 34,
     * where two 42 px lines fit in 120 px and the third is cut. */
    textfit_fit(&fake, text, FACE_REGULAR, 40, 34, 100, 120, &fit);
    assert_int_equal(fit.px, 34);
    assert_true(fit.ellipsized);
    assert_int_equal(fit.line_count, 2);
    /* A floor above the nominal size is the nominal size. */
    textfit_fit(&fake, text, FACE_REGULAR, 20, 50, 100, 1000, &fit);
    assert_int_equal(fit.px, 20);
    assert_false(fit.shrunk);
}

/* The smallest size whose capitals (2/3 of it, rounded down) reach a
 * height: 12 px capitals at 18 px (17 px gives 11), 27 at 41 (40 gives
 * 26), 1 at 2; never below 1. */
static void test_px_for_cap(void **state)
{
    (void)state;
    assert_int_equal(textfit_px_for_cap(&fake, FACE_REGULAR, 12), 18);
    assert_int_equal(textfit_px_for_cap(&fake, FACE_REGULAR, 27), 41);
    assert_int_equal(textfit_px_for_cap(&fake, FACE_REGULAR, 54), 81);
    assert_int_equal(textfit_px_for_cap(&fake, FACE_REGULAR, 1), 2);
    assert_int_equal(textfit_px_for_cap(&fake, FACE_REGULAR, 0), 1);
}

/* --------------------------------------------------------- ellipsis */

static void test_ellipsis_at_floor(void **state)
{
    (void)state;
    /* Ten 9-letter words, one a line; at the 24 px floor (30 px lines)
     * three lines fit in 100 px. The third keeps 7 letters: 70 px and a
     * 30 px ellipsis (3 bytes) fill the 100 px. */
    const char *text = "aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeee "
                       "fffffffff ggggggggg hhhhhhhhh iiiiiiiii jjjjjjjjj";
    fit_text(text, 40, 100, 100);
    assert_true(fit.ellipsized);
    assert_true(fit.shrunk);
    assert_int_equal(fit.px, 24);
    assert_int_equal(fit.line_count, 3);
    assert_line(0, 0, 9);
    assert_line(1, 10, 9);
    assert_line(2, 20, 7);
    assert_true(line_width(2) + ELLIPSIS_W <= 100);
    assert_fit_invariants(text, 100, 100);
}

static void test_ellipsis_keeps_utf8_whole(void **state)
{
    (void)state;
    /* "ó" is 2 bytes: a cut may only fall between characters. */
    const char *text = "óóóóóóóóóóóóóóó óóóóóóóóóóóóóóó óóóóóóóóóóóóóóó";
    for (int w = 40; w <= 200; w += 10) {
        fit_text(text, 20, w, 15); /* one 15 px line at the 12 px floor */
        assert_true(fit.ellipsized);
        assert_int_equal(fit.line_count, 1);
        assert_fit_invariants(text, w, 15);
    }
}

/* ------------------------------------------------------ long words */

static void test_long_word_broken_between_characters(void **state)
{
    (void)state;
    const char *text = "the abcdefghijklmnopqrstuvwxyz";
    fit_text(text, 20, 100, 1000);
    assert_int_equal(fit.line_count, 4);
    assert_line(0, 0, 3);
    assert_line(1, 4, 10);
    assert_line(2, 14, 10);
    assert_line(3, 24, 6);
    assert_false(fit.ellipsized);
    assert_fit_invariants(text, 100, 1000);
}

static void test_no_line_wider_than_box(void **state)
{
    (void)state;
    const char *text =
        "Mexico and North Korea established diplomatic relations on "
        "4 September 1980, 27 years after the end of the Korean War. "
        "Initial relations were cordial. Internationalisation";
    for (int w = 50; w <= 500; w++) {
        fit_text(text, 40, w, 2000);
        assert_true(fit.line_count > 0);
        assert_fit_invariants(text, w, 2000);
    }
}

static void test_utf8_never_split(void **state)
{
    (void)state;
    const char *text = "López Peña León";
    /* 30 px holds 3 bytes: each word breaks early rather than inside its
     * 2-byte "ó" or "ñ": "Ló|pez", "Pe|ña", "Le|ón". */
    fit_text(text, 20, 30, 1000);
    assert_int_equal(fit.line_count, 6);
    assert_line(0, 0, 3);
    assert_line(1, 3, 3);
    assert_line(2, 7, 2);
    assert_line(3, 9, 3);
    assert_line(4, 13, 2);
    assert_line(5, 15, 3);
    for (int w = 30; w <= 200; w += 10) {
        fit_text(text, 20, w, 1000);
        assert_false(fit.ellipsized);
        assert_fit_invariants(text, w, 1000);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_text_one_line),
        cmocka_unit_test(test_wraps_on_spaces),
        cmocka_unit_test(test_newline_ends_line),
        cmocka_unit_test(test_list_shrinks_then_ellipsizes),
        cmocka_unit_test(test_empty_text),
        cmocka_unit_test(test_shrinks_when_box_too_short),
        cmocka_unit_test(test_never_below_floor),
        cmocka_unit_test(test_floor_is_the_callers),
        cmocka_unit_test(test_px_for_cap),
        cmocka_unit_test(test_ellipsis_at_floor),
        cmocka_unit_test(test_ellipsis_keeps_utf8_whole),
        cmocka_unit_test(test_long_word_broken_between_characters),
        cmocka_unit_test(test_no_line_wider_than_box),
        cmocka_unit_test(test_utf8_never_split),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
