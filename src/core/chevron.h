/* chevron.h - a chevron ("<" or ">" as two thick strokes with round
 * ends) painted into a framebuffer, smoothed at its edges.
 *
 * The kiosk's back and next arrows are drawn, not set in type: they do
 * not depend on the font having a glyph for them, and they keep their
 * shape at every size. Each pixel is sampled 4 x 4 times; the share of
 * samples inside the strokes mixes the ink over what is there.
 */
#ifndef KIOSK_CHEVRON_H
#define KIOSK_CHEVRON_H

#include <stdbool.h>
#include <stdint.h>

#include "fb.h"

/* Paints a chevron filling `box` (clipped to fb), its strokes `stroke`
 * pixels thick, its point at the left edge (`left`) or the right one, in
 * the XRGB colour `ink`. */
void chevron_draw(fb_t *fb, fb_rect_t box, int stroke, bool left,
                  uint32_t ink);

#endif
