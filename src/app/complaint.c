/* complaint.c - rate-limited failure logs; see complaint.h. */
#include "complaint.h"

#include "../platform/log.h"

void complaint_init(complaint_t *c, const char *what)
{
    *c = (complaint_t){what, false, 0, 0, 0};
}

void complaint_failed(complaint_t *c, uint64_t now_ms, const char *why)
{
    c->failing = true;
    c->total++;
    if (now_ms < c->next_log_ms) {
        c->unlogged++;
        return;
    }
    if (c->unlogged)
        log_error("%s: %s (and %u times since the last report)", c->what, why,
                  (unsigned)c->unlogged);
    else
        log_error("%s: %s", c->what, why);
    c->unlogged = 0;
    c->next_log_ms = now_ms + COMPLAINT_EVERY_MS;
}

void complaint_ok(complaint_t *c)
{
    if (!c->failing) return;
    log_info("%s: works again", c->what);
    c->failing = false;
    c->unlogged = 0;
    c->next_log_ms = 0;
}
