/* test_narration.c - the words handed to the synthesiser (narration_text)
 * for every kind of slide, in both languages, and when the narrator asks
 * the speech to speak or stop as the state machine moves. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/deck.h"
#include "core/narration.h"
#include "core/gesture.h"
#include "core/view.h"
#include "fake_font.h"
#include "labels_fixture.h"

static content_t content;
static deck_t deck;
static char text[NARRATION_TEXT_MAX + 1];

/* A show with one record of every kind the slides are made of. */
static int setup(void **state)
{
    (void)state;
    memset(&content, 0, sizeof content);
    fixture_labels(&content.labels);
    content_show_t *show = &content.show;
    fixture_set(show->title, "México y Corea del Norte",
                "Mexico and North Korea");
    fixture_set(show->subtitle, "Relaciones", "Relations");
    fixture_set_long(show->text, "Desde 1980.", "Since 1980.");
    content.show.reading_wpm = 180;
    content.show.reading_min_ms = 8000;
    content_event_t *e = &content.events[0];
    e->date = (content_date_t){1980, 9, 4};
    fixture_set(e->headline, "Relaciones diplomáticas",
                "Diplomatic relations");
    fixture_set_long(e->text, "Se establecen", "Established!");
    content.event_count = 1;
    content_ambassador_t *a = &content.ambassadors[0];
    snprintf(a->name, sizeof a->name, "%s", "Kim Hyong-gil");
    fixture_set_long(a->observations, "Expulsado en 2017.",
                     "Expelled in 2017");
    snprintf(a->leader, sizeof a->leader, "%s", "Kim Jong Un");
    snprintf(a->president, sizeof a->president, "%s", "Enrique Peña Nieto");
    /* The second row: no name, no observations, a term end. */
    a = &content.ambassadors[1];
    snprintf(a->leader, sizeof a->leader, "%s", "Kim Il Sung");
    snprintf(a->president, sizeof a->president, "%s", "José López Portillo");
    fixture_set(a->term_end, "Actual", "Current");
    content.ambassador_count = 2;
    content.agreements[0] = (content_agreement_t){.date = {2008, 0, 0}};
    fixture_set(content.agreements[0].name, "Cultura", "Culture");
    content.agreement_count = 1;
    content.trade[0] = (content_trade_t){.date = {2023, 0, 0}};
    fixture_set(content.trade[0].figure, "US$459 mil", "US$459 thousand");
    fixture_set_long(content.trade[0].text, "Comercio total.", "Total trade.");
    content.trade[1] = (content_trade_t){.date = {2015, 6, 0}};
    fixture_set(content.trade[1].figure, "no se lee", "not read");
    fixture_set_long(content.trade[1].text, "Menos", "Less");
    content.trade_count = 2;
    /* North Korea's goods first in the file: Mexico's are read first. */
    content.exports[0].from = SIDE_NORTH_KOREA;
    fixture_set(content.exports[0].goods, "Textiles", "Textiles");
    content.exports[1].from = SIDE_MEXICO;
    fixture_set(content.exports[1].goods, "Maíz", "Maize");
    content.export_count = 2;
    content.missions[0].side = SIDE_NORTH_KOREA;
    fixture_set_long(content.missions[0].text, "Embajada en Ciudad de México",
                     "Embassy in Mexico City");
    content.mission_count = 1;
    deck_build(&content, &deck);
    return 0;
}

/* The slide of `kind` (its first, for ambassadors `nth`). */
static uint32_t slide_of(slide_kind_t kind, uint32_t nth)
{
    for (uint32_t i = 0; i < deck.count; i++)
        if (deck.slides[i].kind == kind && nth-- == 0) return i;
    fail_msg("no slide of kind %d", (int)kind);
    return 0;
}

static const char *say(slide_kind_t kind, uint32_t nth, lang_t lang)
{
    size_t n = narration_text(&content, &deck, slide_of(kind, nth), lang,
                              text, sizeof text);
    assert_int_equal(n, strlen(text));
    return text;
}

static void test_title_slide(void **state)
{
    (void)state;
    assert_string_equal(say(SLIDE_TITLE, 0, LANG_ES),
                        "México y Corea del Norte. Relaciones. Desde 1980. "
                        "Presiona la tecla de flecha derecha para explorar.");
    assert_string_equal(say(SLIDE_TITLE, 0, LANG_EN),
                        "Mexico and North Korea. Relations. Since 1980. "
                        "Press the right arrow key to explore.");
}

/* Heading, date, title, text; a text ending in "!" gets no period. */
static void test_event_slide_reads_date_title_text(void **state)
{
    (void)state;
    assert_string_equal(say(SLIDE_EVENT, 0, LANG_ES),
                        "Historia. 4 de septiembre de 1980. Relaciones "
                        "diplomáticas. Se establecen.");
    assert_string_equal(say(SLIDE_EVENT, 0, LANG_EN),
                        "History. 4 September 1980. Diplomatic relations. "
                        "Established!");
}

/* The name and observations, then the era: leader and president. */
static void test_ambassador_slide_reads_name_and_era(void **state)
{
    (void)state;
    assert_string_equal(say(SLIDE_AMBASSADOR, 0, LANG_ES),
                        "Embajadores de Corea del Norte en México. "
                        "Kim Hyong-gil. Expulsado en 2017. "
                        "Líder de Corea del Norte: Kim Jong Un. "
                        "Jefe de Estado de México: Enrique Peña Nieto.");
    assert_string_equal(say(SLIDE_AMBASSADOR, 0, LANG_EN),
                        "North Korean ambassadors to Mexico. Kim Hyong-gil. "
                        "Expelled in 2017. Leader of North Korea: Kim Jong "
                        "Un. Head of state of Mexico: Enrique Peña Nieto.");
}

/* Empty fields are not shown, so not read; a term end is. */
static void test_ambassador_without_name_with_term_end(void **state)
{
    (void)state;
    assert_string_equal(say(SLIDE_AMBASSADOR, 1, LANG_EN),
                        "North Korean ambassadors to Mexico. "
                        "Leader of North Korea: Kim Il Sung. "
                        "Head of state of Mexico: José López Portillo. "
                        "Term end: Current.");
}

static void test_list_slides(void **state)
{
    (void)state;
    assert_string_equal(say(SLIDE_AGREEMENTS, 0, LANG_ES),
                        "Acuerdos bilaterales. 2008. Cultura.");
    /* Only the first fact's figure shows; Mexico's goods first. */
    assert_string_equal(say(SLIDE_TRADE, 0, LANG_EN),
                        "Trade. 2023. US$459 thousand. Total trade. "
                        "June 2015. Less. Mexico exports to North Korea. "
                        "Maize. North Korea exports to Mexico. Textiles.");
    assert_string_equal(say(SLIDE_MISSIONS, 0, LANG_ES),
                        "Misiones diplomáticas. Corea del Norte. Embajada "
                        "en Ciudad de México.");
}

/* Every part at its limit on the longest slide still fits the bound. */
static void test_longest_narration_fits_its_bound(void **state)
{
    (void)state;
    static content_t big;
    big = content;
    char long_text[LIMIT_LONG_TEXT + 1], short_text[LIMIT_SHORT_TEXT + 1];
    memset(long_text, 'x', LIMIT_LONG_TEXT);
    long_text[LIMIT_LONG_TEXT] = '\0';
    memset(short_text, 'y', LIMIT_SHORT_TEXT);
    short_text[LIMIT_SHORT_TEXT] = '\0';
    fixture_set(big.labels.trade, short_text, short_text);
    for (int i = 0; i < LIMIT_TRADE_FACTS; i++) {
        big.trade[i].date = (content_date_t){2000, 9, 30};
        fixture_set(big.trade[i].figure, short_text, short_text);
        fixture_set_long(big.trade[i].text, long_text, long_text);
    }
    big.trade_count = LIMIT_TRADE_FACTS;
    for (int i = 0; i < LIMIT_EXPORTS; i++) {
        big.exports[i].from = (content_side_t)(i % 2);
        fixture_set(big.exports[i].goods, short_text, short_text);
    }
    big.export_count = LIMIT_EXPORTS;
    deck_t big_deck;
    deck_build(&big, &big_deck);
    uint32_t trade = big_deck.count - 2;
    assert_int_equal(big_deck.slides[trade].kind, SLIDE_TRADE);
    size_t n = narration_text(&big, &big_deck, trade, LANG_ES, text, sizeof text);
    assert_true(n > 8 * LIMIT_LONG_TEXT);
    assert_true(n <= NARRATION_TEXT_MAX);
    expect_assert_failure(narration_text(&big, &big_deck, trade, LANG_ES,
                                         text, NARRATION_TEXT_MAX));
}

static void test_mode_names(void **state)
{
    (void)state;
    narration_mode_t m;
    assert_true(narration_mode_parse("off", &m));
    assert_int_equal(m, NARRATION_OFF);
    assert_true(narration_mode_parse("on-request", &m));
    assert_int_equal(m, NARRATION_ON_REQUEST);
    assert_true(narration_mode_parse("always", &m));
    assert_int_equal(m, NARRATION_ALWAYS);
    assert_false(narration_mode_parse("on", &m));
    assert_false(narration_mode_parse("", &m));
    assert_string_equal(narration_mode_name(NARRATION_ALWAYS), "always");
}

/* ---------------------------------------------------------- narrator */

static sm_t sm;
static narrator_t narrator;

static narrator_action_t feed(sm_event_kind_t kind, uint64_t ms)
{
    sm_step(&sm, (sm_event_t){kind, ms});
    return narrator_follow(&narrator, &sm, kind);
}

static void start(narration_mode_t mode, bool available)
{
    sm_config_t config = {60000, 300000, LANG_ES, 300000};
    sm_init(&sm, config, &deck);
    narrator_init(&narrator, mode, available);
}

/* A turns it on (and holds the slide), every move re-reads, A again
 * stops, the idle timeout ends the visit. */
static void test_on_request_follows_the_visit(void **state)
{
    (void)state;
    start(NARRATION_ON_REQUEST, true);
    assert_true(narrator_offered(&narrator));
    assert_int_equal(feed(SM_EV_TICK, 1000), NARRATOR_NOTHING); /* silent */
    assert_int_equal(feed(SM_EV_NARRATE, 0), NARRATOR_SPEAK);
    assert_int_equal(sm.state, SM_BROWSE);
    assert_int_equal(narrator.slide, 0);
    assert_int_equal(feed(SM_EV_TICK, 30000), NARRATOR_NOTHING);
    assert_int_equal(feed(SM_EV_NEXT, 0), NARRATOR_SPEAK);
    assert_int_equal(narrator.slide, 1);
    assert_int_equal(feed(SM_EV_LANG, 0), NARRATOR_SPEAK);
    assert_int_equal(narrator.lang, LANG_EN);
    assert_int_equal(feed(SM_EV_PAUSE, 0), NARRATOR_NOTHING); /* same slide */
    assert_int_equal(feed(SM_EV_PAUSE, 0), NARRATOR_NOTHING);
    assert_int_equal(feed(SM_EV_NARRATE, 0), NARRATOR_STOP);
    assert_int_equal(feed(SM_EV_NEXT, 0), NARRATOR_NOTHING);
    assert_int_equal(feed(SM_EV_NARRATE, 0), NARRATOR_SPEAK);
    assert_int_equal(feed(SM_EV_TICK, 59999), NARRATOR_NOTHING);
    assert_int_equal(feed(SM_EV_TICK, 1), NARRATOR_STOP); /* idle: attract */
    assert_int_equal(sm.state, SM_ATTRACT);
    /* The next visitor starts silent. */
    assert_int_equal(feed(SM_EV_NEXT, 0), NARRATOR_NOTHING);
}

static void test_always_reads_the_attract_loop(void **state)
{
    (void)state;
    start(NARRATION_ALWAYS, true);
    assert_int_equal(feed(SM_EV_TICK, 0), NARRATOR_SPEAK);
    assert_int_equal(feed(SM_EV_TICK, 10), NARRATOR_NOTHING);
    assert_int_equal(feed(SM_EV_TICK, deck.slides[0].duration_ms[LANG_ES]),
                     NARRATOR_SPEAK);
    assert_int_equal(narrator.slide, 1);
    /* A silences it for the visit; the idle return turns it on again. */
    assert_int_equal(feed(SM_EV_NARRATE, 0), NARRATOR_STOP);
    assert_int_equal(feed(SM_EV_NEXT, 0), NARRATOR_NOTHING);
    assert_int_equal(feed(SM_EV_TICK, 60000), NARRATOR_SPEAK);
    assert_int_equal(narrator.slide, 0);
    /* Closing time: silent. */
    assert_int_equal(feed(SM_EV_CLOSE, 0), NARRATOR_STOP);
    assert_int_equal(feed(SM_EV_TICK, 1000), NARRATOR_NOTHING);
}

/* No voice or no sound device: nothing is ever asked, nothing offered. */
static void test_unavailable_or_off_never_speaks(void **state)
{
    (void)state;
    narration_mode_t modes[] = {NARRATION_ON_REQUEST, NARRATION_ALWAYS};
    for (int i = 0; i < 2; i++) {
        start(modes[i], false);
        assert_false(narrator_offered(&narrator));
        assert_int_equal(feed(SM_EV_TICK, 0), NARRATOR_NOTHING);
        assert_int_equal(feed(SM_EV_NARRATE, 0), NARRATOR_NOTHING);
    }
    start(NARRATION_OFF, true);
    assert_false(narrator_offered(&narrator));
    assert_int_equal(feed(SM_EV_NARRATE, 0), NARRATOR_NOTHING);
    /* A is still a visitor's key to the machine. */
    assert_int_equal(sm.state, SM_BROWSE);
}

/* ----------------------------------------------------- speaker button */

/* A font of 0.58 em a byte in bold, lines 1.36 em, capitals 2/3 em
 * (test_view.c's). */
static view_t view;

static void lay_out(int w, int h, lang_t lang, view_speaker_state_t speaker)
{
    view_request_t r = {&content, &deck, 1, lang, w, h, &fake,
                        VIEW_INPUT_TOUCH, 0, 0, speaker};
    view_build(&view, &r);
}

static bool overlap(view_rect_t a, view_rect_t b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h &&
           b.y < a.y + a.h;
}

static bool within(view_rect_t in, view_rect_t out)
{
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w &&
           in.y + in.h <= out.y + out.h;
}

/* No narration: no button, the progress bar as before. On: at the
 * footer's left end, as tall as the language button at the right end and
 * clear of it, its word inside it, the progress bar (and the pause band,
 * the whole progress region) after it. */
static void test_speaker_button_layout(void **state)
{
    (void)state;
    lay_out(1920, 1080, LANG_ES, VIEW_SPEAKER_NONE);
    view_rect_t bar = view.chrome;
    assert_int_equal(view.speaker.state, VIEW_SPEAKER_NONE);
    assert_int_equal(view_tap_targets(&view).speaker.w, 0);
    lay_out(1920, 1080, LANG_ES, VIEW_SPEAKER_OFF);
    view_rect_t b = view.speaker.button, lang = view.controls.button;
    /* margin 69; 8% of 1080: 86 px tall, level with the language button;
     * "Escuchar" (8 bytes, longer than "Detener") at 45% of that, 38 px
     * bold (176 px), and a third of the height (28 px) each side. */
    assert_int_equal(b.x, 69);
    assert_int_equal(b.h, 86);
    assert_int_equal(b.h, lang.h);
    assert_int_equal(b.y, lang.y);
    assert_int_equal(b.w, 176 + 2 * 28);
    assert_false(overlap(b, lang));
    assert_false(overlap(view.speaker.hit, view.controls.button_hit));
    assert_string_equal(view.speaker.label.text, "Escuchar");
    assert_int_equal(view.speaker.label.fit.px, 38);
    assert_true(within(view.speaker.label.box, b));
    assert_int_equal(view.speaker.face, VIEW_SPEAKER_FACE_OFF);
    assert_int_equal(view.chrome.x, b.x + b.w + 2 * 23);
    assert_int_equal(view.chrome.x + view.chrome.w, bar.x + bar.w);
    assert_false(overlap(view.chrome, b));
    assert_false(overlap(view.pause_mark, b));
    assert_false(overlap(view.pause_text.box, b));
    assert_int_equal(view.overflowed + view.ellipsized, 0);
    /* Lit, the button keeps its width: the progress bar does not move. */
    lay_out(1920, 1080, LANG_ES, VIEW_SPEAKER_ON);
    assert_string_equal(view.speaker.label.text, "Detener");
    assert_int_equal(view.speaker.button.w, b.w);
    assert_int_equal(view.chrome.x, b.x + b.w + 2 * 23);
    /* Every panel, both languages, lit or not: clear of the language
     * button, as tall, the pause band clear of it, its word never below
     * a label's minimum (capitals 1.6% of the shorter side, 15 px at
     * least) and never cut. */
    static const int panels[][2] = {{800, 480},   {480, 800},  {1280, 720},
                                    {1920, 1080}, {1080, 1920}, {3840, 2160}};
    for (size_t i = 0; i < sizeof panels / sizeof panels[0]; i++)
        for (int l = 0; l < LANG_COUNT; l++)
            for (int on = 0; on < 2; on++) {
                int w = panels[i][0], h = panels[i][1];
                lay_out(w, h, (lang_t)l, on ? VIEW_SPEAKER_ON : VIEW_SPEAKER_OFF);
                b = view.speaker.button;
                lang = view.controls.button;
                assert_int_equal(b.h, lang.h);
                assert_int_equal(b.h, (w < h ? w : h) * 80 / 1000);
                assert_false(overlap(b, lang));
                assert_true(b.x + b.w <= view.chrome.x);
                assert_false(overlap(view.pause_text.box, b));
                assert_true(within(b, (view_rect_t){0, 0, w, h}));
                assert_true(within(view.speaker.label.box, b));
                int px = view.speaker.label.fit.px;
                int min_cap = view_min_cap_px(w, h, VIEW_ROLE_LABEL);
                assert_true(px >= 15 && fake_cap_height(NULL, FACE_BOLD, px) >= min_cap);
                assert_false(view.speaker.label.fit.ellipsized);
                assert_int_equal(view.overflowed + view.ellipsized, 0);
            }
    lay_out(800, 480, LANG_EN, VIEW_SPEAKER_ON);
    assert_string_equal(view.speaker.label.text, "Stop");
    assert_int_equal(view.speaker.face, VIEW_SPEAKER_FACE_ON);
    assert_int_equal(view.speaker.label.ink, VIEW_SPEAKER_LABEL_ON);
}

static void test_speaker_button_words_from_the_content(void **state)
{
    (void)state;
    static content_t worded;
    worded = content;
    fixture_set(worded.labels.listen, "Oír", "Hear");
    assert_string_equal(narration_button_label(&worded, LANG_ES, false), "Oír");
    assert_string_equal(narration_button_label(&worded, LANG_EN, false), "Hear");
    assert_string_equal(narration_button_label(&worded, LANG_EN, true), "Stop");
    assert_string_equal(narration_button_label(&content, LANG_ES, true), "Detener");
}

/* The view's tap targets and the gesture recogniser: a tap that goes
 * down on the button (or a finger's slack off it) is A, SM_EV_NARRATE,
 * and never turns a page; beside it the left half turns back; a tap on
 * the language button is still L. On a panel turned 180 degrees the
 * button is at the panel's top right. */
static sm_event_kind_t tap_at(gesture_t *g, gesture_panel_t panel,
                              const gesture_targets_t *t, int x, int y,
                              uint64_t *now)
{
    sm_event_kind_t out = SM_EV_TICK;
    *now += 1000; /* no double taps here */
    gesture_feed(g, panel, t, (gesture_pointer_t){GESTURE_DOWN, 7, x, y}, *now, &out);
    if (!gesture_feed(g, panel, t, (gesture_pointer_t){GESTURE_UP, 7, x, y},
                      *now + 50, &out))
        return SM_EV_TICK;
    return out;
}

static void test_speaker_tap(void **state)
{
    (void)state;
    lay_out(1920, 1080, LANG_ES, VIEW_SPEAKER_OFF);
    gesture_panel_t panel = {1920, 1080, 0};
    gesture_targets_t t = view_tap_targets(&view);
    gesture_t g;
    gesture_init(&g);
    uint64_t now = 0;
    view_rect_t b = view.speaker.button;
    int cx = b.x + b.w / 2, cy = b.y + b.h / 2;
    assert_int_equal(tap_at(&g, panel, &t, cx, cy, &now), SM_EV_NARRATE);
    /* Just off its edge: a finger's slack. */
    assert_int_equal(tap_at(&g, panel, &t, b.x + b.w + 5, cy, &now), SM_EV_NARRATE);
    /* Well above it, on the left half: back. */
    assert_int_equal(tap_at(&g, panel, &t, cx, 500, &now), SM_EV_PREV);
    view_rect_t l = view.controls.button;
    assert_int_equal(tap_at(&g, panel, &t, l.x + l.w / 2, l.y + l.h / 2, &now),
                     SM_EV_LANG);
    /* Turned 180: the upright (cx, cy) is the panel's mirror point. */
    panel.rotate = 180;
    assert_int_equal(tap_at(&g, panel, &t, 1919 - cx, 1079 - cy, &now),
                     SM_EV_NARRATE);
    /* No button (narration off): the halves alone. */
    lay_out(1920, 1080, LANG_ES, VIEW_SPEAKER_NONE);
    t = view_tap_targets(&view);
    panel.rotate = 0;
    assert_int_equal(tap_at(&g, panel, &t, cx, cy, &now), SM_EV_PREV);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_slide),
        cmocka_unit_test(test_event_slide_reads_date_title_text),
        cmocka_unit_test(test_ambassador_slide_reads_name_and_era),
        cmocka_unit_test(test_ambassador_without_name_with_term_end),
        cmocka_unit_test(test_list_slides),
        cmocka_unit_test(test_longest_narration_fits_its_bound),
        cmocka_unit_test(test_mode_names),
        cmocka_unit_test(test_on_request_follows_the_visit),
        cmocka_unit_test(test_always_reads_the_attract_loop),
        cmocka_unit_test(test_unavailable_or_off_never_speaks),
        cmocka_unit_test(test_speaker_button_layout),
        cmocka_unit_test(test_speaker_button_words_from_the_content),
        cmocka_unit_test(test_speaker_tap),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
