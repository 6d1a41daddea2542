/* complaint.h - a failure that may repeat every few seconds for hours (a
 * metrics folder that is gone, a panel command that keeps failing) is
 * logged once, then at most once every COMPLAINT_EVERY_MS with how many
 * times it happened meanwhile, and its end is logged once: the journal
 * says what is wrong without filling up. */
#ifndef KIOSK_COMPLAINT_H
#define KIOSK_COMPLAINT_H

#include <stdbool.h>
#include <stdint.h>

#define COMPLAINT_EVERY_MS (10u * 60u * 1000u)

typedef struct {
    const char *what;     /* "metrics_file /run/kiosk.prom", for the log */
    bool failing;         /* the last attempt failed */
    uint64_t next_log_ms; /* the earliest time to log a failure again */
    uint32_t unlogged;    /* failures since the last logged one */
    uint64_t total;       /* every failure, for the metrics */
} complaint_t;

void complaint_init(complaint_t *c, const char *what);

/* A failure at now_ms (the kiosk's clock), `why` as the system said it:
 * logged when due. */
void complaint_failed(complaint_t *c, uint64_t now_ms, const char *why);

/* A success: after failures, logged once ("works again"). */
void complaint_ok(complaint_t *c);

#endif
