/* analytics.h - the visitor counts (core/usage.h) kept on disk: one CSV
 * file a day, DIR/YYYY-MM-DD.csv (local date), in the settings'
 * analytics_dir.
 *
 * The day's file is rewritten atomically (atomic_file.h) at every change
 * of the local hour, at midnight (the day's last version, then the new
 * day starts from 0), and on a clean exit. At start today's file, if
 * there is one, is read back, so a crash or a restart loses at most the
 * hour under way. A file that cannot be read back is set aside as
 * FILE.bad (logged) and the day is counted from 0. Failures to write are
 * logged, rate-limited; the slideshow goes on. Nothing is sent anywhere.
 */
#ifndef KIOSK_ANALYTICS_H
#define KIOSK_ANALYTICS_H

#include <stdbool.h>
#include <stdint.h>

#include "complaint.h"
#include "kiosk.h"

/* The wall clock is read this often for a new hour or day. */
#define ANALYTICS_LOOK_MS 1000u

typedef struct {
    char day[11];          /* the local date the counters are for */
    uint32_t hour;         /* the local hour at the last look */
    uint64_t next_look_ms; /* the kiosk's clock */
    complaint_t trouble;
} analytics_t;

/* Reads today's counts back into k->usage (with analytics_dir set). */
void analytics_start(analytics_t *a, kiosk_t *k);

/* Once a second: a new hour writes the day's file; a new day writes the
 * old day's last version and starts the new one from 0. */
void analytics_poll(analytics_t *a, kiosk_t *k);

/* A clean exit: the day's file as it stands. */
void analytics_finish(analytics_t *a, kiosk_t *k);

#endif
