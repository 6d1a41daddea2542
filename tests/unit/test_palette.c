/* test_palette.c - every colour a visitor must see stands out enough from
 * what it is drawn on: WCAG 2.1 contrast (success criteria 1.4.3 for text,
 * 1.4.11 for graphics), measured on the palette the renderer paints with
 * (src/core/palette.c), not on a copy.
 *
 * Text needs 4.5:1, large text 3:1 (WCAG: 18 pt, i.e. 24 px, or 14 pt
 * bold, 18.7 px). No ink here is kept to large type: view.c's metrics put
 * every ink in labels too (px_label, 26 thousandths of the shorter side,
 * 15 px at the least: accent, muted and both sides' colours in kickers and
 * band labels; text in bodies of 21 px at 800x480), so every text ink is
 * held to 4.5:1. The closed notice is large (a twelfth and a twentieth of
 * the shorter side: 40 and 24 px at 800x480), but it is read across a dark
 * room, at the edge of large on the smallest panel: held to 4.5:1 too.
 * Graphics a visitor needs (the progress bar, the timeline, the era
 * bands) need 3:1 against what touches them.
 */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/palette.h"

/* ------------------------------------------------- WCAG 2.1 definitions */

/* An sRGB channel, 0..255, made linear (WCAG 2.1's relative luminance). */
static double linear(uint8_t c)
{
    double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

static double luminance(palette_rgb_t c)
{
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

/* (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21. */
static double contrast(palette_rgb_t a, palette_rgb_t b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static palette_rgb_t ink(view_ink_t i) { return palette_ink[i]; }

/* Fails naming the pair and its ratio, so a red test says what to fix. */
static void assert_contrast(const char *what, palette_rgb_t a,
                            palette_rgb_t b, double at_least)
{
    double r = contrast(a, b);
    if (r < at_least)
        fail_msg("%s: %.2f:1, needs %.1f:1", what, r, at_least);
}

/* assert_contrast for one side's colours, the side named on failure. */
static void side_contrast(const char *side, const char *what, palette_rgb_t a,
                          palette_rgb_t b, double at_least)
{
    char name[96];
    snprintf(name, sizeof name, "%s, %s", side, what);
    assert_contrast(name, a, b, at_least);
}

#define TEXT_MIN 4.5    /* WCAG 2.1 SC 1.4.3, normal text */
#define GRAPHIC_MIN 3.0 /* WCAG 2.1 SC 1.4.11, non-text */

/* ------------------------------------------------------------ the tests */

/* The formula itself, on values known from WCAG and its examples. */
static void test_luminance_known_values(void **state)
{
    (void)state;
    palette_rgb_t white = {255, 255, 255}, black = {0, 0, 0};
    assert_float_equal(luminance(white), 1.0, 1e-9);
    assert_float_equal(luminance(black), 0.0, 1e-9);
    assert_float_equal(luminance((palette_rgb_t){0x77, 0x77, 0x77}), 0.1845,
                       5e-4);
    assert_float_equal(contrast(white, black), 21.0, 1e-9);
    assert_float_equal(contrast(black, white), 21.0, 1e-9);
    assert_float_equal(contrast(white, white), 1.0, 1e-9);
    /* #767676 on white is the web's best-known 4.54:1. */
    assert_float_equal(contrast((palette_rgb_t){0x76, 0x76, 0x76}, white),
                       4.54, 5e-3);
    /* Both sides of the curve's knee, 0.04045: 10/255 is below it
     * (straight), 11/255 above (the power). */
    assert_float_equal(linear(10), 10.0 / 255.0 / 12.92, 1e-12);
    assert_float_equal(linear(11), pow((11.0 / 255.0 + 0.055) / 1.055, 2.4),
                       1e-12);
    /* The channels' weights: pure green is far brighter than pure blue. */
    assert_float_equal(luminance((palette_rgb_t){0, 255, 0}), 0.7152, 1e-9);
    assert_float_equal(luminance((palette_rgb_t){0, 0, 255}), 0.0722, 1e-9);
}

/* Every ink drawn as text, on the slide's background. */
static void test_text_inks(void **state)
{
    (void)state;
    palette_rgb_t bg = ink(INK_BACKGROUND);
    assert_contrast("text", ink(INK_TEXT), bg, TEXT_MIN);
    assert_contrast("muted", ink(INK_MUTED), bg, TEXT_MIN);
    assert_contrast("accent", ink(INK_ACCENT), bg, TEXT_MIN);
    assert_contrast("Mexico", ink(INK_MEXICO), bg, TEXT_MIN);
    assert_contrast("North Korea", ink(INK_NORTH_KOREA), bg, TEXT_MIN);
}

/* The era bands' row marker (a short bar under the row) on the slide. */
static void test_band_marker(void **state)
{
    (void)state;
    assert_contrast("row marker", ink(INK_TEXT), ink(INK_BACKGROUND),
                    GRAPHIC_MIN);
}

/* The progress bar: the filled part on the empty track, and the track on
 * the slide (a visitor sees how long the slide has left by both ends). */
static void test_progress_bar(void **state)
{
    (void)state;
    assert_contrast("progress filled on the track", ink(INK_ACCENT),
                    ink(INK_TRACK), GRAPHIC_MIN);
    assert_contrast("progress track on the slide", ink(INK_TRACK),
                    ink(INK_BACKGROUND), GRAPHIC_MIN);
}

/* An event's timeline (view_event.c): the axis (the track's ink) on the
 * slide; the slide's own mark (accent) on the axis and on the slide. The
 * other events' ticks (muted) are held to the slide only: a tick is three
 * quarters of the own mark tall and the axis a sixth of that, so most of
 * each tick stands on the background (17 px of a 4 px axis at 1920x1080),
 * and an axis bright enough for 3:1 on the slide cannot also be 3:1 dark
 * under a muted tick. */
/* The speaker button: its face on the slide (a graphic, 3:1), its word
 * on its face (text, 4.5:1), silent and reading. */
static void test_speaker_button(void **state)
{
    (void)state;
    palette_rgb_t bg = ink(INK_BACKGROUND);
    assert_contrast("speaker button on the slide", ink(VIEW_SPEAKER_FACE_OFF),
                    bg, GRAPHIC_MIN);
    assert_contrast("speaker label on the button",
                    ink(VIEW_SPEAKER_LABEL_OFF), ink(VIEW_SPEAKER_FACE_OFF),
                    TEXT_MIN);
    assert_contrast("lit speaker button on the slide",
                    ink(VIEW_SPEAKER_FACE_ON), bg, GRAPHIC_MIN);
    assert_contrast("speaker label on the lit button",
                    ink(VIEW_SPEAKER_LABEL_ON), ink(VIEW_SPEAKER_FACE_ON),
                    TEXT_MIN);
}

static void test_timeline(void **state)
{
    (void)state;
    palette_rgb_t bg = ink(INK_BACKGROUND), axis = ink(INK_TRACK);
    assert_contrast("timeline axis on the slide", axis, bg, GRAPHIC_MIN);
    assert_contrast("own event's mark on the axis", ink(INK_ACCENT), axis,
                    GRAPHIC_MIN);
    assert_contrast("own event's mark on the slide", ink(INK_ACCENT), bg,
                    GRAPHIC_MIN);
    assert_contrast("other events' ticks on the slide", ink(INK_MUTED), bg,
                    GRAPHIC_MIN);
}

/* The controls a visitor taps (view_controls.c): the language button's
 * outline (a graphic) and its words (text) on the slide; the chevrons
 * on the slide; the pause notice's band on the slide, and its sign and
 * words (text, half the band's height) on the band. */
static void test_controls(void **state)
{
    (void)state;
    palette_rgb_t bg = ink(INK_BACKGROUND), band = ink(VIEW_PAUSE_BAND_INK);
    assert_contrast("language button's outline on the slide",
                    ink(VIEW_BUTTON_INK), bg, GRAPHIC_MIN);
    assert_contrast("language button's words on the slide",
                    ink(VIEW_BUTTON_INK), bg, TEXT_MIN);
    assert_contrast("chevrons on the slide", ink(VIEW_ARROW_INK), bg,
                    GRAPHIC_MIN);
    assert_contrast("pause band on the slide", band, bg, GRAPHIC_MIN);
    assert_contrast("pause words and sign on the band", ink(VIEW_PAUSE_INK),
                    band, TEXT_MIN);
}

/* The era bands (view_ambassador.c): every segment on the slide, for a
 * visitor sees how many eras there were and where the row stands among
 * them. The own era's segment in the side's full colour, outlined in the
 * text's ink (VIEW_BAND_OUTLINE_INK); the others in two tints by turns.
 * A tint 3:1 on the slide cannot also be 3:1 darker than the full colour
 * (Mexico's would need a full colour of 9:1 on the slide, North Korea's
 * too): so the outline, not near-invisible neighbours, sets the own era
 * apart, 3:1 against every tint and the slide. The two tints still
 * differ, so that neighbouring eras are told apart. */
static void test_era_bands(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        view_ink_t full, dim, dimmer;
    } side[2] = {
        {"Mexico", INK_MEXICO, INK_MEXICO_DIM, INK_MEXICO_DIMMER},
        {"North Korea", INK_NORTH_KOREA, INK_NORTH_KOREA_DIM,
         INK_NORTH_KOREA_DIMMER},
    };
    palette_rgb_t bg = ink(INK_BACKGROUND), outline = ink(VIEW_BAND_OUTLINE_INK);
    assert_contrast("band outline on the slide", outline, bg, GRAPHIC_MIN);
    for (int i = 0; i < 2; i++) {
        const char *n = side[i].name;
        palette_rgb_t full = ink(side[i].full), dim = ink(side[i].dim),
                      dimmer = ink(side[i].dimmer);
        side_contrast(n, "own era on the slide", full, bg, GRAPHIC_MIN);
        side_contrast(n, "dim era on the slide", dim, bg, GRAPHIC_MIN);
        side_contrast(n, "dimmer era on the slide", dimmer, bg, GRAPHIC_MIN);
        side_contrast(n, "outline on a dim neighbour", outline, dim,
                      GRAPHIC_MIN);
        side_contrast(n, "outline on a dimmer neighbour", outline, dimmer,
                      GRAPHIC_MIN);
        /* Neighbouring eras, dim beside dimmer: visibly two. */
        side_contrast(n, "dim beside dimmer", dim, dimmer, 1.25);
    }
}

/* Asleep with the closed notice: its words on the black panel. */
static void test_closed_notice(void **state)
{
    (void)state;
    assert_contrast("closed notice on black", palette_closed_notice,
                    palette_asleep_background, TEXT_MIN);
    /* Still dim: the panel must not light a dark gallery at night. */
    assert_true(contrast(palette_closed_notice, palette_asleep_background) <
                6.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_luminance_known_values),
        cmocka_unit_test(test_text_inks),
        cmocka_unit_test(test_band_marker),
        cmocka_unit_test(test_progress_bar),
        cmocka_unit_test(test_timeline),
        cmocka_unit_test(test_speaker_button),
        cmocka_unit_test(test_era_bands),
        cmocka_unit_test(test_closed_notice),
        cmocka_unit_test(test_controls),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
