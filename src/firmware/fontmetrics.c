/* fontmetrics.c - text measurement from generated tables; see
 * fontmetrics.h. The width is SDL_ttf 2.20's TTF_Size_Internal (its
 * HarfBuzz path) with the shaping replaced by table look-ups. */
#include "fontmetrics.h"

#include <stdbool.h>

static uint32_t misses;

uint32_t fontmetrics_misses(void) { return misses; }

/* The size's row of the tables, or -1 (counted) when it has none. */
static int size_row(textfit_face_t face, int px)
{
    if (px < fontmetrics_px_min || px > fontmetrics_px_max) {
        misses++;
        return -1;
    }
    int sizes = fontmetrics_px_max - fontmetrics_px_min + 1;
    return (face == FACE_BOLD ? sizes : 0) + px - fontmetrics_px_min;
}

/* The next character of s[*i..n), decoded (the loader has validated the
 * UTF-8: a bad byte is taken as it is). */
static uint32_t next_char(const char *s, size_t n, size_t *i)
{
    uint32_t c = (unsigned char)s[(*i)++];
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra) c &= 0x3Fu >> extra;
    for (; extra > 0 && *i < n; extra--)
        c = (c << 6) | ((unsigned char)s[(*i)++] & 0x3Fu);
    return c;
}

/* The character's index in the tables, or -1 (counted). */
static int char_index(uint32_t c)
{
    int lo = 0, hi = fontmetrics_char_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (fontmetrics_chars[mid] == c) return mid;
        if (fontmetrics_chars[mid] < c) lo = mid + 1;
        else hi = mid - 1;
    }
    misses++;
    return -1;
}

/* The pair's kerning in 26.6 pixels at the size's scale, as HarfBuzz
 * scales a GPOS value (hb-font.hh em_mult: round half up in 16.16). */
static int32_t kerning(textfit_face_t face, int a, int b, int32_t x_mult)
{
    const fontmetrics_pairs_t *p = &fontmetrics_pairs[face == FACE_BOLD];
    int lo = 0, hi = p->count - 1;
    uint32_t key = (uint32_t)a << 16 | (uint32_t)b;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t at = (uint32_t)p->pairs[mid].a << 16 | p->pairs[mid].b;
        if (at == key)
            /* An arithmetic shift, as HarfBuzz's own (gcc on both). */
            return (int32_t)(((int64_t)p->pairs[mid].units * x_mult + 32768) >> 16);
        if (at < key) lo = mid + 1;
        else hi = mid - 1;
    }
    return 0;
}

/* SDL_ttf's FT_FLOOR: 26.6 to whole pixels, rounding down. */
static int32_t ft_floor(int32_t x) { return (x & -64) / 64; }

/* The pen walks the characters in 26.6 (advance plus kerning with the
 * next); the width spans every glyph box and the pen's end. */
static int measure_width(void *ctx, textfit_face_t face, int px,
                         const char *s, size_t n)
{
    (void)ctx;
    int row = size_row(face, px);
    if (row < 0) return 0;
    const fontmetrics_glyph_t *g =
        &fontmetrics_glyphs[(size_t)row * (size_t)fontmetrics_char_count];
    int32_t x = 0, minx = 0, maxx = 0;
    size_t i = 0;
    int cur = i < n ? char_index(next_char(s, n, &i)) : -1;
    while (cur >= 0) {
        int next = i < n ? char_index(next_char(s, n, &i)) : -1;
        int32_t left = ft_floor(x) + g[cur].left;
        if (left < minx) minx = left;
        if (left + g[cur].width > maxx) maxx = left + g[cur].width;
        x += g[cur].advance;
        if (next >= 0) x += kerning(face, cur, next, fontmetrics_sizes[row].x_mult);
        cur = next;
    }
    if (ft_floor(x) > maxx) maxx = ft_floor(x);
    return (int)(maxx - minx);
}

static int measure_line_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    int row = size_row(face, px);
    int skip = row < 0 ? px : fontmetrics_sizes[row].line_skip;
    return skip > 0 ? skip : 1; /* as the simulator's fonts.c */
}

static int measure_cap_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    int row = size_row(face, px);
    return row < 0 ? 0 : fontmetrics_sizes[row].cap_height;
}

const textfit_measure_t *fontmetrics_measure(void)
{
    static const textfit_measure_t m = {measure_width, measure_line_height,
                                        measure_cap_height, NULL};
    return &m;
}
