/* textfit.c - word wrap, shrink, ellipsis; see textfit.h. */
#include "textfit.h"

#include <string.h>

static int measure(const textfit_measure_t *m, textfit_face_t face, int px,
                   const char *s, size_t n)
{
    return m->width(m->ctx, face, px, s, n);
}

/* Length of the UTF-8 character starting at s[0] (text is validated). */
static size_t char_len(const char *s)
{
    unsigned char c = (unsigned char)s[0];
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The longest prefix of s[0..n) that fits in `width`, in whole characters;
 * at least one character so that progress is always made. */
static size_t fit_chars(const textfit_measure_t *m, textfit_face_t face,
                        int px, const char *s, size_t n, int width)
{
    size_t fit = char_len(s);
    while (fit < n) {
        size_t next = fit + char_len(s + fit);
        if (measure(m, face, px, s, next) > width) break;
        fit = next;
    }
    return fit;
}

/* Where the line that starts at s breaks: at a newline, after the last
 * whole word that fits, or mid-word if even the first word does not.
 * *skip is how many spaces (or the one newline) after the break are not
 * drawn. */
static size_t line_end(const textfit_measure_t *m, textfit_face_t face,
                       int px, const char *s, int width, size_t *skip)
{
    size_t n = strcspn(s, "\n"), best = 0, i = 0;
    while (i < n) {
        size_t word_end = i;
        while (word_end < n && s[word_end] != ' ') word_end++;
        if (measure(m, face, px, s, word_end) > width) break;
        best = word_end;
        if (word_end == n) break;
        i = word_end + 1;
    }
    if (best == 0 && n > 0) best = fit_chars(m, face, px, s, n, width);
    *skip = 0;
    while (s[best + *skip] == ' ') (*skip)++;
    if (best + *skip == n && s[n] == '\n') (*skip)++;
    return best;
}

/* Wraps the whole text at one size; false when it needs more lines than
 * LIMIT_TEXT_LINES or more height than box_h. Lines that fit are kept in
 * *out either way. */
static bool wrap(const textfit_measure_t *m, const char *text, int box_w,
                 int box_h, textfit_t *out)
{
    size_t pos = 0, n = strlen(text);
    int max_lines = box_h / out->line_height;
    if (max_lines > LIMIT_TEXT_LINES) max_lines = LIMIT_TEXT_LINES;
    out->line_count = 0;
    out->width = 0;
    while (pos < n) {
        if (out->line_count >= max_lines) return false;
        size_t skip;
        size_t len = line_end(m, out->face, out->px, text + pos, box_w, &skip);
        int w = measure(m, out->face, out->px, text + pos, len);
        if (w > out->width) out->width = w;
        out->lines[out->line_count++] =
            (textfit_line_t){(uint16_t)pos, (uint16_t)len};
        pos += len + skip;
    }
    return true;
}

/* Cuts the last kept line so that it and an ellipsis fit in box_w. */
static void add_ellipsis(const textfit_measure_t *m, const char *text,
                         int box_w, textfit_t *out)
{
    if (out->line_count == 0) return;
    textfit_line_t *last = &out->lines[out->line_count - 1];
    char buf[1024];
    size_t len = last->length;
    const size_t el = sizeof TEXTFIT_ELLIPSIS - 1;
    if (len + el > sizeof buf) len = sizeof buf - el;
    for (;;) {
        memcpy(buf, text + last->start, len);
        memcpy(buf + len, TEXTFIT_ELLIPSIS, el);
        if (len == 0 || measure(m, out->face, out->px, buf, len + el) <= box_w)
            break;
        do len--; /* step back over a whole UTF-8 character */
        while (len > 0 && ((unsigned char)text[last->start + len] & 0xC0) == 0x80);
    }
    last->length = (uint16_t)len;
    out->ellipsized = true;
}

void textfit_fit(const textfit_measure_t *m, const char *text,
                 textfit_face_t face, int nominal_px, int floor_px, int box_w,
                 int box_h, textfit_t *out)
{
    memset(out, 0, sizeof *out);
    out->face = face;
    if (floor_px > nominal_px) floor_px = nominal_px;
    if (floor_px < 1) floor_px = 1;
    for (int px = nominal_px;; px = px * 92 / 100) {
        if (px < floor_px) px = floor_px;
        out->px = px;
        out->line_height = m->line_height(m->ctx, face, px);
        out->shrunk = px < nominal_px;
        if (wrap(m, text, box_w, box_h, out)) break;
        if (px == floor_px) {
            out->ellipsized = true; /* even when not one line fits */
            add_ellipsis(m, text, box_w, out);
            break;
        }
    }
    out->height = out->line_count * out->line_height;
}

/* Cap heights grow with the size but not strictly (hinting rounds them),
 * so the answer is found by stepping from an estimate: capitals are about
 * two thirds of the size in any text face. Each loop moves one way only
 * and is bounded by the size itself. */
int textfit_px_for_cap(const textfit_measure_t *m, textfit_face_t face,
                       int cap_px)
{
    if (cap_px < 1) return 1;
    int px = cap_px * 3 / 2;
    for (int i = 0; i < 4 * cap_px && px > 1 &&
                    m->cap_height(m->ctx, face, px - 1) >= cap_px; i++)
        px--;
    for (int i = 0; i < 4 * cap_px &&
                    m->cap_height(m->ctx, face, px) < cap_px; i++)
        px++;
    return px;
}
