/* chevron.c - a smoothed chevron; see chevron.h. */
#include "chevron.h"

/* Samples per pixel side; positions are counted in UNITS per pixel, so
 * that every sample's centre falls on a whole number (2 i + 1). */
#define SUB 4
#define UNITS (2 * SUB)

typedef struct {
    int64_t x, y;
} point_t;

static int64_t squared(point_t a) { return a.x * a.x + a.y * a.y; }

/* p lies within r of the segment a-b (r2 = r squared): integers only,
 * no square root (the core uses nothing but the C library). */
static bool near_segment(point_t p, point_t a, point_t b, int64_t r2)
{
    point_t ab = {b.x - a.x, b.y - a.y}, ap = {p.x - a.x, p.y - a.y};
    int64_t dot = ap.x * ab.x + ap.y * ab.y, len2 = squared(ab);
    if (dot <= 0 || len2 == 0) return squared(ap) <= r2;
    if (dot >= len2) return squared((point_t){p.x - b.x, p.y - b.y}) <= r2;
    int64_t cross = ap.x * ab.y - ap.y * ab.x;
    return cross * cross <= r2 * len2;
}

/* One channel of `over` mixed onto `under`, n of SUB * SUB. */
static uint32_t mix(uint32_t under, uint32_t over, int shift, int n)
{
    int32_t u = (int32_t)((under >> shift) & 0xFFu);
    int32_t o = (int32_t)((over >> shift) & 0xFFu);
    int32_t v = u + (o - u) * n / (SUB * SUB);
    return (uint32_t)v << shift;
}

void chevron_draw(fb_t *fb, fb_rect_t box, int stroke, bool left,
                  uint32_t ink)
{
    /* The strokes' ends and point, inset by the stroke's half so that the
     * round ends stay in the box. */
    int64_t r = (int64_t)stroke * UNITS / 2, w = (int64_t)box.w * UNITS,
            h = (int64_t)box.h * UNITS;
    int64_t ends_x = left ? w - r : r, point_x = left ? r : w - r;
    point_t top = {ends_x, r}, point = {point_x, h / 2}, bottom = {ends_x, h - r};
    for (int y = 0; y < box.h; y++) {
        if (box.y + y < 0 || box.y + y >= fb->h) continue;
        uint32_t *row = fb_row(fb, box.y + y);
        for (int x = 0; x < box.w; x++) {
            if (box.x + x < 0 || box.x + x >= fb->w) continue;
            int n = 0;
            for (int j = 0; j < SUB; j++)
                for (int i = 0; i < SUB; i++) {
                    point_t p = {(int64_t)x * UNITS + 2 * i + 1,
                                 (int64_t)y * UNITS + 2 * j + 1};
                    n += near_segment(p, top, point, r * r) ||
                         near_segment(p, point, bottom, r * r);
                }
            if (n == 0) continue;
            uint32_t *px = &row[box.x + x];
            *px = mix(*px, ink, 16, n) | mix(*px, ink, 8, n) | mix(*px, ink, 0, n);
        }
    }
}
