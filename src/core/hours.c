/* hours.c - opening hours; see hours.h. */
#include "hours.h"

#include <stdio.h>
#include <string.h>

#include "calendar.h"

#define MINUTES_PER_DAY 1440

static const char *const day_names[7] = {"mon", "tue", "wed", "thu",
                                         "fri", "sat", "sun"};

void hours_always(hours_t *h)
{
    memset(h, 0, sizeof *h);
    h->always = true;
}

static bool fail(char *err, size_t cap, const char *what, const char *near)
{
    if (*near) snprintf(err, cap, "%s near '%.20s'", what, near);
    else snprintf(err, cap, "%s at the end", what);
    return false;
}

/* A day name, case-insensitive, three letters: Mon .. Sun. */
static int parse_day(const char **s)
{
    for (int d = 0; d < 7; d++) {
        const char *n = day_names[d];
        int i = 0;
        while (i < 3 && ((*s)[i] | 0x20) == n[i]) i++;
        if (i == 3) {
            *s += 3;
            return d;
        }
    }
    return -1;
}

/* HH:MM, 00:00 .. 24:00; -1 when malformed. */
static int parse_time(const char **s)
{
    int h = calendar_digits(*s, 2);
    int m = h < 0 || (*s)[2] != ':' ? -1 : calendar_digits(*s + 3, 2);
    if (h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0)) return -1;
    *s += 5;
    return h * 60 + m;
}

static void skip_spaces(const char **s)
{
    while (**s == ' ' || **s == '\t') (*s)++;
}

/* "Tue-Sun" or "Sat": sets days[] for each day named. */
static bool parse_days(const char **s, bool days[7], char *err, size_t cap)
{
    const char *start = *s;
    int first = parse_day(s), last = first;
    if (first < 0) return fail(err, cap, "expected a day (Mon..Sun)", start);
    if (**s == '-') {
        (*s)++;
        last = parse_day(s);
        if (last < 0) return fail(err, cap, "expected a day after '-'", start);
    }
    /* A range may wrap over the week's end: Sat-Mon. */
    for (int d = first;; d = (d + 1) % 7) {
        days[d] = true;
        if (d == last) break;
    }
    return true;
}

static bool add_range(hours_t *h, const bool days[7], int from, int to,
                      char *err, size_t cap, const char *near)
{
    for (int d = 0; d < 7; d++) {
        if (!days[d]) continue;
        if (h->count[d] >= LIMIT_HOURS_RANGES)
            return fail(err, cap, "too many time ranges in one day", near);
        h->day[d][h->count[d]++] = (hours_range_t){(uint16_t)from, (uint16_t)to};
    }
    return true;
}

/* One group: days, then one or more HH:MM-HH:MM ranges. */
static bool parse_group(const char **s, hours_t *h, char *err, size_t cap)
{
    bool days[7] = {false};
    skip_spaces(s);
    if (!parse_days(s, days, err, cap)) return false;
    int ranges = 0;
    for (;;) {
        skip_spaces(s);
        if (**s == '\0' || **s == ';') break;
        const char *near = *s;
        int from = parse_time(s), to = -1;
        if (from >= 0 && **s == '-') {
            (*s)++;
            to = parse_time(s);
        }
        if (from < 0 || to < 0)
            return fail(err, cap, "expected a time range HH:MM-HH:MM", near);
        if (to <= from)
            return fail(err, cap, "a range must end after it starts (split "
                                  "one that runs past midnight in two)", near);
        if (!add_range(h, days, from, to, err, cap, near)) return false;
        ranges++;
    }
    if (ranges == 0) return fail(err, cap, "a day needs a time range", *s);
    return true;
}

bool hours_parse(const char *text, hours_t *out, char *err, size_t cap)
{
    memset(out, 0, sizeof *out);
    const char *s = text;
    skip_spaces(&s);
    if (strcmp(s, "always") == 0) {
        hours_always(out);
        return true;
    }
    /* Closed at every hour would leave the wall dark for good: surely a
     * mistake, not a wish. */
    if (!*s) {
        snprintf(err, cap, "no hours given: write 'always', or days and "
                           "times like Tue-Sun 09:00-18:00");
        return false;
    }
    while (*s) {
        if (!parse_group(&s, out, err, cap)) return false;
        if (*s == ';') s++;
        skip_spaces(&s); /* "...; " ends the text too */
    }
    return true;
}

bool hours_is_open(const hours_t *h, int weekday, int minute)
{
    if (h->always) return true;
    for (int i = 0; i < h->count[weekday]; i++)
        if (minute >= h->day[weekday][i].from && minute < h->day[weekday][i].to)
            return true;
    return false;
}

uint32_t hours_minutes_to_change(const hours_t *h, int weekday, int minute)
{
    if (h->always) return 0;
    bool open = hours_is_open(h, weekday, minute);
    /* A minute at a time through one week: 10080 steps at most, once per
     * change, which is rare (twice a day). */
    for (uint32_t n = 1; n <= 7u * MINUTES_PER_DAY; n++) {
        uint32_t t = (uint32_t)minute + n;
        int d = (int)((uint32_t)weekday + t / MINUTES_PER_DAY) % 7;
        if (hours_is_open(h, d, (int)(t % MINUTES_PER_DAY)) != open) return n;
    }
    return 0; /* never changes: open or closed all week */
}
