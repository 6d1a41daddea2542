/* board.c - framebuffer, display, clock; see board.h. */
#include "board.h"

#include <string.h>

#include "log.h"

bool board_open_headless(board_t *b, int w, int h)
{
    memset(b, 0, sizeof *b);
    b->fb = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32,
                                           SDL_PIXELFORMAT_XRGB8888);
    if (!b->fb) log_error("cannot make a %dx%d framebuffer: %s", w, h,
                          SDL_GetError());
    return b->fb != NULL;
}

/* Hints that must be set before the video subsystem starts. */
static void kiosk_hints(void)
{
    /* The window surface without OpenGL behind it: measured at 0% CPU and
     * 13 MB PSS, against 5% and 100 MB with Mesa (see DESIGN.md). */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    /* A fullscreen kiosk that loses focus must stay on the wall. */
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    /* One tap is one event (touch arrives in a later issue). */
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
}

bool board_open_display(board_t *b, bool windowed, int w, int h)
{
    memset(b, 0, sizeof *b);
    b->windowed = windowed;
    kiosk_hints();
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        log_error("no display: %s (run with --headless --shots DIR to "
                  "render the slides without one)", SDL_GetError());
        return false;
    }
    Uint32 flags = windowed ? 0
                   : (w && h) ? SDL_WINDOW_FULLSCREEN
                              : SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_DisplayMode desktop;
    if (windowed && !(w && h)) { w = 1280; h = 720; }
    if (!windowed && !(w && h) && SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
        /* Created at the desktop's size and origin: without a window
         * manager (a bare X server on a kiosk) nobody else resizes it. */
        w = desktop.w;
        h = desktop.h;
    }
    int pos = windowed ? (int)SDL_WINDOWPOS_CENTERED : 0;
    b->window = SDL_CreateWindow("Mexico - North Korea", pos, pos, w, h, flags);
    if (!b->window) {
        log_error("cannot open the kiosk window: %s", SDL_GetError());
        return false;
    }
    if (!windowed) {
        SDL_ShowCursor(SDL_DISABLE);
        SDL_DisableScreenSaver();
    }
    board_refresh(b);
    return b->fb != NULL;
}

bool board_refresh(board_t *b)
{
    if (!b->window) return false;
    /* SDL may hand back a new surface after a resize; asking is the only
     * reliable way to know, as a resize event may never come. */
    SDL_Surface *s = SDL_GetWindowSurface(b->window);
    if (!s) {
        log_error("the window has no surface: %s", SDL_GetError());
        return false;
    }
    bool changed = s != b->fb || (b->fb && (s->w != b->fb->w || s->h != b->fb->h));
    b->fb = s;
    return changed;
}

void board_flush(board_t *b, const SDL_Rect *rects, int n)
{
    if (!b->window) return;
    int rc = n == 0 ? SDL_UpdateWindowSurface(b->window)
                    : SDL_UpdateWindowSurfaceRects(b->window, rects, n);
    if (rc != 0) log_warn("cannot update the panel: %s", SDL_GetError());
}

void board_close(board_t *b)
{
    if (b->window) SDL_DestroyWindow(b->window); /* frees its surface */
    else if (b->fb) SDL_FreeSurface(b->fb);
    memset(b, 0, sizeof *b);
}

uint64_t board_now_ms(void) { return SDL_GetTicks64(); }
