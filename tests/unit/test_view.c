/* test_view.c - slide layout as data. Every slide kind of a small
 * hand-built content is laid out on five panels, from 800x480 to
 * 3840x2160 and in portrait, with a fake font whose glyphs are 0.55 em
 * wide and whose lines are 1.36 em tall (close to Noto Sans). On every
 * one: nothing overflows, every text box is on the panel, no two text
 * boxes overlap, and the counter reads "N / M". Then the goods lists,
 * the progress bar and the pause sign.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/labels.h"
#include "core/view.h"

static int fake_width(void *ctx, textfit_face_t face, int px, const char *s,
                      size_t n)
{
    (void)ctx;
    (void)s;
    int per_byte = px * (face == FACE_BOLD ? 58 : 55); /* hundredths */
    return (int)n * per_byte / 100;
}

static int fake_line_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    (void)face;
    return (px * 136 + 99) / 100;
}

static const textfit_measure_t fake = {fake_width, fake_line_height, NULL};

static const struct {
    int w, h;
} panels[] = {{1920, 1080}, {1280, 720}, {1080, 1920}, {800, 480},
              {3840, 2160}};
#define PANELS (sizeof panels / sizeof panels[0])

static content_t content;
static deck_t deck;
#define TRADE_SLIDE 8 /* 0-based, see test_deck_has_every_kind */
static view_t view;

/* ------------------------------------------------------------ content */

static content_date_t date(int y, int m, int d)
{
    return (content_date_t){(int16_t)y, (uint8_t)m, (uint8_t)d};
}

static void add_event(content_date_t d, const char *headline,
                      const char *text)
{
    content_event_t *e = &content.events[content.event_count++];
    e->date = d;
    snprintf(e->headline, sizeof e->headline, "%s", headline);
    snprintf(e->text, sizeof e->text, "%s", text);
}

static void add_ambassador(const char *name, const char *observations,
                           const char *leader, const char *president,
                           const char *term_end)
{
    content_ambassador_t *a = &content.ambassadors[content.ambassador_count++];
    snprintf(a->name, sizeof a->name, "%s", name);
    snprintf(a->observations, sizeof a->observations, "%s", observations);
    snprintf(a->leader, sizeof a->leader, "%s", leader);
    snprintf(a->president, sizeof a->president, "%s", president);
    snprintf(a->term_end, sizeof a->term_end, "%s", term_end);
}

static void add_export(content_side_t from, const char *goods)
{
    content_export_t *x = &content.exports[content.export_count++];
    x->from = from;
    snprintf(x->goods, sizeof x->goods, "%s", goods);
}

static void add_mission(content_side_t side, const char *text)
{
    content_mission_t *m = &content.missions[content.mission_count++];
    m->side = side;
    snprintf(m->text, sizeof m->text, "%s", text);
}

/* `len` bytes of words, to fill every bit of space a slide gives. */
static void fill_words(char *dst, size_t len)
{
    static const char words[] = "relations embassy ambassador credentials ";
    for (size_t i = 0; i < len; i++) dst[i] = words[i % (sizeof words - 1)];
    dst[len] = '\0';
}

/* Texts from the kiosk's article, one of each kind of slide, two kinds of
 * event dates and of ambassador rows; then an event and an ambassador with
 * every field as long as the loader allows. */
static int build_content(void **state)
{
    (void)state;
    memset(&content, 0, sizeof content);
    content_show_t *s = &content.show;
    snprintf(s->title, sizeof s->title, "Mexico – North Korea");
    snprintf(s->subtitle, sizeof s->subtitle, "Relations between Mexico and "
             "the Democratic People's Republic of Korea");
    snprintf(s->text, sizeof s->text, "The nations of Mexico and the "
             "Democratic People's Republic of Korea (North Korea) established "
             "diplomatic relations in 1980. Both nations are members of the "
             "United Nations.");
    s->slide_ms = 10000;
    add_event(date(1980, 9, 4), "Diplomatic relations established",
              "Mexico and North Korea established diplomatic relations on 4 "
              "September 1980, 27 years after the end of the Korean War. "
              "Initial diplomatic relations between both nations were "
              "cordial.");
    add_event(date(2009, 6, 0),
              "Mexico votes for UN Security Council Resolution 1874",
              "As a non-permanent member of the United Nations Security "
              "Council, Mexico voted in favor of Resolution 1874, which "
              "imposed further economic and commercial sanctions on North "
              "Korea and encouraged UN member states to search North Korean "
              "cargo ships.");
    add_ambassador("", "The governments in Pyongyang and Mexico City "
                   "established diplomatic relations.", "Kim Il Sung",
                   "José López Portillo", "");
    add_ambassador("Sun-Ryong Song", "Mexican President López Obrador "
                   "accepted the credentials of the new resident North "
                   "Korean Ambassador to Mexico.", "Kim Jong Un",
                   "Andrés Manuel López Obrador", "Current");
    content.agreements[0] = (content_agreement_t){
        date(2008, 0, 0), "Agreement on Education and Cultural Cooperation"};
    content.agreements[1] = (content_agreement_t){
        date(2009, 0, 0),
        "Agreement of Cooperation in Public Health and Traditional Medicine"};
    content.agreement_count = 2;
    content.trade[0] = (content_trade_t){
        date(2023, 0, 0), "US$459 thousand",
        "Total trade between both nations."};
    content.trade[1] = (content_trade_t){
        date(2015, 0, 0), "1%",
        "Mexico was North Korea's most important trading partner in Latin "
        "America, purchasing 1% of North Korea's total exports."};
    content.trade_count = 2;
    add_export(SIDE_MEXICO, "Essential oils used for soaps, perfumes and "
                            "waxing");
    add_export(SIDE_MEXICO, "Inorganic luminophore");
    add_export(SIDE_MEXICO, "Splints and fracture appliances");
    add_export(SIDE_NORTH_KOREA, "Acrylic polymers");
    add_export(SIDE_NORTH_KOREA, "Glass");
    add_export(SIDE_NORTH_KOREA, "Photographic and cinematographic equipment");
    add_mission(SIDE_MEXICO, "Mexico is accredited to North Korea from its "
                             "embassy in Seoul, South Korea.");
    add_mission(SIDE_NORTH_KOREA, "North Korea has an embassy in Mexico "
                                  "City.");

    add_event(date(2017, 9, 7), "", "");
    fill_words(content.events[2].headline, LIMIT_SHORT_TEXT);
    fill_words(content.events[2].text, LIMIT_LONG_TEXT);
    add_ambassador("", "", "", "", "");
    content_ambassador_t *a = &content.ambassadors[2];
    fill_words(a->name, LIMIT_SHORT_TEXT);
    fill_words(a->observations, LIMIT_LONG_TEXT);
    fill_words(a->leader, LIMIT_SHORT_TEXT);
    fill_words(a->president, LIMIT_SHORT_TEXT);
    fill_words(a->term_end, LIMIT_SHORT_TEXT);
    deck_build(&content, &deck);
    return 0;
}

/* ------------------------------------------------------------ checks */

static bool overlap(view_rect_t a, view_rect_t b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h &&
           b.y < a.y + a.h && a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0;
}

static void print_text(const view_text_t *t)
{
    print_message("    [%d,%d %dx%d] '%.40s'\n", t->box.x, t->box.y, t->box.w,
                  t->box.h, t->text);
}

/* Every text box is on the panel, holds its lines, and none of its lines
 * is wider than the box. With skip_empty, boxes that hold no line (and
 * draw nothing) are let off the first check. */
static void assert_texts_inside(bool skip_empty)
{
    for (uint32_t i = 0; i < view.text_count; i++) {
        const view_text_t *t = &view.texts[i];
        view_rect_t b = t->box;
        if (skip_empty && t->fit.line_count == 0) continue;
        bool inside = b.x >= 0 && b.y >= 0 && b.w >= 0 && b.h >= 0 &&
                      b.x + b.w <= view.width && b.y + b.h <= view.height;
        if (!inside) print_text(t);
        assert_true(inside);
        assert_int_equal(b.h, t->fit.height);
        for (int l = 0; l < t->fit.line_count; l++) {
            const textfit_line_t *line = &t->fit.lines[l];
            int w = fake_width(NULL, t->fit.face, t->fit.px,
                               t->text + line->start, line->length);
            assert_true(w <= b.w);
        }
    }
}

/* Counts the pairs of text boxes that overlap, printing each. */
static int overlapping_pairs(void)
{
    int pairs = 0;
    for (uint32_t i = 0; i < view.text_count; i++)
        for (uint32_t j = i + 1; j < view.text_count; j++)
            if (overlap(view.texts[i].box, view.texts[j].box)) {
                print_message("  overlap on %dx%d:\n", view.width,
                              view.height);
                print_text(&view.texts[i]);
                print_text(&view.texts[j]);
                pairs++;
            }
    return pairs;
}

/* The counter is the one right-aligned text. */
static const view_text_t *counter(void)
{
    const view_text_t *found = NULL;
    for (uint32_t i = 0; i < view.text_count; i++)
        if (view.texts[i].align_right) {
            assert_null(found);
            found = &view.texts[i];
        }
    assert_non_null(found);
    return found;
}

/* ------------------------------------------------------------- tests */

static void test_deck_has_every_kind(void **state)
{
    (void)state;
    static const slide_kind_t kinds[] = {
        SLIDE_TITLE,      SLIDE_EVENT,      SLIDE_EVENT,      SLIDE_EVENT,
        SLIDE_AMBASSADOR, SLIDE_AMBASSADOR, SLIDE_AMBASSADOR,
        SLIDE_AGREEMENTS, SLIDE_TRADE,      SLIDE_MISSIONS};
    assert_int_equal(deck.count, 10);
    for (uint32_t i = 0; i < deck.count; i++)
        assert_int_equal(deck.slides[i].kind, kinds[i]);
}

static void test_every_slide_every_panel(void **state)
{
    (void)state;
    for (size_t p = 0; p < PANELS; p++)
        for (uint32_t i = 0; i < deck.count; i++) {
            view_build(&view, &content, &deck, i, panels[p].w, panels[p].h,
                       &fake);
            print_message("  %4dx%-4d slide %u (%s): %u texts, %u "
                          "ellipsized\n", panels[p].w, panels[p].h, i + 1,
                          deck_kind_name(deck.slides[i].kind),
                          view.text_count, view.ellipsized);
            assert_int_equal(view.width, panels[p].w);
            assert_int_equal(view.height, panels[p].h);
            assert_true(view.text_count >= 2); /* some content + counter */
            assert_int_equal(view.overflowed, 0);
            assert_texts_inside(false);
            assert_int_equal(overlapping_pairs(), 0);
        }
}

static void test_texts_of_an_event(void **state)
{
    (void)state;
    view_build(&view, &content, &deck, 1, 1920, 1080, &fake);
    bool date_shown = false, headline_shown = false;
    for (uint32_t i = 0; i < view.text_count; i++) {
        const view_text_t *t = &view.texts[i];
        if (strcmp(t->text, "4 September 1980") == 0) date_shown = true;
        if (t->text == content.events[0].headline) headline_shown = true;
    }
    assert_true(date_shown);
    assert_true(headline_shown);
    assert_int_equal(view.ellipsized, 0);
}

static void test_counter_text(void **state)
{
    (void)state;
    char want[32];
    for (uint32_t i = 0; i < deck.count; i++) {
        view_build(&view, &content, &deck, i, 1280, 720, &fake);
        snprintf(want, sizeof want, "%u / %u", i + 1, deck.count);
        const view_text_t *c = counter();
        assert_string_equal(c->text, want);
        assert_int_equal(c->fit.line_count, 1);
        /* The bar ends left of the counter's text. */
        assert_true(view.chrome.x + view.chrome.w <=
                    c->box.x + c->box.w - c->fit.width);
    }
}

/* ------------------------------------------------------ goods lists */

/* The text whose first bytes are `prefix`, or NULL. */
static const view_text_t *text_starting(const char *prefix)
{
    for (uint32_t i = 0; i < view.text_count; i++)
        if (strncmp(view.texts[i].text, prefix, strlen(prefix)) == 0)
            return &view.texts[i];
    return NULL;
}

/* Lines of a fitted text that start a list item with its bullet. */
static int bulleted_lines(const view_text_t *t)
{
    int n = 0;
    for (int l = 0; l < t->fit.line_count; l++)
        n += strncmp(t->text + t->fit.lines[l].start, "\xE2\x80\xA2 ", 4) == 0;
    return n;
}

/* Each side's goods are one text, an item a line; on a landscape panel
 * the two lists stand side by side at one type size. */
static void test_goods_lists(void **state)
{
    (void)state;
    for (size_t p = 0; p < PANELS; p++) {
        view_build(&view, &content, &deck, TRADE_SLIDE, panels[p].w,
                   panels[p].h, &fake);
        const view_text_t *mx = text_starting("\xE2\x80\xA2 Essential oils");
        const view_text_t *nk = text_starting("\xE2\x80\xA2 Acrylic");
        assert_non_null(mx);
        assert_non_null(nk);
        assert_string_equal(mx->text,
                            "\xE2\x80\xA2 Essential oils used for soaps, "
                            "perfumes and waxing\n"
                            "\xE2\x80\xA2 Inorganic luminophore\n"
                            "\xE2\x80\xA2 Splints and fracture appliances");
        assert_int_equal(bulleted_lines(mx), 3);
        assert_int_equal(bulleted_lines(nk), 3);
        assert_false(mx->fit.ellipsized);
        assert_false(nk->fit.ellipsized);
        if (panels[p].w > panels[p].h) {
            assert_int_equal(mx->fit.px, nk->fit.px);
            assert_int_equal(mx->box.y, nk->box.y);
            assert_true(mx->box.x + mx->box.w <= nk->box.x);
        } else {
            assert_true(mx->box.y + mx->box.h <= nk->box.y);
        }
    }
}

/* -------------------------------------------------------- the chrome */

static bool rect_within(view_rect_t in, view_rect_t out)
{
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w &&
           in.y + in.h <= out.y + out.h;
}

/* The pause sign and its words sit in the bar's region, the words right
 * of the sign, whole, and clear of the counter's text. */
static void test_pause_sign_layout(void **state)
{
    (void)state;
    for (size_t p = 0; p < PANELS; p++) {
        view_build(&view, &content, &deck, 0, panels[p].w, panels[p].h,
                   &fake);
        const view_text_t *words = &view.pause_text;
        const view_text_t *c = counter();
        assert_string_equal(words->text, LABEL_PAUSED);
        assert_true(view.pause_mark.w > 0 && view.pause_mark.h > 0);
        assert_true(rect_within(view.pause_mark, view.chrome));
        assert_true(rect_within(words->box, view.chrome));
        assert_true(words->box.x >= view.pause_mark.x + view.pause_mark.w);
        assert_int_equal(words->fit.line_count, 1);
        assert_false(words->fit.ellipsized);
        assert_true(words->fit.width <= words->box.w);
        assert_true(words->box.x + words->fit.width <=
                    c->box.x + c->box.w - c->fit.width);
    }
}

static void test_chrome_progress(void **state)
{
    (void)state;
    sm_t sm;
    sm_init(&sm, (sm_config_t){60000, 300000}, &deck);
    view_build(&view, &content, &deck, 0, 1920, 1080, &fake);

    view_chrome_t ch = view_chrome(&view, &sm);
    assert_int_equal(ch.track.x, view.chrome.x);
    assert_int_equal(ch.track.w, view.chrome.w);
    assert_true(ch.track.w > 0 && ch.track.h > 0);
    assert_true(ch.track.y >= view.chrome.y);
    assert_true(ch.track.y + ch.track.h <= view.chrome.y + view.chrome.h);
    assert_int_equal(ch.filled_w, 0);
    assert_false(ch.paused);

    sm_step(&sm, (sm_event_t){SM_EV_TICK, 2500});
    int quarter = view_chrome(&view, &sm).filled_w;
    assert_int_equal(quarter, ch.track.w / 4);
    sm_step(&sm, (sm_event_t){SM_EV_TICK, 5000});
    int three_quarters = view_chrome(&view, &sm).filled_w;
    assert_true(three_quarters > quarter);
    assert_int_equal(three_quarters, ch.track.w * 750 / 1000);
    sm_step(&sm, (sm_event_t){SM_EV_TICK, 2499});
    assert_true(view_chrome(&view, &sm).filled_w < ch.track.w);
}

static void test_chrome_browse_and_paused(void **state)
{
    (void)state;
    sm_t sm;
    sm_init(&sm, (sm_config_t){60000, 300000}, &deck);
    view_build(&view, &content, &deck, 0, 800, 480, &fake);
    sm_step(&sm, (sm_event_t){SM_EV_TICK, 5000});
    assert_true(view_chrome(&view, &sm).filled_w > 0);

    sm_step(&sm, (sm_event_t){SM_EV_PAUSE, 0});
    view_chrome_t ch = view_chrome(&view, &sm);
    assert_true(ch.paused);
    assert_int_equal(ch.filled_w, 0);

    sm_step(&sm, (sm_event_t){SM_EV_NEXT, 0});
    sm_step(&sm, (sm_event_t){SM_EV_TICK, 5000});
    ch = view_chrome(&view, &sm);
    assert_false(ch.paused);
    assert_int_equal(ch.filled_w, 0);
}

/* --------------------------------------------------- crowded slides */

static content_t crowded;
static deck_t crowded_deck;

/* The content above with every table as full as the loader allows,
 * repeating its own records. */
static void build_crowded(void)
{
    crowded = content;
    for (int i = content.agreement_count; i < LIMIT_AGREEMENTS; i++)
        crowded.agreements[i] = content.agreements[i % 2];
    for (int i = content.trade_count; i < LIMIT_TRADE_FACTS; i++)
        crowded.trade[i] = content.trade[1];
    for (int i = content.export_count; i < LIMIT_EXPORTS; i++)
        crowded.exports[i] = content.exports[i % 6];
    for (int i = content.mission_count; i < LIMIT_MISSIONS; i++)
        crowded.missions[i] = content.missions[i % 2];
    crowded.agreement_count = LIMIT_AGREEMENTS;
    crowded.trade_count = LIMIT_TRADE_FACTS;
    crowded.export_count = LIMIT_EXPORTS;
    crowded.mission_count = LIMIT_MISSIONS;
    deck_build(&crowded, &crowded_deck);
}

/* However full, a slide draws nothing on top of anything else, nothing
 * wider than its box, and nothing visible outside the content area but
 * the counter. */
static void test_crowded_slides_never_overlap(void **state)
{
    (void)state;
    build_crowded();
    for (size_t p = 0; p < PANELS; p++) {
        for (uint32_t i = 0; i < crowded_deck.count; i++) {
            view_build(&view, &crowded, &crowded_deck, i, panels[p].w,
                       panels[p].h, &fake);
            /* The footer row starts at the chrome's top; the margin is
             * the chrome's left edge (the same on every side). */
            int margin = view.chrome.x, footer_y = view.chrome.y;
            assert_texts_inside(true);
            assert_int_equal(overlapping_pairs(), 0);
            for (uint32_t t = 0; t < view.text_count; t++) {
                view_rect_t b = view.texts[t].box;
                if (b.h == 0 || view.texts[t].align_right) continue;
                if (b.y < margin || b.y + b.h > footer_y)
                    print_text(&view.texts[t]);
                assert_true(b.y >= margin);
                assert_true(b.y + b.h <= footer_y);
            }
        }
    }
}

/* ------------------------------------------- crowded and odd panels */

/* A portrait panel that is nearly square cannot hold the trade slide
 * stacked; the view must then set the groups side by side rather than
 * drop the last list off the slide (found by this test: it used to leave
 * "North Korea exports to Mexico" as empty boxes below the content). */
static void test_trade_on_near_square_portrait(void **state)
{
    (void)state;
    static const int sizes[][2] = {{800, 900}, {1000, 1150}, {1200, 1350},
                                   {600, 700}, {1024, 1280}, {1080, 1350}};
    for (size_t p = 0; p < sizeof sizes / sizeof sizes[0]; p++) {
        view_build(&view, &content, &deck, TRADE_SLIDE, sizes[p][0],
                   sizes[p][1], &fake);
        print_message("  %dx%d trade: overflowed %u, ellipsized %u\n",
                      sizes[p][0], sizes[p][1], view.overflowed,
                      view.ellipsized);
        assert_int_equal(view.overflowed, 0);
    }
}

/* Every summary slide holds as many records as the loader accepts: the
 * type steps down for a long list, nothing is pushed off the slide (found
 * by this test: 16 agreements used to overflow by 20 boxes). */
static void test_summary_slides_at_their_limits(void **state)
{
    (void)state;
    build_crowded();
    for (size_t p = 0; p < PANELS; p++)
        for (uint32_t i = 0; i < crowded_deck.count; i++) {
            slide_kind_t kind = crowded_deck.slides[i].kind;
            if (kind != SLIDE_AGREEMENTS && kind != SLIDE_TRADE &&
                kind != SLIDE_MISSIONS)
                continue;
            view_build(&view, &crowded, &crowded_deck, i, panels[p].w,
                       panels[p].h, &fake);
            if (view.overflowed)
                print_message("  %dx%d %s: overflowed %u\n", panels[p].w,
                              panels[p].h, deck_kind_name(kind),
                              view.overflowed);
            assert_int_equal(view.overflowed, 0);
        }
    /* At the main panel size, 16 agreements fit without an ellipsis. */
    assert_int_equal(crowded_deck.slides[7].kind, SLIDE_AGREEMENTS);
    view_build(&view, &crowded, &crowded_deck, 7, 1920, 1080, &fake);
    assert_int_equal(view.ellipsized, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deck_has_every_kind),
        cmocka_unit_test(test_every_slide_every_panel),
        cmocka_unit_test(test_texts_of_an_event),
        cmocka_unit_test(test_counter_text),
        cmocka_unit_test(test_goods_lists),
        cmocka_unit_test(test_pause_sign_layout),
        cmocka_unit_test(test_chrome_progress),
        cmocka_unit_test(test_chrome_browse_and_paused),
        cmocka_unit_test(test_crowded_slides_never_overlap),
        cmocka_unit_test(test_trade_on_near_square_portrait),
        cmocka_unit_test(test_summary_slides_at_their_limits),
    };
    return cmocka_run_group_tests(tests, build_content, NULL);
}
