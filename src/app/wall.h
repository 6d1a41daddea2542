/* wall.h - the wall clock: local time, and when the museum opens and
 * closes by it.
 *
 * The core's opening hours (core/hours.h) are arithmetic on a weekday and
 * a minute of the day. This turns wall-clock time, in 64-bit milliseconds
 * since the epoch, into local time with the C library (localtime_r and
 * mktime: the TZ variable or /etc/localtime, daylight saving time
 * included), and back: the instant of the next opening or closing is found
 * as a local time and converted, so a night with a clock change lasts the
 * hours it really lasts (23 or 25).
 */
#ifndef KIOSK_WALL_H
#define KIOSK_WALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/hours.h"

/* No change to come: open or closed for good. */
#define WALL_NEVER INT64_MAX

/* The real wall clock: milliseconds since the epoch. */
int64_t wall_now_ms(void);

/* Parses local time "YYYY-MM-DDTHH:MM:SS" (years 1970 to 9999) into
 * milliseconds since the epoch; false when malformed or impossible (a
 * 30 February). A time skipped when clocks go forward is taken as the
 * C library's mktime takes it (an hour later). */
bool wall_parse_local(const char *text, int64_t *out_ms);

/* Is the museum open at wall_ms? In *next_ms the wall time of the next
 * change (opening or closing), always after wall_ms, or WALL_NEVER. */
bool wall_open_at(const hours_t *hours, int64_t wall_ms, int64_t *next_ms);

/* wall_ms as local time, "Tue 2026-01-06 09:00", for the log. */
void wall_format(int64_t wall_ms, char *buf, size_t cap);

/* The local date of wall_ms as "YYYY-MM-DD" in date[0..11), and its
 * hour of the day (0..23), for the visitor counts (analytics.h). */
void wall_local_day(int64_t wall_ms, char date[11], uint32_t *hour);

/* Would the C library find the time zone tz, a TZ value? Yes for "" (UTC,
 * asked for), a zone file (":Europe/Madrid", "Europe/Madrid" under TZDIR or
 * /usr/share/zoneinfo, "/etc/localtime") and a POSIX TZ string
 * ("CET-1CEST,M3.5.0,M10.5.0/3"). Otherwise false, and why in why[0..cap)
 * ("no time zone is named ..."): glibc would show UTC without a word. */
bool wall_zone_known(const char *tz, char *why, size_t cap);

#endif
