/* content_report.h - what a check of a content file found: errors and
 * warnings, each with its line.
 *
 * An error makes the file unusable: the kiosk refuses it and shows its
 * built-in content. A warning is something a curator should look at (an
 * event out of date order, a likely missed translation) but the file still
 * shows; `--check-content --strict` fails on warnings too, for a museum
 * that wants none published.
 *
 * Every check adds to one report through content_report_add, in whatever
 * order it runs; content_report_sort then puts the report in line order,
 * so that one run says everything, top to bottom.
 */
#ifndef KIOSK_CONTENT_REPORT_H
#define KIOSK_CONTENT_REPORT_H

#include <stdarg.h>
#include <stdint.h>

#include "limits.h"

/* CONTENT_ERROR is 0: a report zeroed and filled by hand (settings.c,
 * a file that cannot be read) holds errors. */
typedef enum {
    CONTENT_ERROR,
    CONTENT_WARNING,
} content_severity_t;

typedef struct {
    uint32_t line; /* 1-based; 0 when the problem concerns the whole file */
    content_severity_t severity;
    char message[LIMIT_ERROR_TEXT + 1];
} content_error_t;

/* What a load found. `total` counts every problem, even those past
 * LIMIT_ERRORS that were not kept; `warnings` counts the warnings among
 * them. */
typedef struct {
    content_error_t errors[LIMIT_ERRORS];
    uint32_t kept;
    uint32_t total;
    uint32_t warnings;
} content_report_t;

/* Adds a problem on `line` (0: the whole file), its message printf-style.
 * A message longer than LIMIT_ERROR_TEXT is cut on a character boundary. */
void content_report_add(content_report_t *r, content_severity_t severity,
                        uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void content_report_vadd(content_report_t *r, content_severity_t severity,
                         uint32_t line, const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));

/* The errors found (warnings left out): the file is usable when 0. */
uint32_t content_report_errors(const content_report_t *r);

/* Line order, whole-file problems (line 0) last; equal lines keep the
 * order they were found in. */
void content_report_sort(content_report_t *r);

#endif
