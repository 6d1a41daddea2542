/* rotate.c - turning pixels for the panel; see rotate.h. */
#include "rotate.h"

/* Where the upright pixel (x, y) of a w x h picture lands on the panel. */
static void map_point(int x, int y, int w, int h, int degrees, int *px,
                      int *py)
{
    switch (degrees) {
    case 90: *px = h - 1 - y; *py = x; break;
    case 180: *px = w - 1 - x; *py = h - 1 - y; break;
    case 270: *px = y; *py = w - 1 - x; break;
    default: *px = x; *py = y; break;
    }
}

fb_rect_t rotate_map_rect(fb_rect_t r, int w, int h, int degrees)
{
    int x0, y0, x1, y1;
    map_point(r.x, r.y, w, h, degrees, &x0, &y0);
    map_point(r.x + r.w - 1, r.y + r.h - 1, w, h, degrees, &x1, &y1);
    fb_rect_t m;
    m.x = x0 < x1 ? x0 : x1;
    m.y = y0 < y1 ? y0 : y1;
    m.w = (x0 < x1 ? x1 - x0 : x0 - x1) + 1;
    m.h = (y0 < y1 ? y1 - y0 : y0 - y1) + 1;
    return m;
}

rotate_point_t rotate_unmap_point(int x, int y, int panel_w, int panel_h,
                                  int degrees)
{
    /* map_point solved for the upright point; with 90 and 270 the upright
     * picture is panel_h wide and panel_w high. */
    switch (degrees) {
    case 90: return (rotate_point_t){y, panel_w - 1 - x};
    case 180: return (rotate_point_t){panel_w - 1 - x, panel_h - 1 - y};
    case 270: return (rotate_point_t){panel_h - 1 - y, x};
    default: return (rotate_point_t){x, y};
    }
}

/* One upright row segment to the panel. The inner loop walks the panel in
 * a fixed step, so it stays a simple strided copy. */
static void copy_row(const fb_t *src, fb_t *dst, int y,
                     int x0, int x1, int degrees)
{
    const uint32_t *s = src->pixels + (long)y * src->stride;
    int px, py;
    map_point(x0, y, src->w, src->h, degrees, &px, &py);
    uint32_t *d = dst->pixels + (long)py * dst->stride + px;
    long step = degrees == 90 ? dst->stride : degrees == 180 ? -1
                : degrees == 270 ? -(long)dst->stride : 1;
    for (int x = x0; x < x1; x++, d += step) *d = s[x];
}

void rotate_copy(const fb_t *src, fb_t *panel, fb_rect_t r, int degrees)
{
    for (int y = r.y; y < r.y + r.h; y++)
        copy_row(src, panel, y, r.x, r.x + r.w, degrees);
}
