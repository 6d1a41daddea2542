/* regfile.c - a regular file into a fixed buffer; see regfile.h. */
#include "regfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static regfile_t failed(regfile_status_t status, int err)
{
    return (regfile_t){status, err, 0, 0};
}

/* Opens without blocking: O_NONBLOCK so that a FIFO swapped in after the
 * stat() cannot hold the loop, O_NOCTTY so that a terminal never becomes
 * ours, O_CLOEXEC so that nothing we start inherits it. */
static int open_quietly(const char *path)
{
    return open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
}

/* Up to cap bytes, across short reads and signals (SIGHUP asks for a
 * reload, and our handlers do not restart system calls). */
static bool read_all(int fd, char *buf, size_t cap, size_t *got)
{
    *got = 0;
    while (*got < cap) {
        ssize_t n = read(fd, buf + *got, cap - *got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) break;
        *got += (size_t)n;
    }
    return true;
}

/* The open file, known to be regular, read whole. */
static regfile_t read_open(int fd, const struct stat *st, char *buf, size_t limit)
{
    if ((uint64_t)st->st_size > limit)
        return (regfile_t){REGFILE_TOO_BIG, 0, 0, (uint64_t)st->st_size};
    size_t got;
    if (!read_all(fd, buf, limit + 1, &got)) return failed(REGFILE_READ_FAILED, errno);
    if (got <= limit) return (regfile_t){REGFILE_OK, 0, got, 0};
    /* It grew while we read: its size now, and at least what we saw. */
    struct stat now;
    uint64_t size = fstat(fd, &now) == 0 ? (uint64_t)now.st_size : 0;
    return (regfile_t){REGFILE_TOO_BIG, 0, 0, size > got ? size : got};
}

regfile_t regfile_read(const char *path, char *buf, size_t limit)
{
    /* stat() first: a device or socket is never opened at all (opening
     * one can have effects, and a socket cannot be opened: ENXIO). */
    struct stat st;
    if (stat(path, &st) != 0) return failed(REGFILE_OPEN_FAILED, errno);
    if (!S_ISREG(st.st_mode)) return failed(REGFILE_NOT_REGULAR, 0);
    int fd = open_quietly(path);
    if (fd < 0) return failed(REGFILE_OPEN_FAILED, errno);
    /* The open file is what counts: the path may have been replaced
     * between the stat() and the open(). */
    regfile_t r = fstat(fd, &st) != 0      ? failed(REGFILE_READ_FAILED, errno)
                  : !S_ISREG(st.st_mode) ? failed(REGFILE_NOT_REGULAR, 0)
                                         : read_open(fd, &st, buf, limit);
    close(fd);
    return r;
}

void regfile_describe(const regfile_t *r, size_t limit, const char *limit_name,
                      char *out, size_t cap)
{
    switch (r->status) {
    case REGFILE_OK: snprintf(out, cap, "%s", ""); break;
    case REGFILE_OPEN_FAILED: snprintf(out, cap, "cannot open: %s", strerror(r->err)); break;
    case REGFILE_READ_FAILED: snprintf(out, cap, "cannot read: %s", strerror(r->err)); break;
    case REGFILE_NOT_REGULAR: snprintf(out, cap, "%s", "not a regular file"); break;
    case REGFILE_TOO_BIG:
        snprintf(out, cap, "file is %llu bytes; the limit is %zu%s%s%s",
                 (unsigned long long)r->file_bytes, limit, limit_name ? " (" : "",
                 limit_name ? limit_name : "", limit_name ? ")" : "");
        break;
    }
}
