/* atomic_file.c - write under a temporary name, then rename; see
 * atomic_file.h. */
#include "atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

bool atomic_file_tmp_name(const char *path, char *buf, size_t cap)
{
    int n = snprintf(buf, cap, "%s.tmp", path);
    if (n < 0 || (size_t)n >= cap) {
        errno = ENAMETOOLONG;
        return false;
    }
    return true;
}

bool atomic_file_commit(const char *tmp, const char *path)
{
    /* Readable by others whatever the umask (the unit's is 0077):
     * node_exporter and a fleet's scripts run as other users. Nothing in
     * these files is secret: the counts are anonymous by design. */
    chmod(tmp, 0644);
    if (rename(tmp, path) == 0) return true;
    int err = errno;
    unlink(tmp);
    errno = err;
    return false;
}

/* Writes all of it; a short write (a full disk) goes round again. */
static bool write_all(int fd, const char *bytes, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, bytes, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes += n;
        size -= (size_t)n;
    }
    return true;
}

bool atomic_file_write(const char *path, const void *bytes, size_t size)
{
    char tmp[512];
    if (!atomic_file_tmp_name(path, tmp, sizeof tmp)) return false;
    /* O_NONBLOCK: a FIFO someone left under the temporary name must not
     * hold the main loop (open fails with ENXIO when nobody reads it). */
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NONBLOCK | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    bool ok = write_all(fd, bytes, size);
    int err = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        unlink(tmp);
        errno = err;
        return false;
    }
    return atomic_file_commit(tmp, path);
}
