/* test_rebase.c - hot reload's core: which slide is "the same slide" in a
 * new version of the content, a machine that moves to a new deck without
 * losing its state (nor the slide's time), and the fingerprint that tells
 * a republished file from a changed one. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "core/deck.h"
#include "core/reading.h"
#include "core/hash.h"
#include "core/sm.h"

static content_t old_content, new_content;
static deck_t old_deck, new_deck;

static void add_event(content_t *c, int year, const char *headline)
{
    content_event_t *e = &c->events[c->event_count++];
    e->date.year = (int16_t)year;
    strcpy(e->headline[LANG_ES], headline);
    strcpy(e->headline[LANG_EN], headline);
}

/* Old: 1980, 1993, 2003. New: 1993 edited away, a 1990 event and an
 * agreement added, so 2003 keeps its place and a new slide follows. */
static int setup(void **state)
{
    (void)state;
    memset(&old_content, 0, sizeof old_content);
    old_content.show.slide_ms = 10000;
    old_content.show.reading_wpm = READING_DEFAULT_WPM;
    old_content.show.reading_min_ms = READING_DEFAULT_MIN_MS;
    add_event(&old_content, 1980, "Relations");
    add_event(&old_content, 1993, "Embassy");
    add_event(&old_content, 2003, "Low");
    new_content = old_content;
    new_content.event_count = 0;
    add_event(&new_content, 1980, "Relations");
    add_event(&new_content, 1990, "Inserted");
    add_event(&new_content, 2003, "Low");
    new_content.agreement_count = 1;
    deck_build(&old_content, &old_deck);
    deck_build(&new_content, &new_deck);
    return 0;
}

static uint32_t same_slide(uint32_t old_index)
{
    char key[512];
    deck_slide_key(&old_deck, &old_content, old_index, key, sizeof key);
    return deck_find_key(&new_deck, &new_content, key);
}

static void test_same_slide_found_where_it_moved(void **state)
{
    (void)state;
    assert_int_equal(same_slide(0), 0); /* the title slide */
    assert_int_equal(same_slide(1), 1); /* 1980 */
    assert_int_equal(same_slide(3), 3); /* 2003 */
    /* 1993 is gone: the 1990 event in its place is not the same slide. */
    assert_int_equal(same_slide(2), UINT32_MAX);
    /* Found by what it is, not where it was: 1980 moved in a new order. */
    content_t reordered = new_content;
    reordered.events[0] = new_content.events[2];
    reordered.events[2] = new_content.events[0];
    deck_t deck;
    deck_build(&reordered, &deck);
    char key[512];
    deck_slide_key(&old_deck, &old_content, 1, key, sizeof key);
    assert_int_equal(deck_find_key(&deck, &reordered, key), 3);
}

/* A summary slide is identified by its kind alone. */
static void test_kind_is_the_key_of_a_summary_slide(void **state)
{
    (void)state;
    char key[64];
    assert_int_equal(new_deck.slides[4].kind, SLIDE_AGREEMENTS);
    deck_slide_key(&new_deck, &new_content, 4, key, sizeof key);
    assert_string_equal(key, "agreements");
}

static void test_rebase_keeps_state_and_language(void **state)
{
    (void)state;
    sm_t sm;
    sm_config_t config = {60000, 300000, LANG_ES,
                          SM_DEFAULT_STAFF_WAKE_MS};
    sm_init(&sm, config, &old_deck);
    sm_step(&sm, (sm_event_t){SM_EV_NEXT, 0});
    sm_step(&sm, (sm_event_t){SM_EV_LANG, 0});
    sm_step(&sm, (sm_event_t){SM_EV_TICK, 20000});
    sm_rebase(&sm, &new_deck, 4, false);
    assert_int_equal(sm.state, SM_BROWSE);
    assert_int_equal(sm.lang, LANG_EN);
    assert_int_equal(sm.slide, 4);
    assert_int_equal(sm.in_state_ms, 20000); /* the idle time goes on */
    assert_ptr_equal(sm.deck, &new_deck);
    /* A slide past the new deck's end is clamped to its last. */
    sm_rebase(&sm, &old_deck, 99, false);
    assert_int_equal(sm.slide, old_deck.count - 1);
}

static void attract_for(sm_t *sm, uint64_t ms)
{
    sm_config_t config = {60000, 300000, LANG_ES, SM_DEFAULT_STAFF_WAKE_MS};
    sm_init(sm, config, &old_deck);
    sm_step(sm, (sm_event_t){SM_EV_TICK, ms});
}

/* In attract mode another slide (the one shown is gone) starts its time
 * again. */
static void test_rebase_in_attract_restarts_another_slide(void **state)
{
    (void)state;
    sm_t sm;
    attract_for(&sm, 9000);
    sm_rebase(&sm, &new_deck, 0, false);
    assert_int_equal(sm.in_state_ms, 0);
    assert_int_equal(sm_ms_until_due(&sm), 10000);
}

/* The same slide in the new content keeps its time: a publish every few
 * seconds must not hold the show still. 7 s of 10 spent on the 1980
 * slide (index 1 in both decks): 3 s later the next slide shows. */
static void test_rebase_in_attract_keeps_the_slides_time(void **state)
{
    (void)state;
    sm_t sm;
    attract_for(&sm, 17000);
    assert_int_equal(sm.slide, 1);
    sm_rebase(&sm, &new_deck, 1, true);
    assert_int_equal(sm.slide, 1);
    assert_int_equal(sm.in_state_ms, 7000);
    assert_int_equal(sm_ms_until_due(&sm), 3000);
    sm_step(&sm, (sm_event_t){SM_EV_TICK, 2999});
    assert_int_equal(sm.slide, 1);
    sm_step(&sm, (sm_event_t){SM_EV_TICK, 1});
    assert_int_equal(sm.slide, 2);
    assert_int_equal(sm.in_state_ms, 0);
}

/* The same slide, now 5 s long, with 7 s already spent: its time starts
 * again (it is not skipped, nor does the rest spill into the next); at
 * 4999 ms spent it runs on, at 5000 it starts again. A slide clamped to a shorter deck is another
 * slide. */
static void test_rebase_in_attract_restarts_a_shortened_slide(void **state)
{
    (void)state;
    content_t shorter = new_content;
    shorter.show.slide_ms = 5000;
    deck_t deck;
    deck_build(&shorter, &deck);
    sm_t sm;
    attract_for(&sm, 17000);
    sm_rebase(&sm, &deck, 1, true);
    assert_int_equal(sm.in_state_ms, 0);
    attract_for(&sm, 14999);
    sm_rebase(&sm, &deck, 1, true);
    assert_int_equal(sm.in_state_ms, 4999);
    assert_int_equal(sm_ms_until_due(&sm), 1);
    /* Exactly 5000 ms spent, the new length: its time is up, so it starts
     * again rather than be left at once. */
    attract_for(&sm, 15000);
    sm_rebase(&sm, &deck, 1, true);
    assert_int_equal(sm.in_state_ms, 0);
    assert_int_equal(sm_ms_until_due(&sm), 5000);
    attract_for(&sm, 17000);
    sm_rebase(&sm, &deck, 99, true);
    assert_int_equal(sm.slide, deck.count - 1);
    assert_int_equal(sm.in_state_ms, 0);
}

/* The fingerprint that tells a republished file from a changed one: the
 * published FNV-1a 64 test vectors, and one byte changed. */
static void test_fnv1a64_vectors(void **state)
{
    (void)state;
    assert_true(hash_fnv1a64("", 0) == 0xcbf29ce484222325ull);
    assert_true(hash_fnv1a64("a", 1) == 0xaf63dc4c8601ec8cull);
    assert_true(hash_fnv1a64("foobar", 6) == 0x85944171f73967e8ull);
    assert_true(hash_fnv1a64("foobaR", 6) != hash_fnv1a64("foobar", 6));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_slide_found_where_it_moved),
        cmocka_unit_test(test_kind_is_the_key_of_a_summary_slide),
        cmocka_unit_test(test_rebase_keeps_state_and_language),
        cmocka_unit_test(test_rebase_in_attract_restarts_another_slide),
        cmocka_unit_test(test_rebase_in_attract_keeps_the_slides_time),
        cmocka_unit_test(test_rebase_in_attract_restarts_a_shortened_slide),
        cmocka_unit_test(test_fnv1a64_vectors),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
