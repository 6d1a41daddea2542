/* x11_wall.c - the kiosk's window under an X window manager; see
 * x11_wall.h. Requests go to the window manager as EWMH client messages
 * on the root window; none is waited for (XFlush, never XSync or
 * XIfEvent), as a window manager may never answer. */
#include "x11_wall.h"

#include <SDL_syswm.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

/* EWMH numbers. */
#define NET_WM_STATE_ADD 1
#define ALL_DESKTOPS 0xFFFFFFFFul
/* A request "from a pager": window managers obey those at once, where
 * one from an application may be taken for focus stealing and refused. */
#define SOURCE_PAGER 2

typedef struct {
    Display *dpy;
    Window win;
    Window root;
} x11_window_t;

/* The X window behind an SDL window, when the driver is x11. */
static bool x11_window(SDL_Window *w, x11_window_t *x)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    if (!w || !driver || SDL_strcmp(driver, "x11") != 0) return false;
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!SDL_GetWindowWMInfo(w, &info) || info.subsystem != SDL_SYSWM_X11)
        return false;
    x->dpy = info.info.x11.display;
    x->win = info.info.x11.window;
    x->root = DefaultRootWindow(x->dpy);
    return true;
}

static Atom atom(const x11_window_t *x, const char *name)
{
    return XInternAtom(x->dpy, name, False);
}

/* An EWMH request about `about` (our window, or the root for the
 * desktop's own state), to whichever window manager runs. */
static void ask_wm(const x11_window_t *x, Window about, const char *type,
                   long l0, long l1, long l2, long l3)
{
    XEvent e;
    SDL_zero(e);
    e.xclient.type = ClientMessage;
    e.xclient.window = about;
    e.xclient.message_type = atom(x, type);
    e.xclient.format = 32;
    e.xclient.data.l[0] = l0;
    e.xclient.data.l[1] = l1;
    e.xclient.data.l[2] = l2;
    e.xclient.data.l[3] = l3;
    XSendEvent(x->dpy, x->root, False,
               SubstructureRedirectMask | SubstructureNotifyMask, &e);
}

/* On every desktop, above the others (and fullscreen, when asked). */
static void ask_wall_state(const x11_window_t *x, bool fullscreen)
{
    ask_wm(x, x->win, "_NET_WM_DESKTOP", (long)ALL_DESKTOPS, SOURCE_PAGER, 0, 0);
    ask_wm(x, x->win, "_NET_WM_STATE", NET_WM_STATE_ADD,
           (long)atom(x, "_NET_WM_STATE_ABOVE"),
           (long)atom(x, "_NET_WM_STATE_STICKY"), SOURCE_PAGER);
    if (fullscreen)
        ask_wm(x, x->win, "_NET_WM_STATE", NET_WM_STATE_ADD,
               (long)atom(x, "_NET_WM_STATE_FULLSCREEN"), 0, SOURCE_PAGER);
}

/* A window no manager holds (a client unmapped it: withdrawn) has no
 * WM_STATE, or WithdrawnState in it (ICCCM 4.1.3.1). */
static bool withdrawn(const x11_window_t *x)
{
    Atom wm_state = atom(x, "WM_STATE"), type;
    int format;
    unsigned long n, left;
    unsigned char *data = NULL;
    bool out = true;
    if (XGetWindowProperty(x->dpy, x->win, wm_state, 0, 1, False, wm_state,
                           &type, &format, &n, &left, &data) == Success &&
        data && format == 32 && n >= 1)
        out = ((const long *)data)[0] == WithdrawnState;
    if (data) XFree(data);
    return out;
}

/* What a window manager reads when it takes a window on (EWMH: a client
 * sets these itself only while its window is withdrawn). */
static void set_wall_properties(const x11_window_t *x)
{
    Atom states[3] = {atom(x, "_NET_WM_STATE_FULLSCREEN"),
                      atom(x, "_NET_WM_STATE_ABOVE"),
                      atom(x, "_NET_WM_STATE_STICKY")};
    unsigned long all = ALL_DESKTOPS;
    XChangeProperty(x->dpy, x->win, atom(x, "_NET_WM_STATE"), XA_ATOM, 32,
                    PropModeReplace, (unsigned char *)states, 3);
    XChangeProperty(x->dpy, x->win, atom(x, "_NET_WM_DESKTOP"), XA_CARDINAL,
                    32, PropModeReplace, (unsigned char *)&all, 1);
}

bool x11_wall_claim(SDL_Window *w)
{
    x11_window_t x;
    if (!x11_window(w, &x)) return false;
    /* Fullscreen is SDL's to ask for (board_claim_fullscreen). */
    ask_wall_state(&x, false);
    XFlush(x.dpy);
    return true;
}

bool x11_wall_restore(SDL_Window *w)
{
    x11_window_t x;
    if (!x11_window(w, &x)) return false;
    if (withdrawn(&x)) set_wall_properties(&x);
    /* "Show the desktop" hides every window; it ends here. */
    ask_wm(&x, x.root, "_NET_SHOWING_DESKTOP", 0, 0, 0, 0);
    ask_wall_state(&x, true);
    /* Maps a withdrawn window (the manager takes it on again) and
     * de-iconifies an iconic one (ICCCM 4.1.4); raises a mapped one. */
    XMapRaised(x.dpy, x.win);
    ask_wm(&x, x.win, "_NET_ACTIVE_WINDOW", SOURCE_PAGER, CurrentTime, 0, 0);
    XFlush(x.dpy);
    return true;
}

Display *x11_wall_display(SDL_Window *w)
{
    x11_window_t x;
    return x11_window(w, &x) ? x.dpy : NULL;
}
