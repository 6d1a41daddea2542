/* content_source.h - where content comes from: the built-in copy of
 * data/content.ini, or a curator's file; and how its errors are told. */
#ifndef KIOSK_CONTENT_SOURCE_H
#define KIOSK_CONTENT_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/content.h"

/* A content file's bytes as read: they stay valid until the next read. */
typedef struct {
    const char *bytes;
    size_t size;
} content_text_t;

/* What tells one content file's bytes from another's: a 64-bit FNV-1a
 * and the size. Hot reload compares it with the content on show, so that
 * a file republished byte for byte changes nothing. */
typedef struct {
    uint64_t fnv1a;
    size_t size;
} content_digest_t;

/* Loads the content built into the binary. */
bool content_source_builtin(content_t *out, content_report_t *report);

/* Reads a file into fixed storage (only a regular file, never blocking:
 * regfile.h). A problem with the file as a whole (missing, not a regular
 * file, too big) is the one error in *report. */
bool content_source_read(const char *path, content_text_t *text,
                         content_report_t *report);

/* Loads text read by content_source_read. Errors (invalid, a character
 * the font cannot draw) are in *report. Needs fonts_init(). */
bool content_source_parse(content_text_t text, content_t *out,
                          content_report_t *report);

/* Reads and loads a file: the two above. */
bool content_source_file(const char *path, content_t *out,
                         content_report_t *report);

content_digest_t content_source_digest(content_text_t text);
bool content_source_same(content_digest_t a, content_digest_t b);

/* Prints a report as "NAME:LINE: message" lines, compiler style. */
void content_source_print(FILE *f, const char *name,
                          const content_report_t *report);

/* Logs a report, a line per problem, as content_source_print prints it. */
void content_source_log(const char *name, const content_report_t *report);

/* What the kiosk shows: the file when given and valid, otherwise (errors
 * logged) the built-in content, so a typo never blanks the screen; and the
 * digest of the bytes it shows. False only if the built-in content itself
 * is broken, which the build forbids. */
bool content_source_for_kiosk(const char *path, content_t *out,
                              content_digest_t *digest);

#endif
