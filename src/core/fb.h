/* fb.h - the kiosk's own picture types: a framebuffer and a rectangle.
 *
 * Every picture the kiosk draws, mixes, turns, shrinks or saves is 32-bit
 * XRGB8888 (0x00RRGGBB, the top byte unused): the board makes its
 * surfaces so, and the window surfaces of the drivers it feeds are so
 * (board.c converts on a panel that is not). One layout means no format
 * to carry and none to check: a pixel is a uint32_t. These types are how
 * the app and the core speak of pictures; SDL's own (SDL_Surface,
 * SDL_Rect) stay in src/platform, so a port to another board (fbdev, KMS
 * without SDL) touches only that folder.
 */
#ifndef KIOSK_FB_H
#define KIOSK_FB_H

#include <stddef.h>
#include <stdint.h>

/* A rectangle in pixels. */
typedef struct {
    int x, y, w, h;
} fb_rect_t;

/* An XRGB8888 picture: w x h pixels, rows `stride` pixels apart (at least
 * w: a window surface's rows may be padded). The pixels belong to whoever
 * made the picture; an fb_t only looks at them. */
typedef struct {
    uint32_t *pixels;
    int w, h;
    int stride; /* in pixels, not bytes */
} fb_t;

/* The first pixel of row y. */
static inline uint32_t *fb_row(const fb_t *fb, int y)
{
    return fb->pixels + (ptrdiff_t)y * fb->stride;
}

#endif
