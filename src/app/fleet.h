/* fleet.h - what a technician with many kiosks sees of this one, from a
 * desk (README "Running many kiosks"):
 * - metrics_file: the kiosk's state in the Prometheus text format
 *   (core/metrics.h), rewritten atomically every FLEET_METRICS_EVERY_MS
 *   for node_exporter's textfile collector; on a clean exit the last one
 *   says kiosk_up 0;
 * - snapshot_file: a PNG of what the panel shows right now, on SIGUSR1
 *   or when the file snapshot_request appears (checked once a second;
 *   removed once the picture is written).
 * - analytics_dir: the anonymous visitor counts, a CSV file a day
 *   (analytics.h), checkpointed hourly.
 * Both run loops call fleet_poll on every turn, after the tick; it costs
 * a comparison until something is due. A write that fails is logged,
 * rate-limited (complaint.h), and the slideshow goes on.
 */
#ifndef KIOSK_FLEET_H
#define KIOSK_FLEET_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/fb.h"
#include "analytics.h"
#include "complaint.h"
#include "kiosk.h"

/* Often enough for a scrape every 15 s to see a change; rare enough to
 * cost nothing (one small file). */
#define FLEET_METRICS_EVERY_MS 5000u
#define FLEET_REQUEST_CHECK_MS 1000u

typedef struct {
    uint64_t next_metrics_ms;     /* the kiosk's clock */
    complaint_t metrics_trouble;
    uint64_t next_request_ms;     /* the next look for snapshot_request */
    bool request_there;           /* it was there at the last look */
    bool snapshot_wanted;         /* asked for, not yet written */
    complaint_t snapshot_trouble;
    analytics_t analytics;        /* the visitor counts' files */
} fleet_t;

/* Reads back today's visitor counts, if any (analytics.h). */
void fleet_start(fleet_t *f, kiosk_t *k);

/* SIGUSR1: a picture of the wall at the next poll. Only sets a flag:
 * safe from a signal handler's flag, read by the loop. */
void fleet_request_snapshot(fleet_t *f);

/* Writes the metrics when due and the picture when asked; `panel` is
 * what the panel shows (board.h's panel), read only: a crossfade under
 * way goes on undisturbed, and its frame of the moment is the picture. */
void fleet_poll(fleet_t *f, kiosk_t *k, const fb_t *panel);

/* A clean exit: the last metrics, with kiosk_up 0, and the day's
 * visitor counts. */
void fleet_finish(fleet_t *f, kiosk_t *k);

#endif
