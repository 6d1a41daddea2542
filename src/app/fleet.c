/* fleet.c - the metrics file and the picture of the wall; see fleet.h. */
#include "fleet.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "../platform/log.h"
#include "../platform/pngio.h"
#include "atomic_file.h"

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "dev"
#endif

void fleet_start(fleet_t *f, kiosk_t *k)
{
    *f = (fleet_t){0};
    complaint_init(&f->metrics_trouble, "metrics_file");
    complaint_init(&f->snapshot_trouble, "snapshot_file");
    /* request_there false: a request file left from before the start is
     * a request too. */
    analytics_start(&f->analytics, k);
    if (k->settings.metrics_file[0])
        log_info("metrics to %s every %u s", k->settings.metrics_file,
                 FLEET_METRICS_EVERY_MS / 1000u);
}

void fleet_request_snapshot(fleet_t *f) { f->snapshot_wanted = true; }

static void write_metrics(fleet_t *f, kiosk_t *k, bool up)
{
    static char text[METRICS_TEXT_MAX];
    metrics_t m;
    kiosk_metrics(k, &m);
    m.up = up;
    m.version = KIOSK_VERSION;
    size_t n = metrics_format(&m, text, sizeof text);
    if (n && atomic_file_write(k->settings.metrics_file, text, n))
        complaint_ok(&f->metrics_trouble);
    else
        complaint_failed(&f->metrics_trouble, k->now_ms,
                         n ? strerror(errno) : "the text does not fit");
}

static void write_snapshot(fleet_t *f, kiosk_t *k, const fb_t *panel)
{
    const char *path = k->settings.snapshot_file;
    char tmp[LIMIT_SETTING_TEXT + 8];
    f->snapshot_wanted = false;
    if (!path[0]) {
        complaint_failed(&f->snapshot_trouble, k->now_ms,
                         "a picture of the wall was asked for, but no "
                         "snapshot_file is set");
        return;
    }
    /* pngio_save logs its own errors, with the path. */
    if (!atomic_file_tmp_name(path, tmp, sizeof tmp) || !pngio_save(panel, tmp)) {
        complaint_failed(&f->snapshot_trouble, k->now_ms, "not written");
        return;
    }
    if (!atomic_file_commit(tmp, path)) {
        complaint_failed(&f->snapshot_trouble, k->now_ms, strerror(errno));
        return;
    }
    complaint_ok(&f->snapshot_trouble);
    log_info("a picture of the wall: %s (%dx%d)", path, panel->w, panel->h);
}

/* The request file, once a second: its appearance asks for a picture; it
 * is removed so that the next one can appear. */
static void look_for_request(fleet_t *f, kiosk_t *k)
{
    const char *request = k->settings.snapshot_request;
    if (!request[0] || k->now_ms < f->next_request_ms) return;
    f->next_request_ms = k->now_ms + FLEET_REQUEST_CHECK_MS;
    bool there = access(request, F_OK) == 0;
    if (there && !f->request_there) {
        f->snapshot_wanted = true;
        /* Could not remove it (permissions): one picture all the same, and
         * none again until it goes and comes back. */
        if (unlink(request) == 0) there = false;
    }
    f->request_there = there;
}

void fleet_poll(fleet_t *f, kiosk_t *k, const fb_t *panel)
{
    analytics_poll(&f->analytics, k);
    look_for_request(f, k);
    if (f->snapshot_wanted) write_snapshot(f, k, panel);
    if (!k->settings.metrics_file[0] || k->now_ms < f->next_metrics_ms) return;
    f->next_metrics_ms = k->now_ms + FLEET_METRICS_EVERY_MS;
    write_metrics(f, k, true);
}

void fleet_finish(fleet_t *f, kiosk_t *k)
{
    if (k->settings.metrics_file[0]) write_metrics(f, k, false);
    analytics_finish(&f->analytics, k);
}
