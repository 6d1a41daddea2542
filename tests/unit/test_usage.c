/* test_usage.c - the anonymous visitor counters: a visit worked out by
 * hand, staff keys and L in the attract loop not making visits, a day
 * changing under a visit, and the CSV written, pinned, and read back. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "core/usage.h"

/* The machine as usage reads it: state, slide (0-based), language. */
static sm_t machine(sm_state_t state, uint32_t slide, lang_t lang)
{
    sm_t sm;
    memset(&sm, 0, sizeof sm);
    sm.state = state;
    sm.slide = slide;
    sm.lang = lang;
    return sm;
}

/* At 10:xx: Right at 1 s (slide 2), Right at 5 s (slide 3), L at 8 s
 * (slide 3 in English), then the idle timeout at 68 s back to attract.
 * Slide 2 in es: 4 s; slide 3 in es: 3 s; slide 3 in en: 60 s. One visit
 * of 67 s (the band up to 90 s), begun at 10, 3 actions at 10. */
static void play_visit(usage_t *u)
{
    sm_t sm = machine(SM_BROWSE, 1, LANG_ES);
    usage_action(u, &sm, SM_EV_NEXT, 1000, 10);
    usage_observe(u, &sm, 5000);
    sm.slide = 2;
    usage_action(u, &sm, SM_EV_NEXT, 5000, 10);
    usage_observe(u, &sm, 7000);
    sm.lang = LANG_EN;
    usage_action(u, &sm, SM_EV_LANG, 8000, 10);
    usage_observe(u, &sm, 30000);
    sm = machine(SM_ATTRACT, 0, LANG_ES);
    usage_observe(u, &sm, 68000);
    usage_observe(u, &sm, 90000); /* the attract loop: nothing more */
}

static void test_a_visit_counted_by_hand(void **state)
{
    (void)state;
    static usage_t u;
    usage_init(&u);
    play_visit(&u);
    assert_false(u.in_visit);
    assert_int_equal(u.day.slide_shows[1][LANG_ES], 1);
    assert_int_equal(u.day.slide_shows[2][LANG_ES], 1);
    assert_int_equal(u.day.slide_shows[2][LANG_EN], 1);
    assert_int_equal(u.day.slide_shows[0][LANG_ES], 0); /* attract's */
    assert_int_equal(u.day.slide_ms[1][LANG_ES], 4000);
    assert_int_equal(u.day.slide_ms[2][LANG_ES], 3000);
    assert_int_equal(u.day.slide_ms[2][LANG_EN], 60000);
    assert_int_equal(u.day.visits, 1);
    assert_int_equal(u.day.visit_ms, 67000);
    assert_int_equal(u.day.visit_bands[2], 1); /* up to 90 s */
    assert_int_equal(u.day.visits_began[10], 1);
    assert_int_equal(u.day.actions[10], 3);
    assert_int_equal(u.day.language_switches, 1);
}

/* Keys while the museum is closed are staff's: nothing at all. */
static void test_staff_keys_are_not_counted(void **state)
{
    (void)state;
    static usage_t u, zero;
    usage_init(&u);
    usage_init(&zero);
    sm_t sm = machine(SM_BROWSE, 0, LANG_ES);
    sm.closed = true;
    usage_action(&u, &sm, SM_EV_NEXT, 1000, 20);
    usage_observe(&u, &sm, 9000);
    assert_memory_equal(&u, &zero, sizeof u);
}

/* L in the attract loop: an action and a switch, no visit (the loop goes
 * on by itself); time and the hours are no one's action. */
static void test_language_in_attract_opens_no_visit(void **state)
{
    (void)state;
    static usage_t u;
    usage_init(&u);
    sm_t sm = machine(SM_ATTRACT, 3, LANG_EN);
    usage_action(&u, &sm, SM_EV_LANG, 1000, 9);
    usage_action(&u, &sm, SM_EV_TICK, 2000, 9);
    usage_action(&u, &sm, SM_EV_OPEN, 3000, 9);
    assert_int_equal(u.day.actions[9], 1);
    assert_int_equal(u.day.language_switches, 1);
    assert_int_equal(u.day.visits_began[9], 0);
    assert_int_equal(u.day.slide_shows[3][LANG_EN], 0);
    assert_false(u.in_visit);
}

/* A (or the speaker button) is a visitor's action: it holds the slide in
 * BROWSE, so it begins a visit; it switches no language. */
static void test_narration_key_begins_a_visit(void **state)
{
    (void)state;
    static usage_t u;
    usage_init(&u);
    sm_t sm = machine(SM_BROWSE, 3, LANG_EN);
    usage_action(&u, &sm, SM_EV_NARRATE, 1000, 9);
    assert_int_equal(u.day.actions[9], 1);
    assert_int_equal(u.day.language_switches, 0);
    assert_int_equal(u.day.visits_began[9], 1);
    assert_true(u.in_visit);
}

/* Midnight under a visit: the new day gets the rest of it, and the
 * visit itself (it ends there). */
static void test_a_new_day_under_a_visit(void **state)
{
    (void)state;
    static usage_t u;
    usage_init(&u);
    sm_t sm = machine(SM_BROWSE, 4, LANG_ES);
    usage_action(&u, &sm, SM_EV_NEXT, 1000, 23);
    usage_observe(&u, &sm, 11000);
    usage_new_day(&u, 11000);
    sm = machine(SM_ATTRACT, 0, LANG_ES);
    usage_observe(&u, &sm, 71000);
    assert_int_equal(u.day.slide_ms[4][LANG_ES], 60000);
    assert_int_equal(u.day.visits, 1);
    assert_int_equal(u.day.visit_ms, 70000);
    assert_int_equal(u.day.visits_began[23], 0); /* yesterday's */
}

static const char visit_csv[] =
    "counter,slide,language,hour,value\n"
    "slide_shows,2,es,,1\n"
    "slide_seconds,2,es,,4.000\n"
    "slide_shows,3,es,,1\n"
    "slide_seconds,3,es,,3.000\n"
    "slide_shows,3,en,,1\n"
    "slide_seconds,3,en,,60.000\n"
    "visits,,,,1\n"
    "visit_seconds,,,,67.000\n"
    "visits_up_to,,,90,1\n"
    "visits_began,,,10,1\n"
    "actions,,,10,3\n"
    "language_switches,,,,1\n";

static void test_csv_written_and_read_back(void **state)
{
    (void)state;
    static usage_t u;
    static usage_day_t back;
    static char csv[USAGE_CSV_MAX];
    usage_init(&u);
    play_visit(&u);
    size_t n = usage_csv_write(&u.day, csv, sizeof csv);
    assert_string_equal(csv, visit_csv);
    assert_int_equal(n, strlen(visit_csv));
    memset(&back, 0, sizeof back);
    uint32_t line = 0;
    char why[120];
    assert_true(usage_csv_read(csv, n, &back, &line, why, sizeof why));
    assert_memory_equal(&back, &u.day, sizeof back);
    /* Read twice: added up, as a report adds days. */
    assert_true(usage_csv_read(csv, n, &back, &line, why, sizeof why));
    assert_int_equal(back.visits, 2);
    assert_int_equal(back.slide_ms[2][LANG_EN], 120000);
}

/* A band longer than the last: the "0" band. */
static void test_a_long_visit_in_the_last_band(void **state)
{
    (void)state;
    static usage_t u;
    static char csv[USAGE_CSV_MAX];
    usage_init(&u);
    sm_t sm = machine(SM_PAUSED, 0, LANG_ES);
    usage_action(&u, &sm, SM_EV_PAUSE, 0, 12);
    sm.state = SM_ATTRACT;
    usage_observe(&u, &sm, 600001);
    assert_int_equal(u.day.visit_bands[USAGE_BANDS], 1);
    usage_csv_write(&u.day, csv, sizeof csv);
    assert_non_null(strstr(csv, "\nvisits_up_to,,,0,1\n"));
}

static void assert_bad(const char *text, uint32_t want_line, const char *want_why)
{
    static usage_day_t d;
    uint32_t line = 0;
    char why[120] = "";
    assert_false(usage_csv_read(text, strlen(text), &d, &line, why, sizeof why));
    assert_int_equal(line, want_line);
    assert_string_equal(why, want_why);
}

static void test_bad_csv_lines_name_their_line(void **state)
{
    (void)state;
    assert_bad("counter,slide,language,hour,value\nvisits,,,,x\n", 2,
               "the value must be a whole number");
    assert_bad("visits,,,,1\nslide_seconds,2,es,,4\n", 2,
               "the value must be seconds with three decimals");
    assert_bad("slide_shows,99,es,,1\n", 1, "the slide must be 1 to 69");
    assert_bad("slide_shows,2,fr,,1\n", 1, "the language must be es or en");
    assert_bad("visits,,,1\n", 1, "expected counter,slide,language,hour,value");
    assert_bad("visitors,,,,1\n", 1, "unknown counter 'visitors' or keys that do not fit it");
    assert_bad("actions,,,24,1\n", 1, "unknown counter 'actions' or keys that do not fit it");
    assert_bad("visits_up_to,,,45,1\n", 1, "unknown counter 'visits_up_to' or keys that do not fit it");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_visit_counted_by_hand),
        cmocka_unit_test(test_staff_keys_are_not_counted),
        cmocka_unit_test(test_language_in_attract_opens_no_visit),
        cmocka_unit_test(test_narration_key_begins_a_visit),
        cmocka_unit_test(test_a_new_day_under_a_visit),
        cmocka_unit_test(test_csv_written_and_read_back),
        cmocka_unit_test(test_a_long_visit_in_the_last_band),
        cmocka_unit_test(test_bad_csv_lines_name_their_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
