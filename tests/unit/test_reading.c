/* test_reading.c - a slide's words and its reading time (reading.h), and
 * the deck's choice among a slide's own time, the show's fixed time and
 * the reading time, in each language. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/deck.h"
#include "core/reading.h"
#include "labels_fixture.h"

static content_t content;
static deck_t deck;

/* ---------------------------------------------------------- words */

static void test_words_are_runs_with_a_letter_or_digit(void **state)
{
    (void)state;
    assert_int_equal(reading_words(""), 0);
    assert_int_equal(reading_words("   \n\t "), 0);
    assert_int_equal(reading_words("one"), 1);
    assert_int_equal(reading_words("  two  words\n"), 2);
    assert_int_equal(reading_words("line\nbreak"), 2);
    /* A dash or a bullet alone is no word; joined to one, it is part of it. */
    assert_int_equal(reading_words("México – Corea del Norte"), 4);
    assert_int_equal(reading_words("Trump–Kim"), 1);
    assert_int_equal(reading_words(" – · … « » "), 0);
    /* Accented letters and Spanish marks. */
    assert_int_equal(reading_words("¿Qué? ¡Sí! él ñ"), 4);
    assert_int_equal(reading_words("Resolución 1874, 2009."), 3);
}

/* ------------------------------------------------------- the rule */

/* seconds = ceil(words * 60 / wpm) + 4, at least the floor. */
static void test_time_rule_at_its_boundaries(void **state)
{
    (void)state;
    /* 180 wpm: 3 words a second. 12 words read in exactly 4 s: 8 s. */
    assert_int_equal(reading_ms(12, 180, 8000), 8000);
    /* One more word is a started second: 5 s + 4 s. */
    assert_int_equal(reading_ms(13, 180, 8000), 9000);
    assert_int_equal(reading_ms(33, 180, 8000), 15000);
    assert_int_equal(reading_ms(34, 180, 8000), 16000);
    assert_int_equal(reading_ms(90, 180, 8000), 34000);
    /* Under the floor: the floor. */
    assert_int_equal(reading_ms(0, 180, 8000), 8000);
    assert_int_equal(reading_ms(3, 180, 8000), 8000);
    assert_int_equal(reading_ms(3, 180, 1000), 5000);
    assert_int_equal(reading_ms(0, 180, 1000), 4000);
    assert_int_equal(reading_ms(30, 180, 20000), 20000);
    /* Other rates. */
    assert_int_equal(reading_ms(10, 60, 8000), 14000);
    assert_int_equal(reading_ms(60, 600, 1000), 10000);
    assert_int_equal(reading_ms(61, 600, 1000), 11000);
    /* Never past the longest slide time the machine accepts. */
    assert_int_equal(reading_ms(215760, 60, 8000), 3600000);
    assert_int_equal(reading_ms(UINT32_MAX, 60, 8000), 3600000);
}

static void test_time_rule_asserts_a_rate(void **state)
{
    (void)state;
    expect_assert_failure(reading_ms(10, 0, 8000));
}

/* --------------------------------------------------- slide words */

/* A text of `n` words: "w w w ...". */
static void words_text(char *buf, size_t cap, uint32_t n)
{
    buf[0] = '\0';
    for (uint32_t i = 0; i < n && (i + 1) * 2 < cap; i++)
        strcat(buf, i ? " w" : "w");
}

static int reset(void **state)
{
    (void)state;
    memset(&content, 0, sizeof content);
    fixture_set(content.show.title, "Título", "Title");
    fixture_labels(&content.labels);
    content.show.reading_wpm = READING_DEFAULT_WPM;
    content.show.reading_min_ms = READING_DEFAULT_MIN_MS;
    return 0;
}

/* An event of 1980 headed "H", its text `es` and `en` words long: on the
 * slide the kicker (Historia / History), the date, the headline and the
 * text: 3 words more than its text. */
static void add_event(uint32_t es, uint32_t en, uint32_t own_ms)
{
    content_event_t *e = &content.events[content.event_count++];
    e->date = (content_date_t){1980, 0, 0};
    fixture_set(e->headline, "H", "H");
    words_text(e->text[LANG_ES], sizeof e->text[LANG_ES], es);
    words_text(e->text[LANG_EN], sizeof e->text[LANG_EN], en);
    e->slide_ms = own_ms;
}

static void test_event_words_count_kicker_date_headline_text(void **state)
{
    (void)state;
    add_event(30, 7, 0);
    deck_build(&content, &deck);
    assert_int_equal(reading_slide_words(&content, &deck.slides[1], LANG_ES), 33);
    assert_int_equal(reading_slide_words(&content, &deck.slides[1], LANG_EN), 10);
}

/* Each language its own time: 33 words 15 s, 34 words 16 s. */
static void test_deck_times_by_language(void **state)
{
    (void)state;
    add_event(30, 31, 0); /* 33 and 34 words */
    add_event(0, 9, 0);   /* 3 words: the floor; 12 words: exactly 8 s */
    add_event(10, 10, 0); /* 13 words: 9 s */
    deck_build(&content, &deck);
    assert_int_equal(deck.slides[1].duration_ms[LANG_ES], 15000);
    assert_int_equal(deck.slides[1].duration_ms[LANG_EN], 16000);
    assert_int_equal(deck.slides[2].duration_ms[LANG_ES], 8000);
    assert_int_equal(deck.slides[2].duration_ms[LANG_EN], 8000);
    assert_int_equal(deck.slides[3].duration_ms[LANG_ES], 9000);
    assert_int_equal(deck.slides[3].duration_ms[LANG_EN], 9000);
}

/* The settings' rate and floor (copied into the show by the app). */
static void test_deck_takes_the_rate_and_floor(void **state)
{
    (void)state;
    add_event(30, 0, 0); /* 33 and 3 words */
    content.show.reading_wpm = 60;
    content.show.reading_min_ms = 10000;
    deck_build(&content, &deck);
    assert_int_equal(deck.slides[1].duration_ms[LANG_ES], 37000);
    assert_int_equal(deck.slides[1].duration_ms[LANG_EN], 10000);
}

/* A slide's own `seconds` wins over everything, under the floor too; a
 * fixed slide_seconds replaces the reading time of the others. */
static void test_own_seconds_win_then_the_fixed_time(void **state)
{
    (void)state;
    add_event(90, 90, 5000);
    add_event(90, 90, 0);
    deck_build(&content, &deck);
    assert_int_equal(deck.slides[1].duration_ms[LANG_ES], 5000);
    assert_int_equal(deck.slides[1].duration_ms[LANG_EN], 5000);
    assert_int_equal(deck.slides[2].duration_ms[LANG_EN], 35000);
    content.show.slide_ms = 7000;
    deck_build(&content, &deck);
    assert_int_equal(deck.slides[1].duration_ms[LANG_ES], 5000);
    assert_int_equal(deck.slides[2].duration_ms[LANG_ES], 7000);
    assert_int_equal(deck.slides[2].duration_ms[LANG_EN], 7000);
    assert_int_equal(deck.slides[0].duration_ms[LANG_EN], 7000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_are_runs_with_a_letter_or_digit),
        cmocka_unit_test(test_time_rule_at_its_boundaries),
        cmocka_unit_test(test_time_rule_asserts_a_rate),
        cmocka_unit_test_setup(test_event_words_count_kicker_date_headline_text, reset),
        cmocka_unit_test_setup(test_deck_times_by_language, reset),
        cmocka_unit_test_setup(test_deck_takes_the_rate_and_floor, reset),
        cmocka_unit_test_setup(test_own_seconds_win_then_the_fixed_time, reset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
