/* test_hours.c - opening hours: the text a settings file gives, what it
 * means at the edges of each range, and how long until it next changes
 * (across midnight and the end of the week).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/hours.h"

enum { MON, TUE, WED, THU, FRI, SAT, SUN };
#define H(h, m) ((h) * 60 + (m))

static hours_t hours;
static char err[160];

static void parse_ok(const char *text)
{
    err[0] = '\0';
    if (!hours_parse(text, &hours, err, sizeof err))
        fail_msg("'%s' refused: %s", text, err);
}

static void parse_bad(const char *text, const char *message)
{
    err[0] = '\0';
    assert_false(hours_parse(text, &hours, err, sizeof err));
    if (strcmp(err, message) != 0)
        fail_msg("'%s': got \"%s\", wanted \"%s\"", text, err, message);
}

/* The ranges of one day, as "09:00-18:00 ..." for comparisons. */
static void assert_day(int day, const char *want)
{
    char got[128] = "";
    for (int i = 0; i < hours.count[day]; i++) {
        size_t n = strlen(got);
        hours_range_t r = hours.day[day][i];
        snprintf(got + n, sizeof got - n, "%s%02d:%02d-%02d:%02d", i ? " " : "",
                 r.from / 60, r.from % 60, r.to / 60, r.to % 60);
    }
    assert_string_equal(got, want);
}

/* ------------------------------------------------------------- parse */

static void test_always(void **state)
{
    (void)state;
    parse_ok("always");
    assert_true(hours.always);
    parse_ok("  always");
    assert_true(hours.always);
    hours_t h;
    hours_always(&h);
    assert_true(h.always);
    for (int d = MON; d <= SUN; d++)
        for (int m = 0; m < 1440; m += 7) assert_true(hours_is_open(&h, d, m));
    assert_int_equal(hours_minutes_to_change(&h, WED, H(12, 0)), 0);
}

static void test_one_range(void **state)
{
    (void)state;
    parse_ok("Tue-Sun 09:00-18:00");
    assert_false(hours.always);
    assert_day(MON, "");
    for (int d = TUE; d <= SUN; d++) assert_day(d, "09:00-18:00");
    /* Day names in any case. */
    parse_ok("tue-SUN 09:00-18:00");
    assert_day(MON, "");
    assert_day(SUN, "09:00-18:00");
    /* One day alone. */
    parse_ok("Sat 10:00-14:00");
    assert_day(FRI, "");
    assert_day(SAT, "10:00-14:00");
    assert_day(SUN, "");
}

static void test_several_ranges_and_groups(void **state)
{
    (void)state;
    parse_ok("Mon-Fri 09:00-13:00 15:00-19:00; Sat 10:00-14:00");
    for (int d = MON; d <= FRI; d++) assert_day(d, "09:00-13:00 15:00-19:00");
    assert_day(SAT, "10:00-14:00");
    assert_day(SUN, "");
    /* Spaces are free around ';' and ranges; a trailing ';' is fine. */
    parse_ok("  Mon 09:00-10:00 ;Tue   11:00-12:00;  ");
    assert_day(MON, "09:00-10:00");
    assert_day(TUE, "11:00-12:00");
    /* A day named in two groups gets both. */
    parse_ok("Mon-Wed 09:00-12:00; Wed 14:00-16:00");
    assert_day(WED, "09:00-12:00 14:00-16:00");
    assert_day(TUE, "09:00-12:00");
    /* Four ranges in a day, the most (LIMIT_HOURS_RANGES). */
    parse_ok("Mon 01:00-02:00 03:00-04:00 05:00-06:00 07:00-08:00");
    assert_int_equal(hours.count[MON], 4);
}

static void test_wrap_over_week_end(void **state)
{
    (void)state;
    parse_ok("Sat-Mon 10:00-16:00");
    assert_day(SAT, "10:00-16:00");
    assert_day(SUN, "10:00-16:00");
    assert_day(MON, "10:00-16:00");
    for (int d = TUE; d <= FRI; d++) assert_day(d, "");
    parse_ok("Sun-Sun 10:00-11:00");
    assert_day(SUN, "10:00-11:00");
    assert_day(MON, "");
}

static void test_midnight_and_24(void **state)
{
    (void)state;
    parse_ok("Fri 20:00-24:00; Sat 00:00-02:00");
    assert_day(FRI, "20:00-24:00");
    assert_day(SAT, "00:00-02:00");
    parse_ok("Mon-Sun 00:00-24:00");
    for (int d = MON; d <= SUN; d++) assert_day(d, "00:00-24:00");
}

static void test_errors(void **state)
{
    (void)state;
    parse_bad("", "no hours given: write 'always', or days and times like "
                  "Tue-Sun 09:00-18:00");
    parse_bad("   ", "no hours given: write 'always', or days and times "
                     "like Tue-Sun 09:00-18:00");
    parse_bad("09:00-18:00", "expected a day (Mon..Sun) near '09:00-18:00'");
    parse_bad("Tues 09:00-18:00",
              "expected a time range HH:MM-HH:MM near 's 09:00-18:00'");
    parse_bad("Mon-Xyz 09:00-18:00", "expected a day after '-' near 'Mon-Xyz 09:00-18:00'");
    parse_bad("Mon", "a day needs a time range at the end");
    parse_bad("Mon; Tue 09:00-10:00", "a day needs a time range near '; Tue 09:00-10:00'");
    parse_bad("Mon 9:00-18:00", "expected a time range HH:MM-HH:MM near '9:00-18:00'");
    parse_bad("Mon 09:00", "expected a time range HH:MM-HH:MM near '09:00'");
    parse_bad("Mon 09:00-", "expected a time range HH:MM-HH:MM near '09:00-'");
    parse_bad("Mon 09:00-25:00", "expected a time range HH:MM-HH:MM near '09:00-25:00'");
    parse_bad("Mon 09:60-10:00", "expected a time range HH:MM-HH:MM near '09:60-10:00'");
    parse_bad("Mon 09:00-24:01", "expected a time range HH:MM-HH:MM near '09:00-24:01'");
    parse_bad("Mon 18:00-09:00",
              "a range must end after it starts (split one that runs past "
              "midnight in two) near '18:00-09:00'");
    parse_bad("Mon 09:00-09:00",
              "a range must end after it starts (split one that runs past "
              "midnight in two) near '09:00-09:00'");
    parse_bad("Mon 01:00-02:00 03:00-04:00 05:00-06:00 07:00-08:00 09:00-10:00",
              "too many time ranges in one day near '09:00-10:00'");
    parse_bad("Mon 09:00-10:00;; Tue 09:00-10:00",
              "expected a day (Mon..Sun) near '; Tue 09:00-10:00'");
    parse_bad("always; Mon 09:00-10:00",
              "expected a day (Mon..Sun) near 'always; Mon 09:00-10'");
    parse_bad("Always", "expected a day (Mon..Sun) near 'Always'");
    /* A message fits any buffer, cut short. */
    char small[8];
    assert_false(hours_parse("Mon", &hours, small, sizeof small));
    assert_int_equal(strlen(small), sizeof small - 1);
}

/* ------------------------------------------------------------ is_open */

static void test_is_open_at_the_edges(void **state)
{
    (void)state;
    parse_ok("Tue-Sun 09:00-18:00");
    assert_false(hours_is_open(&hours, TUE, H(8, 59)));
    assert_true(hours_is_open(&hours, TUE, H(9, 0))); /* from: open */
    assert_true(hours_is_open(&hours, TUE, H(17, 59)));
    assert_false(hours_is_open(&hours, TUE, H(18, 0))); /* to: closed */
    assert_false(hours_is_open(&hours, TUE, 0));
    assert_false(hours_is_open(&hours, TUE, 1439));
    for (int m = 0; m < 1440; m++) assert_false(hours_is_open(&hours, MON, m));
    assert_true(hours_is_open(&hours, SUN, H(12, 0)));

    parse_ok("Mon-Fri 09:00-13:00 15:00-19:00");
    assert_true(hours_is_open(&hours, WED, H(12, 59)));
    assert_false(hours_is_open(&hours, WED, H(13, 0)));
    assert_false(hours_is_open(&hours, WED, H(14, 59)));
    assert_true(hours_is_open(&hours, WED, H(15, 0)));
    assert_false(hours_is_open(&hours, SAT, H(12, 0)));

    parse_ok("Fri 20:00-24:00; Sat 00:00-02:00");
    assert_true(hours_is_open(&hours, FRI, 1439));
    assert_true(hours_is_open(&hours, SAT, 0));
    assert_true(hours_is_open(&hours, SAT, H(1, 59)));
    assert_false(hours_is_open(&hours, SAT, H(2, 0)));
    assert_false(hours_is_open(&hours, FRI, 0));
}

/* ------------------------------------------------- minutes to change */

static void test_minutes_to_change_in_a_day(void **state)
{
    (void)state;
    parse_ok("Tue-Sun 09:00-18:00");
    assert_int_equal(hours_minutes_to_change(&hours, TUE, H(8, 0)), 60);
    assert_int_equal(hours_minutes_to_change(&hours, TUE, H(8, 59)), 1);
    assert_int_equal(hours_minutes_to_change(&hours, TUE, H(9, 0)), 9 * 60);
    assert_int_equal(hours_minutes_to_change(&hours, TUE, H(17, 59)), 1);
    parse_ok("Mon-Fri 09:00-13:00 15:00-19:00");
    assert_int_equal(hours_minutes_to_change(&hours, WED, H(13, 0)), 120);
    assert_int_equal(hours_minutes_to_change(&hours, WED, H(12, 0)), 60);
}

static void test_minutes_to_change_across_midnight(void **state)
{
    (void)state;
    parse_ok("Tue-Sun 09:00-18:00");
    /* Closing at 18:00, opening at 09:00 the next day: 15 hours. */
    assert_int_equal(hours_minutes_to_change(&hours, TUE, H(18, 0)), 15 * 60);
    assert_int_equal(hours_minutes_to_change(&hours, TUE, 1439), 9 * 60 + 1);
    /* Open across midnight: Friday 20:00 to Saturday 02:00 is one span. */
    parse_ok("Fri 20:00-24:00; Sat 00:00-02:00");
    assert_int_equal(hours_minutes_to_change(&hours, FRI, H(20, 0)), 6 * 60);
    assert_int_equal(hours_minutes_to_change(&hours, FRI, 1439), 2 * 60 + 1);
    assert_int_equal(hours_minutes_to_change(&hours, SAT, H(2, 0)),
                     7 * 1440 - 6 * 60); /* next Friday 20:00 */
}

static void test_minutes_to_change_across_week_end(void **state)
{
    (void)state;
    /* Closed all Monday: Sunday 18:00 to Tuesday 09:00. */
    parse_ok("Tue-Sun 09:00-18:00");
    assert_int_equal(hours_minutes_to_change(&hours, SUN, H(18, 0)),
                     6 * 60 + 1440 + 9 * 60);
    assert_int_equal(hours_minutes_to_change(&hours, MON, H(12, 0)),
                     12 * 60 + 9 * 60);
    /* Open only on Wednesdays: a week from the closing to the opening,
     * less the open hours. */
    parse_ok("Wed 10:00-11:00");
    assert_int_equal(hours_minutes_to_change(&hours, WED, H(11, 0)),
                     7 * 1440 - 60);
    assert_int_equal(hours_minutes_to_change(&hours, THU, H(10, 0)), 6 * 1440);
    /* The week's end wraps: Sat-Mon from Mon 16:00 to Sat 10:00. */
    parse_ok("Sat-Mon 10:00-16:00");
    assert_int_equal(hours_minutes_to_change(&hours, MON, H(16, 0)),
                     4 * 1440 + 18 * 60);
    /* Never changes: open (or closed) every minute of the week. */
    parse_ok("Mon-Sun 00:00-24:00");
    assert_int_equal(hours_minutes_to_change(&hours, THU, H(3, 0)), 0);
    assert_true(hours_is_open(&hours, THU, H(3, 0)));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_always),
        cmocka_unit_test(test_one_range),
        cmocka_unit_test(test_several_ranges_and_groups),
        cmocka_unit_test(test_wrap_over_week_end),
        cmocka_unit_test(test_midnight_and_24),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_is_open_at_the_edges),
        cmocka_unit_test(test_minutes_to_change_in_a_day),
        cmocka_unit_test(test_minutes_to_change_across_midnight),
        cmocka_unit_test(test_minutes_to_change_across_week_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
