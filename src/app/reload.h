/* reload.h - content hot reload: the kiosk watches its content file and
 * switches to a new version only when it validated.
 *
 * Like a firmware bank switch: the new file is parsed into a second fixed
 * bank; only a valid one is copied over the content on show, and the
 * visitor stays on the same slide where it still exists. A half-written,
 * invalid or deleted file never reaches the screen: the last good content
 * stays, and each bad version is logged once, not at every check.
 *
 * The file is checked once a second of the kiosk's clock (stat: its size,
 * time and inode, so both a rename over it and a rewrite in place are
 * seen), and at once on request (SIGHUP). Only a regular file is read,
 * without ever blocking (regfile.h): a FIFO, a device or a directory put
 * in its place is logged once, like a bad version. A version whose bytes
 * are those on show (a sync tool touching the file, a SIGHUP for
 * nothing) changes nothing at all: the slide's time runs on.
 *
 * Reload knows nothing of the kiosk: it answers with a verdict, and the
 * run loops switch the kiosk over themselves (kiosk_check_content), in
 * one place each, between two events, never inside one.
 */
#ifndef KIOSK_RELOAD_H
#define KIOSK_RELOAD_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "../core/limits.h"
#include "content_source.h"

#define RELOAD_CHECK_MS 1000u

/* What identifies one version of the file. */
typedef struct {
    bool exists;
    int error; /* !exists: why stat() failed (ENOENT, ELOOP, EACCES...) */
    dev_t dev;
    ino_t ino;
    off_t size;
    int64_t mtime_ns;
} reload_version_t;

typedef struct {
    char path[LIMIT_SETTING_TEXT + 1]; /* "": no file to watch */
    reload_version_t seen;             /* the version last looked at */
    content_digest_t shown;            /* the bytes of the content on show */
    uint64_t next_check_ms;
    uint64_t refused;                  /* versions kept off the wall (bad,
                                        * unreadable, missing), for metrics */
} reload_t;

/* What a check found. */
typedef enum {
    RELOAD_NOTHING,    /* nothing new, or nothing valid: keep the content */
    RELOAD_NEW_CONTENT /* a new valid version waits in reload_bank() */
} reload_verdict_t;

/* Starts watching the kiosk's content file (if it has one); `shown` is
 * the digest of the bytes on show (the file's, or the built-in ones). */
void reload_init(reload_t *r, const char *path, uint64_t now_ms,
                 content_digest_t shown);

/* Checks the file when due at now_ms (or at once with `force`). On
 * RELOAD_NEW_CONTENT the new version is taken as on show from then on:
 * the caller switches to reload_bank() before the next poll. Bad versions
 * are logged here, once each. */
reload_verdict_t reload_poll(reload_t *r, uint64_t now_ms, bool force);

/* The second bank: the version the last RELOAD_NEW_CONTENT found, valid;
 * good until the next poll. */
const content_t *reload_bank(void);

#endif
