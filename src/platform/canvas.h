/* canvas.h - drawing a view into a framebuffer (an fb_t, core/fb.h).
 *
 * The framebuffer is the window's own surface on a display, or a plain
 * surface headless; either way the pixels a shot saves are the pixels a
 * visitor sees. Text is rendered when a slide is composed, once per slide;
 * between slides only the chrome (progress bar) is redrawn. SDL and
 * SDL_ttf draw, on an SDL surface wrapped around the fb_t's own pixels
 * (no copy); the wrapper never leaves canvas.c.
 */
#ifndef KIOSK_CANVAS_H
#define KIOSK_CANVAS_H

#include <stdbool.h>

#include <stdint.h>

#include "../core/fb.h"
#include "../core/view.h"

/* Paints the whole slide: background, fills, every text. False if a text
 * could not be rendered (logged); the rest is still drawn. */
bool canvas_compose(fb_t *fb, const view_t *view);

/* Paints the progress bar region; returns the rectangle it touched, for a
 * partial flush. */
fb_rect_t canvas_chrome(fb_t *fb, const view_t *view, view_chrome_t chrome);

/* The panel while the museum is closed: black, with `lines` (NULL: none)
 * centred in a dim grey, the first larger, moved by (dx, dy) against
 * burn-in as the slides are. */
void canvas_asleep(fb_t *fb, const char *const *lines, int n, int dx, int dy);

/* A one-line label in the regular face at px pixels (the contact
 * sheet's): its width, the face's height (0 when the font is missing),
 * and the label drawn in colour `xrgb` with its top left at (x, y).
 * False (logged) when it could not be drawn. */
int canvas_label_width(int px, const char *text);
int canvas_label_height(int px);
bool canvas_label(fb_t *fb, int x, int y, int px, const char *text,
                  uint32_t xrgb);

/* Lets go of what canvas keeps between calls; platform_quit calls it. */
void canvas_quit(void);

#endif
