/* metrics.h - the kiosk's state for a fleet's monitoring, in the
 * Prometheus text format (version 0.0.4) that node_exporter's textfile
 * collector reads.
 *
 * The app fills a metrics_t, plain numbers, from the kiosk; this turns it
 * into text in a caller's buffer. No clock is read and no file written
 * here (the app's metrics_file.c writes it), so a unit test can pin every
 * line. Names follow Prometheus' conventions: the kiosk_ prefix, base
 * units (_seconds), _total for counters, an enum as one 0/1 series per
 * value under a label, and text (the content's digest) only in labels.
 */
#ifndef KIOSK_METRICS_H
#define KIOSK_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "sm.h"

/* Where a visitor's action came from. */
typedef enum {
    METRICS_INPUT_KEY,   /* a key */
    METRICS_INPUT_TOUCH, /* a tap or swipe, finger or mouse */
    METRICS_INPUT_COUNT
} metrics_input_t;

/* The visitor's actions: the state machine's events SM_EV_NEXT to
 * SM_EV_LANG, in that order, then SM_EV_NARRATE (A or the speaker
 * button: narration on or off). */
#define METRICS_ACTION_COUNT 7

/* What the kiosk counts as it runs (kiosk.c keeps one). */
typedef struct {
    uint64_t interactions[METRICS_INPUT_COUNT][METRICS_ACTION_COUNT];
    bool interacted;              /* any interaction since the start */
    uint64_t last_interaction_ms; /* the kiosk's clock at the last one */
    uint64_t reloads;             /* new content versions switched to */
    uint64_t reloads_refused;     /* bad versions kept off the wall */
    int64_t content_wall_ms;      /* wall time the content on show was
                                   * loaded (at start, or a reload) */
} metrics_counts_t;

/* The panel's power, as the kiosk set it. Off is only ever on purpose
 * (closed by the opening hours); a command that failed is counted in
 * power_errors, not shown as a power state. */
typedef struct {
    bool on;
    uint64_t errors; /* commands or DPMS requests that failed */
} metrics_power_t;

typedef struct {
    bool up;                   /* false in the last file, on a clean exit */
    const char *version;       /* the build's version, for kiosk_build_info */
    sm_state_t state;
    uint32_t slide;            /* 1-based */
    uint32_t slides;
    lang_t lang;
    uint64_t content_fnv1a;    /* the digest of the content's bytes */
    uint64_t content_bytes;
    metrics_counts_t counts;
    uint64_t now_ms;           /* the kiosk's clock: its uptime */
    int64_t wall_ms;           /* the wall clock now (ms since the epoch) */
    metrics_power_t power;
    bool watchdog;             /* a service manager's watchdog is pinged */
    int64_t watchdog_ping_wall_ms; /* the last ping; 0: none yet */
} metrics_t;

/* Counts one visitor action (event SM_EV_NEXT..SM_EV_LANG, or
 * SM_EV_NARRATE) from `input`
 * at the kiosk's clock now_ms; other events are not a visitor's and are
 * not counted. */
void metrics_count_interaction(metrics_counts_t *c, metrics_input_t input,
                               sm_event_kind_t event, uint64_t now_ms);

/* The metrics as Prometheus text, NUL-terminated, into buf[0..cap).
 * Returns its length, or 0 when cap is too small (METRICS_TEXT_MAX is
 * always enough). */
size_t metrics_format(const metrics_t *m, char *buf, size_t cap);

#define METRICS_TEXT_MAX 8192

/* The label values: "key"/"touch", "next".."language", "narration". */
const char *metrics_input_name(metrics_input_t input);
const char *metrics_action_name(uint32_t action);

#endif
