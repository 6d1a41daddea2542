/* x11_errors.c - an X error that must not end the kiosk; see x11_errors.h. */
#include "x11_errors.h"

#include <X11/Xlib.h>
#include <X11/Xproto.h>

#include "log.h"

typedef int (*x11_error_handler_t)(Display *, XErrorEvent *);

/* Xlib's default: every other error still ends where it did. */
static x11_error_handler_t xlib_default;

static int on_x_error(Display *dpy, XErrorEvent *e)
{
    if (e->error_code == BadWindow && e->request_code == X_SendEvent) {
        log_info("X: a message to window 0x%lx, which is gone (ignored)",
                 (unsigned long)e->resourceid);
        return 0;
    }
    return xlib_default ? xlib_default(dpy, e) : 0;
}

void x11_errors_install(void)
{
    x11_error_handler_t previous = XSetErrorHandler(on_x_error);
    /* Installed once: a second call must not make ours the default. */
    if (previous != on_x_error) xlib_default = previous;
}
