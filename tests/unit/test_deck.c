/* test_deck.c - the order of the slides, their durations and their
 * one-line titles in both languages, from content tables built by hand.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/deck.h"
#include "core/reading.h"
#include "labels_fixture.h"

static content_t content;
static deck_t deck;

/* A show with no records at all, 10 s a slide. */
static int reset(void **state)
{
    (void)state;
    memset(&content, 0, sizeof content);
    memset(&deck, 0xAB, sizeof deck); /* deck_build must set everything */
    fixture_set(content.show.title, "México – Corea del Norte",
                "Mexico – North Korea");
    fixture_labels(&content.labels);
    content.show.slide_ms = 10000;
    content.show.reading_wpm = READING_DEFAULT_WPM;
    content.show.reading_min_ms = READING_DEFAULT_MIN_MS;
    return 0;
}

/* An event with its headline in Spanish and in English. */
static void add_event_es(int year, int month, int day, const char *headline_es,
                         const char *headline, uint32_t ms)
{
    content_event_t *e = &content.events[content.event_count++];
    e->date = (content_date_t){(int16_t)year, (uint8_t)month, (uint8_t)day};
    fixture_set(e->headline, headline_es, headline);
    fixture_set_long(e->text, "texto", "text");
    e->slide_ms = ms;
}

/* An event whose headline reads the same in both languages. */
static void add_event(int year, int month, int day, const char *headline,
                      uint32_t ms)
{
    add_event_es(year, month, day, headline, headline, ms);
}

static void add_ambassador_es(const char *name, const char *observations_es,
                              const char *observations, uint32_t ms)
{
    content_ambassador_t *a = &content.ambassadors[content.ambassador_count++];
    strcpy(a->name, name);
    fixture_set_long(a->observations, observations_es, observations);
    strcpy(a->leader, "Kim Il Sung");
    strcpy(a->president, "José López Portillo");
    a->slide_ms = ms;
}

static void add_ambassador(const char *name, const char *observations,
                           uint32_t ms)
{
    add_ambassador_es(name, observations, observations, ms);
}

/* Every kind: 2 events, 2 ambassadors, and one record of each table. */
static void fill_every_kind(void)
{
    add_event_es(1980, 9, 4, "Se establecen relaciones diplomáticas",
                 "Diplomatic relations established", 0);
    add_event_es(2003, 0, 0, "Las relaciones llegan a un punto bajo",
                 "Relations reach a low", 5000);
    add_ambassador_es("", "Los gobiernos establecieron relaciones.",
                      "The governments established relations.", 0);
    add_ambassador_es("Pak Yong-se", "Presenta sus cartas credenciales.",
                      "Presents his credentials.", 20000);
    content.agreement_count = 1;
    content.trade_count = 1;
    content.export_count = 1;
    content.mission_count = 1;
}

static void assert_slide(uint32_t i, slide_kind_t kind, uint32_t record,
                         uint32_t ms)
{
    assert_string_equal(deck_kind_name(deck.slides[i].kind),
                        deck_kind_name(kind));
    assert_int_equal(deck.slides[i].record, record);
    assert_int_equal(deck.slides[i].duration_ms[LANG_ES], ms);
    assert_int_equal(deck.slides[i].duration_ms[LANG_EN], ms);
}

/* ---------------------------------------------------------- order */

static void test_order_of_every_kind(void **state)
{
    (void)state;
    fill_every_kind();
    deck_build(&content, &deck);
    assert_int_equal(deck.count, 8);
    assert_slide(0, SLIDE_TITLE, 0, 10000);
    assert_slide(1, SLIDE_EVENT, 0, 10000);
    assert_slide(2, SLIDE_EVENT, 1, 5000);       /* its own seconds */
    assert_slide(3, SLIDE_AMBASSADOR, 0, 10000);
    assert_slide(4, SLIDE_AMBASSADOR, 1, 20000); /* its own seconds */
    assert_slide(5, SLIDE_AGREEMENTS, 0, 10000);
    assert_slide(6, SLIDE_TRADE, 0, 10000);
    assert_slide(7, SLIDE_MISSIONS, 0, 10000);
}

static void test_events_in_file_order(void **state)
{
    (void)state;
    /* The content's order is the story's, even when dates disagree. */
    add_event(2018, 6, 12, "C", 0);
    add_event(1980, 9, 4, "A", 0);
    add_event(2003, 0, 0, "B", 0);
    deck_build(&content, &deck);
    assert_int_equal(deck.count, 4);
    for (uint32_t i = 0; i < 3; i++) assert_slide(i + 1, SLIDE_EVENT, i, 10000);
}

static void test_only_title_without_records(void **state)
{
    (void)state;
    deck_build(&content, &deck);
    assert_int_equal(deck.count, 1);
    assert_slide(0, SLIDE_TITLE, 0, 10000);
}

static void test_kinds_without_records_omitted(void **state)
{
    (void)state;
    add_event(1980, 9, 4, "A", 0);
    content.mission_count = 2;
    deck_build(&content, &deck);
    assert_int_equal(deck.count, 3);
    assert_slide(0, SLIDE_TITLE, 0, 10000);
    assert_slide(1, SLIDE_EVENT, 0, 10000);
    assert_slide(2, SLIDE_MISSIONS, 0, 10000);
}

static void test_exports_alone_make_a_trade_slide(void **state)
{
    (void)state;
    add_ambassador("Pak Yong-se", "", 0);
    content.export_count = 3; /* goods lists are shown on the trade slide */
    deck_build(&content, &deck);
    assert_int_equal(deck.count, 3);
    assert_slide(1, SLIDE_AMBASSADOR, 0, 10000);
    assert_slide(2, SLIDE_TRADE, 0, 10000);
}

static void test_full_tables_fit(void **state)
{
    (void)state;
    content.event_count = LIMIT_EVENTS;
    content.ambassador_count = LIMIT_AMBASSADORS;
    for (size_t i = 0; i < LIMIT_AMBASSADORS; i++)
        strcpy(content.ambassadors[i].name, "Pak Yong-se");
    content.head_count = LIMIT_HEADS_OF_STATE;
    content.agreement_count = 1;
    content.trade_count = 1;
    content.mission_count = 1;
    deck_build(&content, &deck);
    assert_int_equal(deck.count, LIMIT_SLIDES);
    assert_slide(LIMIT_EVENTS, SLIDE_EVENT, LIMIT_EVENTS - 1, 10000);
    assert_slide(LIMIT_EVENTS + 1, SLIDE_OVERVIEW, 0, 10000);
    assert_slide(LIMIT_EVENTS + 1 + LIMIT_AMBASSADORS, SLIDE_AMBASSADOR,
                 LIMIT_AMBASSADORS - 1, 10000);
    assert_slide(LIMIT_SLIDES - 1, SLIDE_MISSIONS, 0, 10000);
}

/* With heads of state, the overview comes right before the first
 * ambassador, and the row without a name (relations established) is its
 * start mark, not a slide: the slides are rows 1 and 2. */
static void test_overview_before_ambassadors_no_nameless_slide(void **state)
{
    (void)state;
    add_event(1980, 9, 4, "A", 0);
    add_ambassador("", "Relations established", 0);
    add_ambassador("Pak Yong-se", "", 0);
    add_ambassador("Pak Jung-guk", "", 0);
    content.head_count = 2;
    content.agreement_count = 1;
    deck_build(&content, &deck);
    assert_int_equal(deck.count, 6);
    assert_slide(0, SLIDE_TITLE, 0, 10000);
    assert_slide(1, SLIDE_EVENT, 0, 10000);
    assert_slide(2, SLIDE_OVERVIEW, 0, 10000);
    assert_slide(3, SLIDE_AMBASSADOR, 1, 10000);
    assert_slide(4, SLIDE_AMBASSADOR, 2, 10000);
    assert_slide(5, SLIDE_AGREEMENTS, 0, 10000);
    assert_string_equal(deck_slide_id(&deck, &content, 2), "overview");
    char buf[64];
    deck_slide_title(&deck, &content, 2, LANG_ES, buf, sizeof buf);
    assert_string_equal(buf, "Los embajadores en su tiempo");
}

/* Without heads of state there is nothing to place the rows among: no
 * overview, and the nameless row keeps its slide (nothing is dropped). */
static void test_no_overview_without_heads_of_state(void **state)
{
    (void)state;
    add_ambassador("", "Relations established", 0);
    add_ambassador("Pak Yong-se", "", 0);
    deck_build(&content, &deck);
    assert_int_equal(deck.count, 3);
    assert_slide(1, SLIDE_AMBASSADOR, 0, 10000);
    assert_slide(2, SLIDE_AMBASSADOR, 1, 10000);
}

/* A table content_load could never have passed: KIOSK_ASSERT stops the
 * deck rather than append past its slides, or give a slide no time (the
 * state machine divides by it). The hook of tests/unit/assert_hook.c hands
 * the failure to cmocka, which expects it here. */
static void test_assert_fires_on_a_table_the_loader_refuses(void **state)
{
    (void)state;
    content.event_count = LIMIT_EVENTS + 1;
    expect_assert_failure(deck_build(&content, &deck));
    content.event_count = 0;
    /* No reading rate to divide by, or a fixed time past the limit. */
    content.show.reading_wpm = 0;
    expect_assert_failure(deck_build(&content, &deck));
    content.show.reading_wpm = READING_DEFAULT_WPM;
    content.show.slide_ms = LIMIT_SLIDE_SECONDS_MAX * 1000u + 1;
    expect_assert_failure(deck_build(&content, &deck));
    content.show.slide_ms = 10000;
    content.event_count = 1;
    content.events[0].slide_ms = LIMIT_SLIDE_SECONDS_MAX * 1000u + 1;
    expect_assert_failure(deck_build(&content, &deck));
    /* The table as the loader leaves it: no assertion. */
    content.events[0].slide_ms = LIMIT_SLIDE_SECONDS_MAX * 1000u;
    deck_build(&content, &deck);
    assert_int_equal(deck.count, 2);
    /* A slide past the deck's end. */
    char buf[64];
    expect_assert_failure(
        deck_slide_title(&deck, &content, deck.count, LANG_EN, buf, sizeof buf));
}

/* ---------------------------------------------------------- names */

static void test_kind_names(void **state)
{
    (void)state;
    assert_string_equal(deck_kind_name(SLIDE_TITLE), "title");
    assert_string_equal(deck_kind_name(SLIDE_EVENT), "event");
    assert_string_equal(deck_kind_name(SLIDE_AMBASSADOR), "ambassador");
    assert_string_equal(deck_kind_name(SLIDE_OVERVIEW), "overview");
    assert_string_equal(deck_kind_name(SLIDE_AGREEMENTS), "agreements");
    assert_string_equal(deck_kind_name(SLIDE_TRADE), "trade");
    assert_string_equal(deck_kind_name(SLIDE_MISSIONS), "missions");
}

static void assert_title_in(uint32_t index, lang_t lang, const char *expected)
{
    char buf[256];
    memset(buf, 'x', sizeof buf);
    size_t n = deck_slide_title(&deck, &content, index, lang, buf, sizeof buf);
    assert_string_equal(buf, expected);
    assert_int_equal(n, strlen(expected));
}

static void assert_title(uint32_t index, const char *expected)
{
    assert_title_in(index, LANG_EN, expected);
}

static void test_slide_titles(void **state)
{
    (void)state;
    fill_every_kind();
    deck_build(&content, &deck);
    assert_title(0, "Mexico – North Korea");
    assert_title(1, "4 September 1980: Diplomatic relations established");
    assert_title(2, "2003: Relations reach a low");
    /* The row before the first envoy has no name: its observations. */
    assert_title(3, "The governments established relations.");
    assert_title(4, "Pak Yong-se");
    assert_title(5, "Bilateral agreements");
    assert_title(6, "Trade");
    assert_title(7, "Diplomatic missions");
}

static void test_slide_titles_in_spanish(void **state)
{
    (void)state;
    fill_every_kind();
    deck_build(&content, &deck);
    assert_title_in(0, LANG_ES, "México – Corea del Norte");
    assert_title_in(1, LANG_ES, "4 de septiembre de 1980: Se establecen "
                                "relaciones diplomáticas");
    assert_title_in(2, LANG_ES, "2003: Las relaciones llegan a un punto bajo");
    assert_title_in(3, LANG_ES, "Los gobiernos establecieron relaciones.");
    assert_title_in(4, LANG_ES, "Pak Yong-se"); /* names are not translated */
    assert_title_in(5, LANG_ES, "Acuerdos bilaterales");
    assert_title_in(6, LANG_ES, "Comercio");
    assert_title_in(7, LANG_ES, "Misiones diplomáticas");
}

/* A contact sheet's caption says a slide's kind as the screen does, in
 * the show's language: the content's own labels, none for the title. */
static void test_kind_labels_in_each_language(void **state)
{
    (void)state;
    fill_every_kind();
    fixture_set(content.labels.history, "Cronología", "Timeline");
    deck_build(&content, &deck);
    assert_string_equal(deck_kind_label(&deck, &content, 0, LANG_ES), "");
    assert_string_equal(deck_kind_label(&deck, &content, 1, LANG_ES), "Cronología");
    assert_string_equal(deck_kind_label(&deck, &content, 1, LANG_EN), "Timeline");
    assert_string_equal(deck_kind_label(&deck, &content, 4, LANG_ES),
                        "Embajadores de Corea del Norte en México");
    assert_string_equal(deck_kind_label(&deck, &content, 4, LANG_EN),
                        "North Korean ambassadors to Mexico");
    assert_string_equal(deck_kind_label(&deck, &content, 6, LANG_ES), "Comercio");
    assert_string_equal(deck_kind_label(&deck, &content, 7, LANG_EN),
                        "Diplomatic missions");
}

/* --compare's ids: a record's own, or the kind of a one-of-a-kind slide. */
static void test_slide_ids(void **state)
{
    (void)state;
    fill_every_kind();
    snprintf(content.events[1].id, sizeof content.events[1].id, "low");
    snprintf(content.ambassadors[1].id, sizeof content.ambassadors[1].id, "pak");
    deck_build(&content, &deck);
    assert_string_equal(deck_slide_id(&deck, &content, 0), "title");
    assert_string_equal(deck_slide_id(&deck, &content, 2), "low");
    assert_string_equal(deck_slide_id(&deck, &content, 4), "pak");
    assert_string_equal(deck_slide_id(&deck, &content, 5), "agreements");
    assert_string_equal(deck_slide_id(&deck, &content, 6), "trade");
    assert_string_equal(deck_slide_id(&deck, &content, 7), "missions");
}

/* A date with a month but no day starts the title: in Spanish its month
 * is capitalised, in English it always is. */
static void test_slide_title_month_and_year(void **state)
{
    (void)state;
    add_event_es(2009, 6, 0, "México vota a favor de la Resolución 1874",
                 "Mexico votes for Resolution 1874", 0);
    deck_build(&content, &deck);
    assert_title_in(1, LANG_ES, "Junio de 2009: México vota a favor de la "
                                "Resolución 1874");
    assert_title_in(1, LANG_EN, "June 2009: Mexico votes for Resolution 1874");
}

/* The summary slides are titled by the content's labels, not by words
 * built into the kiosk: a curator who rewords a label renames the slide. */
static void test_summary_titles_come_from_labels(void **state)
{
    (void)state;
    fill_every_kind();
    fixture_set(content.labels.agreements, "Tratados", "Treaties");
    fixture_set(content.labels.trade, "Intercambio", "Exchange");
    fixture_set(content.labels.missions, "Embajadas", "Embassies");
    deck_build(&content, &deck);
    assert_title_in(5, LANG_ES, "Tratados");
    assert_title_in(5, LANG_EN, "Treaties");
    assert_title_in(6, LANG_ES, "Intercambio");
    assert_title_in(6, LANG_EN, "Exchange");
    assert_title_in(7, LANG_ES, "Embajadas");
    assert_title_in(7, LANG_EN, "Embassies");
    /* The month names too. */
    fixture_set(content.labels.months,
                "ene, feb, mar, abr, may, jun, jul, ago, sep, oct, nov, dic",
                "Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec");
    assert_title_in(1, LANG_ES, "4 de sep de 1980: Se establecen relaciones "
                                "diplomáticas");
    assert_title_in(1, LANG_EN, "4 Sep 1980: Diplomatic relations "
                                "established");
}

static void test_slide_title_truncates_safely(void **state)
{
    (void)state;
    fill_every_kind();
    deck_build(&content, &deck);
    char buf[8];
    size_t n = deck_slide_title(&deck, &content, 1, LANG_EN, buf, sizeof buf);
    assert_string_equal(buf, "4 Septe");
    assert_int_equal(n, strlen("4 September 1980: Diplomatic relations "
                               "established")); /* as snprintf */
    n = deck_slide_title(&deck, &content, 1, LANG_ES, buf, sizeof buf);
    assert_string_equal(buf, "4 de se");
    assert_int_equal(n, strlen("4 de septiembre de 1980: Se establecen "
                               "relaciones diplomáticas"));
    n = deck_slide_title(&deck, &content, 5, LANG_ES, buf, sizeof buf);
    assert_string_equal(buf, "Acuerdo");
    assert_int_equal(n, strlen("Acuerdos bilaterales"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_order_of_every_kind, reset),
        cmocka_unit_test_setup(test_events_in_file_order, reset),
        cmocka_unit_test_setup(test_only_title_without_records, reset),
        cmocka_unit_test_setup(test_kinds_without_records_omitted, reset),
        cmocka_unit_test_setup(test_exports_alone_make_a_trade_slide, reset),
        cmocka_unit_test_setup(test_full_tables_fit, reset),
        cmocka_unit_test_setup(test_overview_before_ambassadors_no_nameless_slide,
                               reset),
        cmocka_unit_test_setup(test_no_overview_without_heads_of_state, reset),
        cmocka_unit_test_setup(test_assert_fires_on_a_table_the_loader_refuses,
                               reset),
        cmocka_unit_test_setup(test_kind_names, reset),
        cmocka_unit_test_setup(test_slide_titles, reset),
        cmocka_unit_test_setup(test_slide_titles_in_spanish, reset),
        cmocka_unit_test_setup(test_slide_title_month_and_year, reset),
        cmocka_unit_test_setup(test_summary_titles_come_from_labels, reset),
        cmocka_unit_test_setup(test_kind_labels_in_each_language, reset),
        cmocka_unit_test_setup(test_slide_ids, reset),
        cmocka_unit_test_setup(test_slide_title_truncates_safely, reset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
