/* crossfade.h - a crossfade between slides in the panel's own
 * framebuffer. The incoming slide is drawn once into a picture of its
 * own; each frame then moves the framebuffer part of the way toward it
 * (fade.h), so the old slide needs no copy, and only where the two
 * differ, which is what is flushed. The picture exists only
 * during a fade (one framebuffer's worth of memory for half a second),
 * never while a slide simply shows. */
#ifndef KIOSK_CROSSFADE_H
#define KIOSK_CROSSFADE_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/fb.h"

typedef struct {
    fb_t to;              /* the slide coming in, drawn once; no pixels
                           * when no fade runs */
    uint64_t *changes;    /* per row, the chunks where the slides differ */
    uint32_t chunk;       /* a chunk's width in pixels (fade.h) */
    fb_rect_t box;        /* around every changed chunk: what is flushed */
    uint64_t start_ms;
    uint32_t duration_ms;
    uint32_t shown;       /* how far the framebuffer is toward it: 0..256 */
} crossfade_t;

/* Starts a fade from what fb shows now. Returns the picture to draw the
 * next slide into, or NULL (logged) when memory is short: then draw it
 * straight into fb, without a fade. */
fb_t *crossfade_begin(crossfade_t *x, const fb_t *fb, uint64_t now_ms,
                      uint32_t duration_ms);

bool crossfade_active(const crossfade_t *x);

/* Moves fb to where the fade stands at `now_ms`; at the end, the new
 * slide itself, and the fade is over. True when fb changed, with the
 * part that did in *dirty. fb must not have been drawn into since
 * crossfade_begin: only where it differs from the new slide is it
 * mixed. */
bool crossfade_step(crossfade_t *x, fb_t *fb, uint64_t now_ms,
                    fb_rect_t *dirty);

/* Ends a fade at once (a new target, or a new framebuffer). */
void crossfade_cancel(crossfade_t *x);

#endif
