/* regfile.h - reading a regular file whole into a fixed buffer, without
 * ever blocking on a path that is not one.
 *
 * The kiosk's content and settings files are read in its main loop (hot
 * reload, once a second). A FIFO there would block a plain open() until a
 * writer came, freezing the screen and the watchdog pings; /dev/zero would
 * fill any buffer; a directory or a socket is a curator's slip. So a path
 * is only ever read as a regular file: anything else is refused, and
 * never opened when stat() already tells what it is.
 */
#ifndef KIOSK_REGFILE_H
#define KIOSK_REGFILE_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    REGFILE_OK,
    REGFILE_OPEN_FAILED, /* stat or open failed: `err` says why */
    REGFILE_READ_FAILED, /* read failed: `err` says why */
    REGFILE_NOT_REGULAR, /* a FIFO, a device, a directory, a socket */
    REGFILE_TOO_BIG,     /* more than the limit: `file_bytes` is its size */
} regfile_status_t;

typedef struct {
    regfile_status_t status;
    int err;             /* the errno of a failed stat, open or read */
    size_t size;         /* REGFILE_OK: the bytes read */
    uint64_t file_bytes; /* REGFILE_TOO_BIG: the file's real size */
} regfile_t;

/* Reads the regular file at `path` into buf, which holds limit + 1 bytes
 * (the extra one tells a file that grew past the limit while it was read
 * from one that fits). */
regfile_t regfile_read(const char *path, char *buf, size_t limit);

/* What went wrong, for a report line after "FILE: ": "cannot open: No
 * such file or directory", "not a regular file", "file is 300000 bytes;
 * the limit is 262144 (LIMIT_FILE_BYTES)" (`limit_name` NULL: without the
 * bracket). "" when r is REGFILE_OK. */
void regfile_describe(const regfile_t *r, size_t limit, const char *limit_name,
                      char *out, size_t cap);

#endif
