/* content_source.c - built-in or file content; see content_source.h. */
#include "content_source.h"

#include <errno.h>
#include <string.h>

#include "../platform/embedded.h"
#include "../platform/glyphs.h"
#include "../platform/log.h"

#define BUILTIN_NAME "built-in content (data/content.ini)"

/* The file is read whole into fixed storage: one byte more than the limit,
 * so that an oversized file is recognised rather than cut. */
static char file_buffer[LIMIT_FILE_BYTES + 1];

/* Static: content_t is tens of KiB, too much for a firmware stack. */
static content_t scratch;

/* Valid content whose every character the font can draw. */
static bool load_checked(const char *text, size_t size, content_t *out,
                         content_report_t *report)
{
    if (!content_load(text, size, out, report)) return false;
    bool covered = glyphs_check_content(text, size, report);
    return glyphs_check_builtin(report) && covered;
}

bool content_source_builtin(content_t *out, content_report_t *report)
{
    return load_checked(embedded_content, (size_t)embedded_content_size, out,
                        report);
}

/* A problem with the file as a whole (it has no line). */
static void file_error(content_report_t *r, const char *what, const char *why)
{
    memset(r, 0, sizeof *r);
    r->total = r->kept = 1;
    snprintf(r->errors[0].message, sizeof r->errors[0].message, "%s: %s", what, why);
}

bool content_source_file(const char *path, content_t *out,
                         content_report_t *report)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        file_error(report, "cannot open", strerror(errno));
        return false;
    }
    size_t n = fread(file_buffer, 1, sizeof file_buffer, f);
    bool read_error = ferror(f) != 0;
    fclose(f);
    if (read_error) {
        file_error(report, "cannot read", strerror(errno));
        return false;
    }
    /* n == LIMIT + 1 means there was more: content_load reports the size. */
    return load_checked(file_buffer, n, out, report);
}

/* "NAME:LINE: message", or "NAME: message" for the whole file. */
static void format_error(char *buf, size_t cap, const char *name,
                         const content_error_t *e)
{
    if (e->line) snprintf(buf, cap, "%s:%u: %s", name, e->line, e->message);
    else snprintf(buf, cap, "%s: %s", name, e->message);
}

void content_source_print(FILE *f, const char *name, const content_report_t *r)
{
    char line[1024];
    for (uint32_t i = 0; i < r->kept; i++) {
        format_error(line, sizeof line, name, &r->errors[i]);
        fprintf(f, "%s\n", line);
    }
    if (r->total > r->kept)
        fprintf(f, "%s: %u more errors not shown\n", name, r->total - r->kept);
}

void content_source_log(const char *name, const content_report_t *r)
{
    char line[1024];
    for (uint32_t i = 0; i < r->kept; i++) {
        format_error(line, sizeof line, name, &r->errors[i]);
        log_error("%s", line);
    }
    if (r->total > r->kept)
        log_error("%s: %u more errors not shown", name, r->total - r->kept);
}

bool content_source_for_kiosk(const char *path, content_t *out)
{
    static content_report_t report;
    if (path) {
        if (content_source_file(path, &scratch, &report)) {
            *out = scratch;
            log_info("content from %s", path);
            return true;
        }
        content_source_log(path, &report);
        log_error("%s is not valid: showing the built-in content instead", path);
    }
    if (content_source_builtin(out, &report)) return true;
    content_source_log(BUILTIN_NAME, &report);
    return false;
}
