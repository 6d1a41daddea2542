/* board.c - panel, framebuffer, display, clock; see board.h. */
#include "board_private.h"

#include <string.h>

#include "../core/rotate.h"
#include "log.h"
#include "x11_errors.h"
#include "x11_wall.h"

static SDL_Surface *new_surface(int w, int h)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32,
                                                    SDL_PIXELFORMAT_XRGB8888);
    if (!s) log_error("cannot make a %dx%d framebuffer: %s", w, h,
                      SDL_GetError());
    return s;
}

/* The one board's SDL side (board.h: one board per process). Opening a
 * board starts it afresh. */
static struct board_sdl the_sdl;

static void start_board(board_t *b, int rotate)
{
    memset(b, 0, sizeof *b);
    memset(&the_sdl, 0, sizeof the_sdl);
    b->sdl = &the_sdl;
    b->rotate = rotate;
}

/* The app's view of a surface (NULL: none). Every surface the board
 * draws into is XRGB8888 (attach_fb), so the view needs no format. */
static fb_t view_of(const SDL_Surface *s)
{
    if (!s) return (fb_t){NULL, 0, 0, 0};
    return (fb_t){s->pixels, s->w, s->h, s->pitch / 4};
}

/* The public fb and panel follow the surfaces whenever they change. */
static void sync_views(board_t *b)
{
    b->fb = view_of(b->sdl->fb);
    b->panel = view_of(b->sdl->panel);
}

static bool is_xrgb(const SDL_Surface *s)
{
    return s->format->format == SDL_PIXELFORMAT_XRGB8888;
}

/* fb for the current panel: the panel itself, or an upright surface of
 * the panel's size turned. A panel in another format than XRGB8888 (a
 * 16-bit display, a window with alpha) gets an fb of its own, converted
 * on each flush, so that everything drawing speaks one pixel layout.
 * False if it cannot be had. */
static bool attach_fb(board_t *b)
{
    struct board_sdl *sdl = b->sdl;
    if (sdl->fb && sdl->fb != sdl->panel) SDL_FreeSurface(sdl->fb);
    sdl->fb = NULL;
    bool xrgb = is_xrgb(sdl->panel);
    if (b->rotate && !xrgb) {
        /* Turning copies whole XRGB8888 pixels; a panel of another
         * layout is shown upright rather than garbled. */
        log_error("--rotate needs a 32-bit panel; showing it unturned");
        b->rotate = 0;
    }
    bool sideways = b->rotate == 90 || b->rotate == 270;
    if (b->rotate == 0 && xrgb)
        sdl->fb = sdl->panel;
    else
        sdl->fb = new_surface(sideways ? sdl->panel->h : sdl->panel->w,
                              sideways ? sdl->panel->w : sdl->panel->h);
    sync_views(b);
    return sdl->fb != NULL;
}

bool board_open_headless(board_t *b, int w, int h, int rotate)
{
    start_board(b, rotate);
    b->sdl->panel = new_surface(w, h);
    return b->sdl->panel && attach_fb(b);
}

/* Hints that must be set before the video subsystem starts. */
static void kiosk_hints(void)
{
    /* A fullscreen kiosk that loses focus must stay on the wall. */
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    /* One tap is one event (touch arrives in a later issue). */
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
}

/* Video drivers of SDL 2.26 that give a window a surface of their own
 * (CreateWindowFramebuffer); every other one (kmsdrm, wayland, ...) has
 * a window surface only through a texture, or none at all. */
static const char *const own_surface_drivers[] = {"x11", "dummy", "offscreen",
                                                  "windows", "haiku"};

board_path_t board_panel_path(const char *driver)
{
    const char *forced = SDL_getenv("KIOSK_PANEL_PATH");
    if (forced && SDL_strcmp(forced, "texture") == 0) return BOARD_PATH_TEXTURE;
    if (forced && SDL_strcmp(forced, "surface") == 0) return BOARD_PATH_SURFACE;
    for (size_t i = 0; driver && i < SDL_arraysize(own_surface_drivers); i++)
        if (SDL_strcmp(driver, own_surface_drivers[i]) == 0)
            return BOARD_PATH_SURFACE;
    return BOARD_PATH_TEXTURE;
}

/* The window surface without OpenGL behind it: measured at 0% CPU and
 * 13 MB PSS, against 5% and 100 MB with Mesa (see DESIGN.md). Only where
 * the driver has a surface of its own: elsewhere "0" leaves the window
 * with no surface at all. Read by SDL when the window surface is made. */
static void choose_path(board_t *b)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    b->path = board_panel_path(driver);
    if (b->path == BOARD_PATH_SURFACE)
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    log_info("video driver %s: the panel is fed through %s", driver,
             b->path == BOARD_PATH_SURFACE ? "the window surface"
                                           : "a streaming texture");
}

/* No pointer on the wall, no screen saver. On KMS, SDL may find no
 * cursor plane and say so here; a hidden cursor needs none, so that is
 * worth a line in the log, not a failure. The error is cleared so that no
 * later message quotes it. */
static void hide_cursor(void)
{
    if (SDL_ShowCursor(SDL_DISABLE) < 0)
        log_info("no cursor to hide (%s); none is shown", SDL_GetError());
    SDL_ClearError();
    SDL_DisableScreenSaver();
}

/* The wall's window against the window manager's keys and its moods.
 * An active keyboard grab beats a window manager's passive key grabs: with
 * the keyboard held, its bindings (desktop switch, show desktop, window
 * menu) never fire. SDL holds the grab while the window has the focus and
 * takes it again when the focus comes back. Under X the window also goes
 * on every desktop and above the others (x11_wall.h). */
static void claim_wall(board_t *b)
{
    SDL_SetWindowKeyboardGrab(b->sdl->window, SDL_TRUE);
    x11_wall_claim(b->sdl->window);
}

/* The texture path's renderer: whichever the driver offers (on KMS and
 * Wayland an OpenGL ES one, through Mesa where there is no GPU). */
static bool open_renderer(board_t *b)
{
    b->sdl->renderer = SDL_CreateRenderer(b->sdl->window, -1, 0);
    if (!b->sdl->renderer) {
        log_error("cannot draw to the %s display: %s",
                  SDL_GetCurrentVideoDriver(), SDL_GetError());
        return false;
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(b->sdl->renderer, &info) == 0)
        log_info("renderer: %s", info.name);
    return true;
}

bool board_open_display(board_t *b, bool windowed, int w, int h, int rotate)
{
    start_board(b, rotate);
    b->windowed = windowed;
    kiosk_hints();
    x11_errors_install(); /* before SDL's X11 driver saves the handler */
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        log_error("no display: %s (run with --headless --shots DIR to "
                  "render the slides without one)", SDL_GetError());
        return false;
    }
    choose_path(b);
    if (windowed && !(w && h)) { w = 1280; h = 720; }
    Uint32 flags = windowed ? 0 : SDL_WINDOW_FULLSCREEN; /* a mode of w x h */
    SDL_DisplayMode desktop;
    if (!windowed && !(w && h)) {
        flags = SDL_WINDOW_FULLSCREEN_DESKTOP;
        if (SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
            /* At the desktop's size and origin, borderless; fullscreen is
             * asked for only after the first frame (board_claim_fullscreen):
             * SDL 2.26 waits up to 100 ms for a window manager to grant
             * it, which a bare X server never does, and the first frame
             * came 160 ms after exec instead of 48 (README, "Benchmark"). */
            w = desktop.w;
            h = desktop.h;
            flags = SDL_WINDOW_BORDERLESS;
        }
    }
    /* The texture path's renderer is an OpenGL one: a window made without
     * GL is made anew by SDL when the renderer comes (under X the kiosk
     * saw its window hidden and shown again at every start). */
    if (b->path == BOARD_PATH_TEXTURE) flags |= SDL_WINDOW_OPENGL;
    int pos = windowed ? (int)SDL_WINDOWPOS_CENTERED : 0;
    b->sdl->window = SDL_CreateWindow("Mexico - North Korea", pos, pos, w, h, flags);
    if (!b->sdl->window) {
        log_error("cannot open the kiosk window: %s", SDL_GetError());
        return false;
    }
    if (!windowed) {
        hide_cursor();
        claim_wall(b);
    }
    if (b->path == BOARD_PATH_TEXTURE && !open_renderer(b)) return false;
    board_refresh(b);
    return b->sdl->fb != NULL;
}

bool board_claim_fullscreen(board_t *b)
{
    if (!b->sdl->window || b->windowed) return false;
    Uint32 flags = SDL_GetWindowFlags(b->sdl->window);
    if (!(flags & SDL_WINDOW_BORDERLESS) || (flags & SDL_WINDOW_FULLSCREEN))
        return false;
    /* With a window manager this keeps panels and docks off the wall;
     * without one the window already covers the desktop. */
    if (SDL_SetWindowFullscreen(b->sdl->window, SDL_WINDOW_FULLSCREEN_DESKTOP) != 0)
        log_warn("no fullscreen (%s): the window stays borderless at the "
                 "desktop's size", SDL_GetError());
    return board_refresh(b);
}

/* The texture path: the panel is a RAM surface of the renderer's output
 * size and the texture its copy on the display; both are made again when
 * that size changes (or the texture was lost). Returns the surface, or
 * NULL if it cannot be had. */
static SDL_Surface *texture_panel(board_t *b)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(b->sdl->renderer, &w, &h) != 0 || w <= 0 ||
        h <= 0) {
        log_error("the display has no size: %s", SDL_GetError());
        return NULL;
    }
    struct board_sdl *sdl = b->sdl;
    bool fits = sdl->panel && sdl->panel->w == w && sdl->panel->h == h;
    if (fits && sdl->texture) return sdl->panel;
    if (sdl->texture) SDL_DestroyTexture(sdl->texture);
    sdl->texture = SDL_CreateTexture(sdl->renderer, SDL_PIXELFORMAT_XRGB8888,
                                     SDL_TEXTUREACCESS_STREAMING, w, h);
    if (!sdl->texture) {
        log_error("cannot make a %dx%d texture: %s", w, h, SDL_GetError());
        return NULL;
    }
    return fits ? sdl->panel : new_surface(w, h);
}

/* The window path: the window's own surface, which SDL may hand back new
 * after a resize; asking is the only reliable way to know, as a resize
 * event may never come. */
static SDL_Surface *window_panel(board_t *b)
{
    SDL_Surface *s = SDL_GetWindowSurface(b->sdl->window);
    if (!s) log_error("the window has no surface: %s", SDL_GetError());
    return s;
}

bool board_refresh(board_t *b)
{
    if (!b->sdl->window) return false;
    SDL_Surface *s = b->path == BOARD_PATH_TEXTURE ? texture_panel(b)
                                                   : window_panel(b);
    if (!s) return false;
    bool changed = s != b->sdl->panel || s->w != b->sdl->panel->w || s->h != b->sdl->panel->h;
    if (b->sdl->fb == b->sdl->panel) b->sdl->fb = NULL; /* it went with the old surface */
    /* The texture path owns its RAM panel; the window's is SDL's. */
    if (changed && b->path == BOARD_PATH_TEXTURE && b->sdl->panel) SDL_FreeSurface(b->sdl->panel);
    b->sdl->panel = s;
    if (changed || !b->sdl->fb) attach_fb(b);
    sync_views(b);
    return changed;
}

void board_device_reset(board_t *b)
{
    if (!b->sdl->texture) return;
    /* Destroyed with the device already; made again at the same size. */
    SDL_DestroyTexture(b->sdl->texture);
    b->sdl->texture = NULL;
    board_refresh(b);
}

/* Turns the changed rectangles onto the panel; the rectangles become the
 * panel's own, for the window update. */
static void turn_onto_panel(board_t *b, SDL_Rect *rects, int n)
{
    for (int i = 0; i < n; i++) {
        fb_rect_t r = {rects[i].x, rects[i].y, rects[i].w, rects[i].h};
        rotate_copy(&b->fb, &b->panel, r, b->rotate);
        r = rotate_map_rect(r, b->fb.w, b->fb.h, b->rotate);
        rects[i] = (SDL_Rect){r.x, r.y, r.w, r.h};
    }
}

/* A panel not in XRGB8888 has an fb of its own (attach_fb): SDL converts
 * the changed rectangles onto it. */
static void convert_onto_panel(board_t *b, const SDL_Rect *rects, int n)
{
    for (int i = 0; i < n; i++) {
        SDL_Rect r = rects[i];
        if (SDL_BlitSurface(b->sdl->fb, &rects[i], b->sdl->panel, &r) != 0)
            log_warn("cannot convert the picture: %s", SDL_GetError());
    }
}

/* Uploads the changed rectangles into the texture and shows it. The
 * whole texture is presented: a double-buffered display needs every pixel
 * of each new frame, and the texture holds them all. A dark panel gets
 * the pixels, not the present: it shows them when it is on again. */
static void present_texture(board_t *b, const SDL_Rect *rects, int n)
{
    if (!b->sdl->texture) return;
    const uint8_t *pixels = b->sdl->panel->pixels;
    for (int i = 0; i < n; i++) {
        const uint8_t *at = pixels + rects[i].y * b->sdl->panel->pitch + rects[i].x * 4;
        if (SDL_UpdateTexture(b->sdl->texture, &rects[i], at, b->sdl->panel->pitch) != 0)
            log_warn("cannot update the panel: %s", SDL_GetError());
    }
    if (b->dark) return;
    if (SDL_RenderCopy(b->sdl->renderer, b->sdl->texture, NULL, NULL) != 0)
        log_warn("cannot show the panel: %s", SDL_GetError());
    SDL_RenderPresent(b->sdl->renderer);
    b->presented_ms = board_now_ms();
}

/* The texture path shows its picture again after this long without a
 * flush. A frame the display refused is dropped by SDL 2.26 without a
 * word (in the VM, a page flip bochs had no video memory for: ENOMEM), and
 * in browse mode nothing else would be shown for as long as the visitor
 * stays: the panel kept a half-finished crossfade for minutes. The texture
 * holds the whole picture, so showing it again puts right what was lost;
 * one present every few seconds costs next to nothing. */
#define REPRESENT_EVERY_MS 3000u

/* A flush touches this many rectangles at most; the screen sends one. */
#define FLUSH_MAX_RECTS 8

void board_flush(board_t *b, const fb_rect_t *rects, int n)
{
    fb_rect_t whole = {0, 0, b->fb.w, b->fb.h};
    SDL_Rect panel_rects[FLUSH_MAX_RECTS];
    if (n == 0) { rects = &whole; n = 1; }
    if (n > FLUSH_MAX_RECTS) { rects = &whole; n = 1; }
    for (int i = 0; i < n; i++)
        panel_rects[i] = (SDL_Rect){rects[i].x, rects[i].y, rects[i].w, rects[i].h};
    if (b->rotate) turn_onto_panel(b, panel_rects, n);
    else if (b->sdl->fb != b->sdl->panel) convert_onto_panel(b, panel_rects, n);
    if (!b->sdl->window) return;
    if (b->path == BOARD_PATH_TEXTURE) present_texture(b, panel_rects, n);
    else if (SDL_UpdateWindowSurfaceRects(b->sdl->window, panel_rects, n) != 0)
        log_warn("cannot update the panel: %s", SDL_GetError());
}

bool board_repaint(board_t *b)
{
    if (board_refresh(b)) return true;
    board_flush(b, NULL, 0);
    return false;
}

/* ------------------------------------------------------ keep on the wall */

/* Looks at the window at most this often (board_keep_on_wall). */
#define KEEP_EVERY_MS 1000u

/* Other drivers than x11 (Wayland: a compositor that hides a window says
 * so; KMS: there is nothing to hide it). */
static void sdl_restore(SDL_Window *w)
{
    SDL_ShowWindow(w);
    SDL_RestoreWindow(w);
    SDL_RaiseWindow(w);
}

static const char *const gone_names[] = {"lost the focus", "was minimised",
                                         "was hidden"};

static void keep_now(board_t *b, uint64_t now)
{
    /* The first look says why; the second only checks. */
    if (b->keep_looks == 2)
        log_info("the window %s: putting it back on the wall",
                 gone_names[b->gone]);
    b->keep_looks--;
    b->next_keep_ms = now + KEEP_EVERY_MS;
    if (!x11_wall_restore(b->sdl->window)) sdl_restore(b->sdl->window);
}

void board_keep_on_wall(board_t *b, board_gone_t gone)
{
    if (!b->sdl->window || b->windowed) return;
    /* A first look still waiting for its second keeps the worst news. */
    if (b->keep_looks < 2 || gone > b->gone) b->gone = gone;
    b->keep_looks = 2;
    board_poll(b);
}

void board_poll(board_t *b)
{
    uint64_t now = board_now_ms();
    if (b->keep_looks > 0 && now >= b->next_keep_ms) keep_now(b, now);
    if (b->path == BOARD_PATH_TEXTURE && now >= b->presented_ms + REPRESENT_EVERY_MS)
        present_texture(b, NULL, 0);
}

int board_refresh_hz(const board_t *b)
{
    SDL_DisplayMode mode;
    if (b->sdl->window && SDL_GetWindowDisplayMode(b->sdl->window, &mode) == 0 &&
        mode.refresh_rate > 0)
        return mode.refresh_rate;
    return 60;
}

void board_close(board_t *b)
{
    if (!b->sdl) return; /* never opened, or closed already */
    if (b->sdl->fb && b->sdl->fb != b->sdl->panel) SDL_FreeSurface(b->sdl->fb);
    if (b->sdl->texture) SDL_DestroyTexture(b->sdl->texture);
    if (b->sdl->renderer) SDL_DestroyRenderer(b->sdl->renderer);
    /* A window frees its own surface; a RAM panel is ours. */
    if (!b->sdl->window || b->path == BOARD_PATH_TEXTURE) SDL_FreeSurface(b->sdl->panel);
    if (b->sdl->window) SDL_DestroyWindow(b->sdl->window);
    memset(b->sdl, 0, sizeof *b->sdl);
    memset(b, 0, sizeof *b);
}

uint64_t board_now_ms(void) { return SDL_GetTicks64(); }
