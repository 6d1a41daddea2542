/* board.h - the hardware: a framebuffer, a display to flush it to, a clock.
 *
 * On a display the framebuffer is the window's own surface (SDL's window
 * surface path, with framebuffer acceleration off: no OpenGL, no GPU
 * memory), and only the rectangles that changed are flushed. Headless it
 * is a plain surface in RAM and nothing is flushed.
 */
#ifndef KIOSK_BOARD_H
#define KIOSK_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

typedef struct {
    SDL_Window *window; /* NULL when headless */
    SDL_Surface *fb;    /* what the renderer draws into */
    bool windowed;      /* a development window, not the fullscreen kiosk */
} board_t;

/* A RAM framebuffer of w x h; no display is touched. */
bool board_open_headless(board_t *b, int w, int h);

/* A fullscreen kiosk window (w, h = 0: the desktop's size), or with
 * `windowed` a normal window of w x h. Errors are logged. */
bool board_open_display(board_t *b, bool windowed, int w, int h);

/* Re-reads the window surface after a resize or a lost surface; true when
 * the framebuffer changed and must be redrawn whole. */
bool board_refresh(board_t *b);

/* Puts the given rectangles (all of it when n == 0) on the panel. */
void board_flush(board_t *b, const SDL_Rect *rects, int n);

void board_close(board_t *b);

/* Monotonic milliseconds, 64-bit (SDL_GetTicks wraps after 49.7 days). */
uint64_t board_now_ms(void);

#endif
