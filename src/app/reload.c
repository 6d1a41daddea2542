/* reload.c - content hot reload; see reload.h. */
#include "reload.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../platform/log.h"
#include "content_source.h"

/* The second bank: a new version is parsed here, never over the content
 * on show. Static: content_t is too large for a stack. */
static content_t bank;
static content_report_t report;

static reload_version_t version_of(const char *path)
{
    reload_version_t v = {0};
    struct stat st;
    if (stat(path, &st) != 0) {
        v.error = errno;
        return v;
    }
    v.exists = true;
    v.dev = st.st_dev;
    v.ino = st.st_ino;
    v.size = st.st_size;
    v.mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    return v;
}

static bool same_version(reload_version_t a, reload_version_t b)
{
    return a.exists == b.exists && a.error == b.error && a.dev == b.dev &&
           a.ino == b.ino && a.size == b.size && a.mtime_ns == b.mtime_ns;
}

void reload_init(reload_t *r, const char *path, uint64_t now_ms,
                 content_digest_t shown)
{
    memset(r, 0, sizeof *r);
    r->shown = shown;
    if (!path || !*path) return;
    /* Fits: the settings refuse a longer path (settings.c, cli.c). */
    snprintf(r->path, sizeof r->path, "%s", path);
    r->seen = version_of(path);
    r->next_check_ms = now_ms + RELOAD_CHECK_MS;
}

/* Reads the file; when its bytes differ from those on show, loads them
 * into the second bank, and says whether they are a new valid version. */
static reload_verdict_t try_version(reload_t *r)
{
    content_text_t text;
    if (!content_source_read(r->path, &text, &report)) {
        log_error("%s: %s; keeping the content on show", r->path,
                  report.errors[0].message);
        r->refused++;
        return RELOAD_NOTHING;
    }
    /* Republished byte for byte (a sync tool's touch, a SIGHUP): nothing
     * to parse and nothing to change; the slide's time runs on. */
    content_digest_t digest = content_source_digest(text);
    if (content_source_same(digest, r->shown)) return RELOAD_NOTHING;
    if (!content_source_parse(text, &bank, &report)) {
        content_source_log(r->path, &report);
        log_error("%s is not valid: keeping the content on show", r->path);
        r->refused++;
        return RELOAD_NOTHING;
    }
    r->shown = digest;
    log_info("content reloaded from %s", r->path);
    return RELOAD_NEW_CONTENT;
}

const content_t *reload_bank(void) { return &bank; }

reload_verdict_t reload_poll(reload_t *r, uint64_t now_ms, bool force)
{
    if (!r->path[0] || (!force && now_ms < r->next_check_ms)) return RELOAD_NOTHING;
    r->next_check_ms = now_ms + RELOAD_CHECK_MS;
    reload_version_t now = version_of(r->path);
    /* Each version is tried once: a bad one is logged once, not every
     * second, and a good one is not reloaded for nothing. */
    if (!force && same_version(now, r->seen)) return RELOAD_NOTHING;
    r->seen = now;
    return try_version(r);
}
