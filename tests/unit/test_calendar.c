/* test_calendar.c - the Gregorian calendar the loader checks dates with.
 *
 * Every length is written out as a table, not computed: the test is the
 * calendar on the wall, not a second copy of calendar.c's rule.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/calendar.h"

/* The 400-year rule at its four cases: divisible by 400 (2000) leap, by
 * 100 only (1900, 2100) not, by 4 only (2024) leap, by none (2023) not. */
static void test_leap_years(void **state)
{
    (void)state;
    assert_true(calendar_is_leap(2000));
    assert_false(calendar_is_leap(1900));
    assert_false(calendar_is_leap(2100));
    assert_true(calendar_is_leap(2024));
    assert_false(calendar_is_leap(2023));
    assert_true(calendar_is_leap(1904));
    assert_true(calendar_is_leap(2096));
    assert_false(calendar_is_leap(2026));
}

/* Every month's length in 1900, 2000, 2024, 2100 and 2023. */
static void test_every_month_length(void **state)
{
    (void)state;
    static const struct {
        int year;
        int days[12];
    } years[] = {
        {1900, {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}},
        {2000, {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}},
        {2024, {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}},
        {2100, {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}},
        {2023, {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}},
    };
    for (size_t y = 0; y < sizeof years / sizeof years[0]; y++)
        for (int m = 1; m <= 12; m++) {
            int got = calendar_days_in_month(years[y].year, m);
            if (got != years[y].days[m - 1])
                print_message("%d-%02d: %d days\n", years[y].year, m, got);
            assert_int_equal(got, years[y].days[m - 1]);
        }
}

/* Digits: only '0'..'9', read in order; anything else is -1. */
static void test_digits(void **state)
{
    (void)state;
    assert_int_equal(calendar_digits("2024", 4), 2024);
    assert_int_equal(calendar_digits("09", 2), 9);
    assert_int_equal(calendar_digits("0", 1), 0);
    assert_int_equal(calendar_digits("9", 1), 9);
    assert_int_equal(calendar_digits("12x", 2), 12); /* only n are read */
    assert_int_equal(calendar_digits("1a", 2), -1);
    assert_int_equal(calendar_digits("/0", 2), -1); /* '/' is '0' - 1 */
    assert_int_equal(calendar_digits(":0", 2), -1); /* ':' is '9' + 1 */
    assert_int_equal(calendar_digits("-1", 2), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_leap_years),
        cmocka_unit_test(test_every_month_length),
        cmocka_unit_test(test_digits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
