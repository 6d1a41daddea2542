/* wall.c - the wall clock and opening hours; see wall.h. */
#include "wall.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/calendar.h"
#include "../core/tzstring.h"

int64_t wall_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Seconds of a millisecond time, rounded down (also before 1970). */
static time_t seconds_of(int64_t ms)
{
    return (time_t)(ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000));
}

bool wall_parse_local(const char *t, int64_t *out_ms)
{
    /* YYYY-MM-DDTHH:MM:SS: the separators first, so that calendar_digits()
     * never reads past the end of a short text. */
    if (strlen(t) != 19 || t[4] != '-' || t[7] != '-' || t[10] != 'T' ||
        t[13] != ':' || t[16] != ':')
        return false;
    int y = calendar_digits(t, 4), mo = calendar_digits(t + 5, 2);
    int d = calendar_digits(t + 8, 2), h = calendar_digits(t + 11, 2);
    int mi = calendar_digits(t + 14, 2), s = calendar_digits(t + 17, 2);
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 ||
        mi < 0 || mi > 59 || s < 0 || s > 59 || d > calendar_days_in_month(y, mo))
        return false;
    struct tm tm = {0};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    tm.tm_isdst = -1; /* the C library knows whether DST applies then */
    time_t when = mktime(&tm);
    if (when == (time_t)-1) return false;
    *out_ms = (int64_t)when * 1000;
    return true;
}

bool wall_open_at(const hours_t *hours, int64_t wall_ms, int64_t *next_ms)
{
    time_t t = seconds_of(wall_ms);
    struct tm tm;
    tzset(); /* the zone as it is now (an operator may have changed it) */
    /* Never dark by mistake: a time the C library cannot convert counts
     * as open, and is looked at again a minute later. */
    if (!localtime_r(&t, &tm)) {
        *next_ms = wall_ms + 60000;
        return true;
    }
    int weekday = (tm.tm_wday + 6) % 7; /* hours count from Monday */
    int minute = tm.tm_hour * 60 + tm.tm_min;
    bool open = hours_is_open(hours, weekday, minute);
    uint32_t n = hours_minutes_to_change(hours, weekday, minute);
    if (n == 0) {
        *next_ms = WALL_NEVER;
        return open;
    }
    /* The change as a local time, converted back: across a clock change
     * the night is an hour shorter or longer than the minutes say. */
    struct tm change = tm;
    change.tm_sec = 0;
    change.tm_min += (int)n;
    change.tm_isdst = -1;
    time_t when = mktime(&change);
    int64_t next = (int64_t)when * 1000;
    /* A change due at a local time that does not exist (inside the hour
     * skipped in spring), or one mktime cannot place: look again at the
     * next minute, which is where the change really happens. */
    int64_t next_minute = ((int64_t)t - tm.tm_sec + 60) * 1000;
    if (when == (time_t)-1 || next <= wall_ms) next = next_minute;
    *next_ms = next;
    return open;
}

void wall_format(int64_t wall_ms, char *buf, size_t cap)
{
    time_t t = seconds_of(wall_ms);
    struct tm tm;
    if (!localtime_r(&t, &tm) || !strftime(buf, cap, "%a %Y-%m-%d %H:%M", &tm))
        snprintf(buf, cap, "%lld ms", (long long)wall_ms);
}

void wall_local_day(int64_t wall_ms, char date[11], uint32_t *hour)
{
    time_t t = seconds_of(wall_ms);
    struct tm tm;
    if (!localtime_r(&t, &tm) || !strftime(date, 11, "%Y-%m-%d", &tm)) {
        snprintf(date, 11, "0000-00-00");
        *hour = 0;
        return;
    }
    *hour = (uint32_t)tm.tm_hour;
}

/* Where glibc looks for zone files, unless TZDIR says otherwise. */
#define WALL_ZONEINFO "/usr/share/zoneinfo"

/* A compiled zone file starts with these four bytes (RFC 8536). */
static bool is_zone_file(const char *path)
{
    char magic[4] = {0};
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    size_t n = fread(magic, 1, sizeof magic, f);
    fclose(f);
    return n == sizeof magic && memcmp(magic, "TZif", 4) == 0;
}

bool wall_zone_known(const char *tz, char *why, size_t cap)
{
    const char *dir = getenv("TZDIR");
    if (!dir || !*dir) dir = WALL_ZONEINFO;
    /* ":NAME" is always a file, as glibc reads it; "NAME" a file first. */
    const char *file = tz[0] == ':' ? tz + 1 : tz;
    char path[1024];
    if (file[0] == '/') snprintf(path, sizeof path, "%s", file);
    else snprintf(path, sizeof path, "%s/%s", dir, file);
    if (!tz[0] || is_zone_file(path)) return true;
    if (tz[0] != ':' && tzstring_valid(tz)) return true;
    snprintf(why, cap, "no time zone is named '%s' (no zone file %s, and not "
             "a POSIX TZ string like CET-1CEST,M3.5.0,M10.5.0/3)", tz, path);
    return false;
}
