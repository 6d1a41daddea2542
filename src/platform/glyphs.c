/* glyphs.c - font coverage of everything shown; see glyphs.h. */
#include "glyphs.h"

#include <stdio.h>
#include <string.h>

#include "../core/utf8.h"
#include "fonts_ttf.h"

/* Any size will do: coverage does not depend on it. */
#define PROBE_PX 16

/* Decodes one UTF-8 character at *s (valid input) and moves past it. */
static uint32_t next_code_point(const unsigned char **s)
{
    const unsigned char *p = *s;
    uint32_t c;
    int extra;
    if (p[0] < 0x80) { c = p[0]; extra = 0; }
    else if (p[0] < 0xE0) { c = p[0] & 0x1Fu; extra = 1; }
    else if (p[0] < 0xF0) { c = p[0] & 0x0Fu; extra = 2; }
    else { c = p[0] & 0x07u; extra = 3; }
    for (int i = 1; i <= extra; i++) c = (c << 6) | (p[i] & 0x3Fu);
    *s = p + 1 + extra;
    return c;
}

static bool provided(uint32_t c)
{
    for (int face = FACE_REGULAR; face <= FACE_BOLD; face++) {
        TTF_Font *f = fonts_get((textfit_face_t)face, PROBE_PX);
        if (!f || !TTF_GlyphIsProvided32(f, c)) return false;
    }
    return true;
}

/* The first character of s[0..n) the font lacks, or 0. */
static uint32_t first_missing(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        uint32_t c = next_code_point(&p);
        if (c >= 0x20 && !provided(c)) return c;
    }
    return 0;
}

/* The character as UTF-8, to quote it in the message. */
static void encode(uint32_t c, char out[5])
{
    if (c < 0x80) { out[0] = (char)c; out[1] = 0; return; }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F));
        out[2] = 0;
        return;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F)); out[3] = 0;
        return;
    }
    out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F));
    out[4] = 0;
}

static void add_error(content_report_t *r, uint32_t line, uint32_t c,
                      const char *what)
{
    char utf8[5];
    encode(c, utf8);
    content_report_add(r, CONTENT_ERROR, line,
                       "the font has no glyph for '%s' (U+%04X) %s: it would "
                       "show as a box", utf8, (unsigned)c, what);
}

/* The value of a "key = value" line, or NULL for comments and headers. */
static const char *value_of(const char *line, size_t n, size_t *len)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t')) i++;
    if (i == n || line[i] == '#' || line[i] == '[') return NULL;
    const char *eq = memchr(line, '=', n);
    if (!eq) return NULL;
    *len = n - (size_t)(eq + 1 - line);
    return eq + 1;
}

bool glyphs_check_content(const char *text, size_t size,
                          content_report_t *report)
{
    uint32_t before = content_report_errors(report), line = 0;
    for (size_t pos = 0; pos < size;) {
        const char *nl = memchr(text + pos, '\n', size - pos);
        size_t end = nl ? (size_t)(nl - text) : size;
        size_t len;
        const char *v = value_of(text + pos, end - pos, &len);
        /* A line that is not UTF-8 has its error from content_load; its
         * bytes cannot be read as characters. */
        if (v && !utf8_valid(v, len, NULL)) v = NULL;
        uint32_t missing = v ? first_missing(v, len) : 0;
        line++;
        if (missing) add_error(report, line, missing, "in this value");
        pos = end + 1;
    }
    return content_report_errors(report) == before;
}

bool glyphs_check_builtin(content_report_t *report)
{
    /* What the view adds around the content: bullets, the ellipsis, the
     * counter's digits and slash. */
    static const char drawn[] = "\xE2\x80\xA2 " TEXTFIT_ELLIPSIS "0123456789 /";
    uint32_t before = content_report_errors(report);
    const unsigned char *p = (const unsigned char *)drawn;
    while (*p) {
        uint32_t c = next_code_point(&p);
        if (!provided(c)) add_error(report, 0, c, "that the kiosk draws itself");
    }
    return content_report_errors(report) == before;
}
