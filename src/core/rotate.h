/* rotate.h - turning a picture for a panel mounted sideways or upside
 * down. SDL ignores a panel's orientation (KMSDRM has no rotation), so the
 * kiosk lays the slide out upright and turns the pixels itself on their
 * way to the panel: only the rectangles that changed, like any flush.
 *
 * Degrees are clockwise: with 90, the upright picture's top edge becomes
 * the panel's right edge, as `convert -rotate 90` turns an image.
 */
#ifndef KIOSK_ROTATE_H
#define KIOSK_ROTATE_H

#include <stdint.h>

#include "fb.h"

/* Where rectangle r of an upright w x h picture lands on the panel. */
fb_rect_t rotate_map_rect(fb_rect_t r, int w, int h, int degrees);

/* A point, in pixels. */
typedef struct {
    int x, y;
} rotate_point_t;

/* The inverse of the mapping above, for a point: where the panel's pixel
 * (x, y) is in the upright picture. The panel is panel_w x panel_h (the
 * upright picture is that turned back). A touch or a click arrives in the
 * panel's coordinates; the slide was laid out upright. */
rotate_point_t rotate_unmap_point(int x, int y, int panel_w, int panel_h,
                                  int degrees);

/* Copies rectangle r of the upright picture to its place on the panel.
 * The panel is src's size turned by `degrees` (0, 90, 180 or 270). */
void rotate_copy(const fb_t *src, fb_t *panel, fb_rect_t r, int degrees);

#endif
