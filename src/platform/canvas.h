/* canvas.h - drawing a view into a framebuffer (an SDL_Surface).
 *
 * The framebuffer is the window's own surface on a display, or a plain
 * surface headless; either way the pixels a shot saves are the pixels a
 * visitor sees. Text is rendered when a slide is composed, once per slide;
 * between slides only the chrome (progress bar) is redrawn.
 */
#ifndef KIOSK_CANVAS_H
#define KIOSK_CANVAS_H

#include <stdbool.h>

#include <SDL.h>

#include "../core/view.h"

/* Paints the whole slide: background, fills, every text. False if a text
 * could not be rendered (logged); the rest is still drawn. */
bool canvas_compose(SDL_Surface *fb, const view_t *view);

/* Paints the progress bar region; returns the rectangle it touched, for a
 * partial flush. */
SDL_Rect canvas_chrome(SDL_Surface *fb, const view_t *view,
                       view_chrome_t chrome);

/* The panel while the museum is closed: black, with `lines` (NULL: none)
 * centred in a dim grey, the first larger, moved by (dx, dy) against
 * burn-in as the slides are. */
void canvas_asleep(SDL_Surface *fb, const char *const *lines, int n, int dx,
                   int dy);

#endif
