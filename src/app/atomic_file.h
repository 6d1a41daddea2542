/* atomic_file.h - files other programs read while the kiosk rewrites
 * them (the metrics for node_exporter, a picture of the wall, a day's
 * visitor counts): each is written whole under a temporary name in the
 * same folder, then renamed over the old one, so a reader finds the old
 * version or the new one, never half a file. The temporary name is the
 * path with ".tmp" added: not a "*.prom" file, which node_exporter's
 * textfile collector would read. */
#ifndef KIOSK_ATOMIC_FILE_H
#define KIOSK_ATOMIC_FILE_H

#include <stdbool.h>
#include <stddef.h>

/* The temporary name for path, in buf[0..cap); false when it is too long. */
bool atomic_file_tmp_name(const char *path, char *buf, size_t cap);

/* Writes bytes[0..size) to path atomically. False with errno set on
 * failure (the temporary file is removed); nothing is logged. No fsync:
 * it could stall the main loop on a busy disk, and each of these files is
 * written again soon. */
bool atomic_file_write(const char *path, const void *bytes, size_t size);

/* Renames the temporary file to path (after another writer filled it);
 * false with errno set, and the temporary file removed, on failure. */
bool atomic_file_commit(const char *tmp, const char *path);

#endif
