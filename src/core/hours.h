/* hours.h - a museum's opening hours: when the kiosk shows its slideshow
 * and when it sleeps.
 *
 * Written as in a settings file, day ranges then time ranges, groups
 * separated by ";":
 *     always                                  (the default: never sleeps)
 *     Tue-Sun 09:00-18:00
 *     Mon-Fri 09:00-13:00 15:00-19:00; Sat 10:00-14:00
 * Days not named are closed (but an empty text is an error: a wall dark
 * for good is surely a mistake). A day range may wrap over the week's end
 * (Sat-Mon). A range may end at 24:00; one that would run
 * past midnight is written as two (Fri 20:00-24:00; Sat 00:00-02:00).
 * Times are local wall-clock times: the caller turns its clock into a
 * weekday and a minute of the day (with daylight saving time applied), so
 * this stays pure arithmetic.
 */
#ifndef KIOSK_HOURS_H
#define KIOSK_HOURS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "limits.h"

typedef struct {
    uint16_t from, to; /* minutes after midnight, from < to <= 1440 */
} hours_range_t;

typedef struct {
    bool always;                               /* open at every hour */
    hours_range_t day[7][LIMIT_HOURS_RANGES];  /* [0] is Monday */
    uint8_t count[7];
} hours_t;

/* Open every hour of every day. */
void hours_always(hours_t *h);

/* Parses the text above; false with a message in err when malformed. */
bool hours_parse(const char *text, hours_t *out, char *err, size_t err_cap);

/* Open on `weekday` (0 Monday .. 6 Sunday) at `minute` (0..1439)? */
bool hours_is_open(const hours_t *h, int weekday, int minute);

/* Minutes from (weekday, minute) until the state (open or closed) next
 * changes, at most a week; 0 when it never changes (`always`, or the same
 * every minute of the week). */
uint32_t hours_minutes_to_change(const hours_t *h, int weekday, int minute);

#endif
