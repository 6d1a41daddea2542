/* usage.h - visitor analytics, anonymous by design: what the museum's
 * evaluators want to know, as counters in fixed memory and nothing else.
 * No time of a single action, no order of actions, nothing about a person
 * is kept: a day's counters could not tell one visitor from another.
 *
 * - per slide and language: how often a visitor put it on show (not the
 *   attract loop), and for how long it was on show during visits;
 * - visits: from the first key or touch to the machine's return to the
 *   attract loop (the idle timeout, a pause's end, Space resuming it) or
 *   closing time; how many, how long in all, how many in each length
 *   band, and how many began in each hour of the day;
 * - language switches, and a visitor's actions per hour of the day.
 *
 * Staff keys while the museum is closed are not a visitor's and are not
 * counted. L pressed in the attract loop counts as an action and a
 * language switch but opens no visit: the loop goes on by itself.
 *
 * A day's counters are written as CSV (usage_csv_write) and read back
 * (usage_csv_read): the app checkpoints them hourly and reads today's back
 * at start, so a crash loses at most the hour under way. The CSV has one
 * counter a line, "counter,slide,language,hour,value", only the counters
 * that are not 0:
 *
 *     counter,slide,language,hour,value
 *     slide_shows,4,en,,3
 *     slide_seconds,4,en,,45.250
 *     visits,,,,5
 *     visit_seconds,,,,620.000
 *     visits_up_to,,,30,2        (the band's upper end in seconds, in
 *                                 the hour column; 0: longer than the last)
 *     visits_began,,,9,2
 *     actions,,,9,14
 *     language_switches,,,,2
 */
#ifndef KIOSK_USAGE_H
#define KIOSK_USAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "limits.h"
#include "sm.h"

#define USAGE_HOURS 24
/* Visit length bands, upper ends in seconds; a last band holds longer. */
#define USAGE_BANDS 6
extern const uint32_t usage_band_upper_s[USAGE_BANDS];

/* One day's counters. */
typedef struct {
    uint32_t slide_shows[LIMIT_SLIDES][LANG_COUNT];
    uint64_t slide_ms[LIMIT_SLIDES][LANG_COUNT];
    uint32_t visits;          /* visits ended */
    uint64_t visit_ms;        /* their length in all */
    uint32_t visit_bands[USAGE_BANDS + 1]; /* by length; the last: longer */
    uint32_t visits_began[USAGE_HOURS];    /* by the hour they began */
    uint32_t actions[USAGE_HOURS];         /* a visitor's, by hour */
    uint32_t language_switches;
} usage_day_t;

/* The day's counters and the visit under way. */
typedef struct {
    usage_day_t day;
    bool in_visit;
    uint64_t visit_start_ms; /* the kiosk's clock */
    uint64_t seen_ms;        /* when the slide below was last seen */
    uint32_t slide;          /* on show at the last look, in the visit */
    lang_t lang;
} usage_t;

void usage_init(usage_t *u);

/* A visitor's action (SM_EV_NEXT..SM_EV_LANG, SM_EV_NARRATE), fed after
 * the machine took it, with the machine as it is now, at the kiosk's clock now_ms and the
 * local hour of the wall clock (0..23). */
void usage_action(usage_t *u, const sm_t *sm, sm_event_kind_t event,
                  uint64_t now_ms, uint32_t hour);

/* After any other event (time passing, opening, closing): the visit's
 * slide time runs on, and the visit ends when the machine went back to
 * the attract loop or to sleep. */
void usage_observe(usage_t *u, const sm_t *sm, uint64_t now_ms);

/* A new day: the visit under way (if any) carries on into it, its slide
 * time from now; the day's counters start from 0. */
void usage_new_day(usage_t *u, uint64_t now_ms);

/* The day's counters as CSV into buf[0..cap) (see above); returns the
 * length, 0 when cap is too small (USAGE_CSV_MAX always does). */
#define USAGE_CSV_MAX 16384
size_t usage_csv_write(const usage_day_t *d, char *buf, size_t cap);

/* Adds a day's CSV to *d (a file read back, or another day of a report).
 * False at the first bad line, its number in *bad_line and why in
 * why[0..cap). */
bool usage_csv_read(const char *text, size_t size, usage_day_t *d,
                    uint32_t *bad_line, char *why, size_t cap);

#endif
