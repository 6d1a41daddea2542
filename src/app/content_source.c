/* content_source.c - built-in or file content; see content_source.h. */
#include "content_source.h"

#include <string.h>

#include "../platform/embedded.h"
#include "../platform/glyphs.h"
#include "../core/hash.h"
#include "../platform/log.h"
#include "../platform/regfile.h"

#define BUILTIN_NAME "built-in content (data/content.ini)"

/* The file is read whole into fixed storage: one byte more than the limit,
 * so that an oversized file is recognised rather than cut. */
static char file_buffer[LIMIT_FILE_BYTES + 1];

/* Static: content_t is tens of KiB, too much for a firmware stack. */
static content_t scratch;

/* Valid content whose every character the font can draw. The glyphs are
 * checked even when the loader found errors, so that one check says
 * everything wrong with a file; then the whole report is put in line
 * order. A check added here reports through content_report_add: the
 * content is valid when the report holds no error, whoever added it. */
static bool load_checked(const char *text, size_t size, content_t *out,
                         content_report_t *report)
{
    content_load(text, size, out, report);
    glyphs_check_content(text, size, report);
    glyphs_check_builtin(report);
    content_report_sort(report);
    return content_report_errors(report) == 0;
}

/* The built-in content's bytes. */
static content_text_t builtin_text(void)
{
    return (content_text_t){embedded_content, (size_t)embedded_content_size};
}

bool content_source_builtin(content_t *out, content_report_t *report)
{
    return content_source_parse(builtin_text(), out, report);
}

/* A problem with the file as a whole (it has no line). */
static void file_error(content_report_t *r, const char *why)
{
    memset(r, 0, sizeof *r);
    r->total = r->kept = 1;
    snprintf(r->errors[0].message, sizeof r->errors[0].message, "%s", why);
}

bool content_source_read(const char *path, content_text_t *text,
                         content_report_t *report)
{
    regfile_t r = regfile_read(path, file_buffer, LIMIT_FILE_BYTES);
    if (r.status != REGFILE_OK) {
        char why[LIMIT_ERROR_TEXT];
        regfile_describe(&r, LIMIT_FILE_BYTES, "LIMIT_FILE_BYTES", why, sizeof why);
        file_error(report, why);
        return false;
    }
    *text = (content_text_t){file_buffer, r.size};
    return true;
}

bool content_source_parse(content_text_t text, content_t *out,
                          content_report_t *report)
{
    return load_checked(text.bytes, text.size, out, report);
}

bool content_source_file(const char *path, content_t *out,
                         content_report_t *report)
{
    content_text_t text;
    return content_source_read(path, &text, report) &&
           content_source_parse(text, out, report);
}

content_digest_t content_source_digest(content_text_t text)
{
    return (content_digest_t){hash_fnv1a64(text.bytes, text.size), text.size};
}

bool content_source_same(content_digest_t a, content_digest_t b)
{
    return a.fnv1a == b.fnv1a && a.size == b.size;
}

/* "NAME:LINE: message", or "NAME: message" for the whole file; a
 * warning says so after the place, as compilers print theirs. */
static void format_error(char *buf, size_t cap, const char *name,
                         const content_error_t *e)
{
    const char *kind = e->severity == CONTENT_WARNING ? "warning: " : "";
    if (e->line)
        snprintf(buf, cap, "%s:%u: %s%s", name, e->line, kind, e->message);
    else snprintf(buf, cap, "%s: %s%s", name, kind, e->message);
}

void content_source_print(FILE *f, const char *name, const content_report_t *r)
{
    char line[1024];
    for (uint32_t i = 0; i < r->kept; i++) {
        format_error(line, sizeof line, name, &r->errors[i]);
        fprintf(f, "%s\n", line);
    }
    if (r->total > r->kept)
        fprintf(f, "%s: %u more problems not shown\n", name, r->total - r->kept);
}

void content_source_log(const char *name, const content_report_t *r)
{
    char line[1024];
    for (uint32_t i = 0; i < r->kept; i++) {
        format_error(line, sizeof line, name, &r->errors[i]);
        if (r->errors[i].severity == CONTENT_WARNING) log_warn("%s", line);
        else log_error("%s", line);
    }
    if (r->total > r->kept)
        log_error("%s: %u more problems not shown", name, r->total - r->kept);
}

bool content_source_for_kiosk(const char *path, content_t *out,
                              content_digest_t *digest)
{
    static content_report_t report;
    content_text_t text;
    if (path) {
        if (content_source_read(path, &text, &report) &&
            content_source_parse(text, &scratch, &report)) {
            *out = scratch;
            *digest = content_source_digest(text);
            content_source_log(path, &report); /* its warnings, if any */
            log_info("content from %s", path);
            return true;
        }
        content_source_log(path, &report);
        log_error("%s is not valid: showing the built-in content instead", path);
    }
    *digest = content_source_digest(builtin_text());
    if (content_source_builtin(out, &report)) return true;
    content_source_log(BUILTIN_NAME, &report);
    return false;
}
