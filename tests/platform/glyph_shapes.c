/* glyph_shapes.c - the embedded font tells I from l from 1, and O from 0.
 *
 * Links src/platform/fonts.c and the embedded fonts with SDL_ttf (no
 * display is opened). Each glyph is rendered and sampled on a GRID x GRID
 * grid of square cells spanning the cap height, from the cap line down to
 * the baseline, centred on the glyph's ink: what a reader sees at x-height
 * and cap height, not a taller ascender (in Noto Sans, the kiosk's font
 * before, lowercase l is capital I's bar made a little taller, and its I's
 * serifs are a pixel or two: on the grid they differ in 4 cells of 144).
 *   - I, l and 1 must differ in at least MIN_DIFFERENT_CELLS cells.
 *   - 0 must have ink at its centre (a slash or a dot) where O has none:
 *     an O and a 0 that are both plain rings differ only in width, which a
 *     reader cannot judge on a single character.
 * Swapping back to an ambiguous font fails here.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>

#include "platform/fonts_ttf.h"

/* Large enough that hinting does not decide the shape. */
#define RENDER_PX 48
#define GRID 12
/* Measured at 48 px on the 12 x 12 grid: Noto Sans Regular I/l 4 cells,
 * Bold 16; Atkinson Hyperlegible 18 or more for every pair of both faces. */
#define MIN_DIFFERENT_CELLS 12

typedef struct {
    unsigned char on[GRID][GRID];
} shape_t;

/* Whether the shaded surface (8-bit: 0 paper .. 255 ink) is inked at x, y;
 * outside it, no. */
static bool inked(const SDL_Surface *s, int x, int y)
{
    if (x < 0 || y < 0 || x >= s->w || y >= s->h) return false;
    return ((const Uint8 *)s->pixels)[y * s->pitch + x] >= 128;
}

/* The middle of the glyph's ink, left to right, in pixels. */
static double ink_centre(const SDL_Surface *s)
{
    int x0 = s->w, x1 = -1;
    for (int y = 0; y < s->h; y++)
        for (int x = 0; x < s->w; x++)
            if (inked(s, x, y)) {
                if (x < x0) x0 = x;
                if (x > x1) x1 = x;
            }
    assert_true(x1 >= x0);
    return (x0 + x1 + 1) / 2.0;
}

/* The glyph on the grid: square cells, GRID of them from the cap line (a
 * capital H's top) down to the baseline, centred on the ink. A cell is on
 * when the pixel at its centre is inked. */
static shape_t shape_of(textfit_face_t face, Uint32 ch)
{
    TTF_Font *f = fonts_get(face, RENDER_PX);
    assert_non_null(f);
    int minx, maxx, miny, cap, advance;
    assert_int_equal(TTF_GlyphMetrics32(f, 'H', &minx, &maxx, &miny, &cap,
                                        &advance), 0);
    SDL_Color ink = {255, 255, 255, 255}, paper = {0, 0, 0, 255};
    SDL_Surface *s = TTF_RenderGlyph32_Shaded(f, ch, ink, paper);
    assert_non_null(s);
    /* The surface's top is the font's ascent above the baseline. */
    int cap_line = TTF_FontAscent(f) - cap;
    double cell = cap / (double)GRID, centre = ink_centre(s);
    shape_t sh;
    for (int gy = 0; gy < GRID; gy++)
        for (int gx = 0; gx < GRID; gx++) {
            int y = cap_line + (int)((gy + 0.5) * cell);
            int x = (int)(centre + (gx - GRID / 2 + 0.5) * cell);
            sh.on[gy][gx] = inked(s, x, y);
        }
    SDL_FreeSurface(s);
    return sh;
}

/* How many of the grid's middle four cells are inked. */
static int centre_ink(const shape_t *sh)
{
    const int m = GRID / 2;
    return sh->on[m - 1][m - 1] + sh->on[m - 1][m] + sh->on[m][m - 1] +
           sh->on[m][m];
}

static int different_cells(const shape_t *a, const shape_t *b)
{
    int n = 0;
    for (int y = 0; y < GRID; y++)
        for (int x = 0; x < GRID; x++) n += a->on[y][x] != b->on[y][x];
    return n;
}

static void assert_told_apart(textfit_face_t face, Uint32 a, Uint32 b)
{
    shape_t sa = shape_of(face, a), sb = shape_of(face, b);
    int n = different_cells(&sa, &sb);
    printf("%s '%c' vs '%c': %d of %d cells differ\n",
           face == FACE_BOLD ? "bold" : "regular", (char)a, (char)b, n,
           GRID * GRID);
    assert_true(n >= MIN_DIFFERENT_CELLS);
}

/* The check itself must see a difference where there is one and none
 * where there is none: a glyph against itself is 0, I against O is many. */
static void test_the_measure(void **state)
{
    (void)state;
    shape_t i = shape_of(FACE_REGULAR, 'I'), o = shape_of(FACE_REGULAR, 'O');
    assert_int_equal(different_cells(&i, &i), 0);
    assert_true(different_cells(&i, &o) >= 40);
    assert_int_equal(centre_ink(&o), 0);
    assert_int_equal(centre_ink(&i), 4);
}

/* A zero marked inside (slashed or dotted), a capital O open. */
static void assert_zero_marked(textfit_face_t face)
{
    shape_t o = shape_of(face, 'O'), zero = shape_of(face, '0');
    printf("%s: centre cells inked: O %d, 0 %d of 4\n",
           face == FACE_BOLD ? "bold" : "regular", centre_ink(&o),
           centre_ink(&zero));
    assert_int_equal(centre_ink(&o), 0);
    assert_true(centre_ink(&zero) >= 2);
}

static void test_pairs(textfit_face_t face)
{
    assert_told_apart(face, 'I', 'l');
    assert_told_apart(face, 'I', '1');
    assert_told_apart(face, 'l', '1');
    assert_zero_marked(face);
}

static void test_regular(void **state) { (void)state; test_pairs(FACE_REGULAR); }
static void test_bold(void **state) { (void)state; test_pairs(FACE_BOLD); }

int main(void)
{
    if (!fonts_init()) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_measure),
        cmocka_unit_test(test_regular),
        cmocka_unit_test(test_bold),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    fonts_quit();
    return failed;
}
