/* content_date.c - dates as a visitor reads them, in either language. */
#include <stdio.h>
#include <string.h>

#include "content.h"

/* Copies month `m` (1..12) of a ", "-separated list of twelve names. */
static void month_name(const char *months, int m, char *out, size_t cap)
{
    const char *s = months;
    for (int i = 1; i < m && s; i++) {
        s = strchr(s, ',');
        if (s) s++;
    }
    if (!s) s = "";
    while (*s == ' ') s++;
    size_t n = strcspn(s, ",");
    if (n >= cap) n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
}

/* Spanish writes "4 de septiembre de 1980"; a heading that begins with the
 * month capitalises it ("Junio de 2009"). Month names are ASCII in both
 * languages, so the first letter is one byte. */
static int format_es(char *buf, size_t cap, content_date_t d, char *month)
{
    if (d.day) return snprintf(buf, cap, "%d de %s de %d", d.day, month, d.year);
    if (month[0] >= 'a' && month[0] <= 'z') month[0] = (char)(month[0] - 32);
    return snprintf(buf, cap, "%s de %d", month, d.year);
}

static int format_en(char *buf, size_t cap, content_date_t d, const char *month)
{
    if (d.day) return snprintf(buf, cap, "%d %s %d", d.day, month, d.year);
    return snprintf(buf, cap, "%s %d", month, d.year);
}

size_t content_date_format(const content_t *c, content_date_t d, lang_t lang,
                           char *buf, size_t cap)
{
    int n;
    if (d.year == 0) n = snprintf(buf, cap, "%s", "");
    else if (d.month == 0) n = snprintf(buf, cap, "%d", d.year);
    else {
        char month[LIMIT_SHORT_TEXT + 1];
        month_name(c->labels.months[lang], d.month, month, sizeof month);
        n = lang == LANG_ES ? format_es(buf, cap, d, month)
                            : format_en(buf, cap, d, month);
    }
    /* The length written, not the length snprintf wanted: callers pass
     * it on as the length of buf. */
    if (n < 0) return 0;
    return (size_t)n < cap ? (size_t)n : cap - 1;
}
