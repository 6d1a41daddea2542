/* board.h - the hardware: a panel, a framebuffer to draw in, a clock.
 *
 * On a display the panel is fed one of two ways, chosen per video driver
 * (board_panel_path):
 * - the window's own surface, where the driver has one (x11): SDL's window
 *   surface path with framebuffer acceleration off (no OpenGL, no GPU
 *   memory), and only the rectangles that changed are flushed;
 * - a streaming texture, where it has none (kmsdrm, wayland): the panel is
 *   a surface in RAM, the changed rectangles are uploaded into the texture
 *   and the texture is presented through an SDL_Renderer.
 * Headless the panel is a plain surface in RAM. The renderer draws the same
 * pixels on every path, so the golden screenshots describe every panel.
 *
 * This header speaks only the kiosk's own types (core/fb.h): the window,
 * the renderer and SDL's surfaces live in board_private.h, so the app
 * never sees SDL and another board (fbdev, KMS without SDL) replaces
 * src/platform alone. One board per process (its SDL side is static).
 *
 * The renderer draws into `fb`, upright. On a panel mounted sideways or
 * upside down (--rotate) fb is a surface of its own, the panel's size
 * turned, and a flush turns the changed rectangles onto the panel;
 * otherwise fb is the panel itself and nothing is copied (unless the
 * window's surface is not XRGB8888: then fb is a surface of its own and a
 * flush converts).
 */
#ifndef KIOSK_BOARD_H
#define KIOSK_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/fb.h"

/* What happened to the wall's window, mildest first. */
typedef enum {
    BOARD_GONE_UNFOCUSED, /* another window took the focus */
    BOARD_GONE_MINIMISED,
    BOARD_GONE_HIDDEN     /* unmapped: another desktop, the desktop shown, withdrawn */
} board_gone_t;

/* How a window's pixels reach the panel. */
typedef enum {
    BOARD_PATH_SURFACE, /* the window's own surface (x11) */
    BOARD_PATH_TEXTURE  /* a RAM surface uploaded into a texture */
} board_path_t;

/* The window, renderer and surfaces behind a board (board_private.h). */
struct board_sdl;

typedef struct {
    struct board_sdl *sdl; /* the SDL side; NULL when closed */
    board_path_t path;   /* how panel reaches the window */
    fb_t panel;          /* the pixels the panel shows */
    fb_t fb;             /* what the renderer draws into, upright */
    int rotate;          /* degrees clockwise: 0, 90, 180 or 270 */
    bool windowed;       /* a development window, not the fullscreen kiosk */
    board_gone_t gone;      /* the worst that happened to the window before a look */
    int keep_looks;         /* board_keep_on_wall's looks still to take */
    uint64_t next_keep_ms;  /* the earliest time of the next look */
    uint64_t presented_ms;  /* texture path: when the panel was last shown */
    bool dark;              /* switched off through DRM (panel_power.h):
                             * nothing is presented until it is on again */
} board_t;

/* A RAM panel of w x h; no display is touched. */
bool board_open_headless(board_t *b, int w, int h, int rotate);

/* A fullscreen kiosk window (w, h = 0: the desktop's size), or with
 * `windowed` a normal window of w x h. Errors are logged. */
bool board_open_display(board_t *b, bool windowed, int w, int h, int rotate);

/* Turns the borderless desktop-sized kiosk window into a fullscreen one;
 * called once its first frame shows. True when the framebuffer changed
 * and must be redrawn whole. */
bool board_claim_fullscreen(board_t *b);

/* Re-reads the window surface after a resize or a lost surface; true when
 * the framebuffer changed and must be redrawn whole. */
bool board_refresh(board_t *b);

/* The renderer lost its textures (SDL_RENDER_DEVICE_RESET): they are made
 * again; the framebuffer must be redrawn whole. */
void board_device_reset(board_t *b);

/* The wall's window was hidden, minimised or lost the focus (`gone`, for
 * the log: the worst of a burst, as one act of a window manager often
 * comes as two or three events): it is put back, shown, fullscreen and on top, and
 * looked at once more a second later (a window manager may take a
 * withdrawn window on again without its state). At most once a second: two
 * programs that both want the top trade it that often, not thousands of
 * times. Nothing waits for the window manager. A development window is
 * left alone. */
void board_keep_on_wall(board_t *b, board_gone_t gone);

/* Takes the look board_keep_on_wall left for later, when it is due, and
 * on the texture path shows the panel again when nothing was shown for
 * 3 s (a frame the display refused is not lost for good); the run loop
 * calls it on every turn. */
void board_poll(board_t *b);

/* The panel's pixels were lost (an expose), not the picture: fb goes back
 * on the panel as it is. True when the framebuffer changed and must be
 * redrawn whole instead. */
bool board_repaint(board_t *b);

/* The path for a video driver: the window surface where the driver has
 * one of its own, else the texture. KIOSK_PANEL_PATH=surface|texture in
 * the environment overrides it (benchmarks, tests). */
board_path_t board_panel_path(const char *driver);

/* Puts the given rectangles of fb (all of it when n == 0) on the panel. */
void board_flush(board_t *b, const fb_rect_t *rects, int n);

/* The refresh rate of the window's display, or 60 when unknown. */
int board_refresh_hz(const board_t *b);

void board_close(board_t *b);

/* Monotonic milliseconds, 64-bit (SDL_GetTicks wraps after 49.7 days). */
uint64_t board_now_ms(void);

#endif
