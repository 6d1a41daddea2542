/* content_report.c - errors and warnings of a content check; see
 * content_report.h. */
#include "content_report.h"

#include <stdio.h>

#include "utf8.h"

void content_report_vadd(content_report_t *r, content_severity_t severity,
                         uint32_t line, const char *fmt, va_list ap)
{
    r->total++;
    if (severity == CONTENT_WARNING) r->warnings++;
    if (r->kept >= LIMIT_ERRORS) return;
    content_error_t *e = &r->errors[r->kept++];
    e->line = line;
    e->severity = severity;
    int full = vsnprintf(e->message, sizeof e->message, fmt, ap);
    /* A message quoting a long value is cut at its byte limit, and the
     * cut must not leave half a character for the terminal to garble. */
    if (full >= (int)sizeof e->message) {
        size_t n = sizeof e->message - 1;
        e->message[utf8_whole_prefix(e->message, n)] = '\0';
    }
}

void content_report_add(content_report_t *r, content_severity_t severity,
                        uint32_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    content_report_vadd(r, severity, line, fmt, ap);
    va_end(ap);
}

uint32_t content_report_errors(const content_report_t *r)
{
    return r->total - r->warnings;
}

/* Errors come out in line order, whole-file errors (line 0) last, so a
 * curator can fix the file from top to bottom. Insertion sort: at most
 * LIMIT_ERRORS entries, and it keeps equal lines in the order found. */
void content_report_sort(content_report_t *r)
{
    for (uint32_t i = 1; i < r->kept; i++) {
        content_error_t e = r->errors[i];
        uint32_t key = e.line ? e.line : UINT32_MAX, j = i;
        while (j > 0) {
            uint32_t prev = r->errors[j - 1].line;
            if ((prev ? prev : UINT32_MAX) <= key) break;
            r->errors[j] = r->errors[j - 1];
            j--;
        }
        r->errors[j] = e;
    }
}
