/* calendar.h - the Gregorian calendar and fixed-width numbers, as the
 * content's dates, the opening hours and --start-time read them. */
#ifndef KIOSK_CALENDAR_H
#define KIOSK_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

bool calendar_is_leap(int year);

/* Days in month 1..12 of year. */
int calendar_days_in_month(int year, int month);

/* Days from 1 January 1970 to year-month-day (negative before it), so
 * that dates can be placed on a time axis in proportion to their days. */
long calendar_day_number(int year, int month, int day);

/* The number in exactly n decimal digits at s; -1 if any is not a digit. */
int calendar_digits(const char *s, size_t n);

#endif
