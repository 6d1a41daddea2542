/* tzstring.c - POSIX TZ strings; see tzstring.h.
 *
 * A small recursive-descent reader over a cursor: each part takes what it
 * reads, or fails and the whole string is no TZ string.
 */
#include "tzstring.h"

#include <stddef.h>

/* The shortest zone name POSIX allows ("CET", "<+03>"). */
#define NAME_MIN 3
/* An offset's hours; a rule's time may reach a week (glibc). */
#define OFFSET_HOURS_MAX 24
#define RULE_HOURS_MAX 167

/* ASCII only: the C library's isalpha would follow the locale. */
static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A zone's abbreviation: letters ("CET"), or anything of letters, digits,
 * '+' and '-' between angle brackets ("<-03>"). */
static bool name(const char **p)
{
    const char *s = *p;
    size_t n = 0;
    if (*s == '<') {
        for (s++; is_alpha(*s) || is_digit(*s) || *s == '+' || *s == '-'; s++) n++;
        if (*s != '>' || n < NAME_MIN) return false;
        *p = s + 1;
        return true;
    }
    for (; is_alpha(*s); s++) n++;
    if (n < NAME_MIN) return false;
    *p = s;
    return true;
}

/* An unsigned number of 1 to max_digits digits, from lo to hi. */
static bool number(const char **p, int max_digits, int lo, int hi)
{
    const char *s = *p;
    int n = 0, digits = 0;
    for (; is_digit(*s) && digits < max_digits; s++, digits++) n = n * 10 + (*s - '0');
    if (digits == 0 || is_digit(*s) || n < lo || n > hi) return false;
    *p = s;
    return true;
}

/* [+-]hh[:mm[:ss]], hours up to max_hours. */
static bool hms(const char **p, int max_hours)
{
    if (**p == '+' || **p == '-') (*p)++;
    if (!number(p, 3, 0, max_hours)) return false;
    for (int part = 0; part < 2 && **p == ':'; part++) {
        (*p)++;
        if (!number(p, 2, 0, 59)) return false;
    }
    return true;
}

/* When daylight time starts or ends: Mm.w.d (month, week 1..5 where 5 is
 * the last, weekday from Sunday), Jn (day 1..365, never Feb 29) or n
 * (day 0..365); then maybe /time. */
static bool rule(const char **p)
{
    bool ok;
    if (**p == 'M') {
        (*p)++;
        ok = number(p, 2, 1, 12) && *(*p)++ == '.' && number(p, 1, 1, 5) &&
             *(*p)++ == '.' && number(p, 1, 0, 6);
    } else if (**p == 'J') {
        (*p)++;
        ok = number(p, 3, 1, 365);
    } else {
        ok = number(p, 3, 0, 365);
    }
    if (!ok) return false;
    if (**p != '/') return true;
    (*p)++;
    return hms(p, RULE_HOURS_MAX);
}

bool tzstring_valid(const char *tz)
{
    const char *p = tz;
    if (!name(&p) || !hms(&p, OFFSET_HOURS_MAX)) return false;
    if (!*p) return true;
    if (!name(&p)) return false;
    /* The daylight offset may be left out: an hour ahead of standard. */
    if (*p && *p != ',' && !hms(&p, OFFSET_HOURS_MAX)) return false;
    if (!*p) return true;
    return *p++ == ',' && rule(&p) && *p++ == ',' && rule(&p) && !*p;
}
