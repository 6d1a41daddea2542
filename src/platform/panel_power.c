/* panel_power.c - the panel's built-in power switch: DPMS on X11; see
 * panel_power.h. Requests are flushed, never waited for (XFlush): a
 * display server that stalls must not stall the slideshow. */
#include "panel_power.h"

#include <X11/Xlib.h>
#include <X11/extensions/dpms.h>

#include "board_private.h"
#include "x11_wall.h"

/* The DPMS state the X server had before the kiosk turned the panel off:
 * put back when it is on again, so the kiosk leaves the server's
 * settings as it found them. */
static bool dpms_was_enabled;

static Display *dpms_display(const board_t *b)
{
    if (!b->sdl || !b->sdl->window) return NULL;
    Display *dpy = x11_wall_display(b->sdl->window);
    int event_base, error_base;
    if (!dpy || !DPMSQueryExtension(dpy, &event_base, &error_base) || !DPMSCapable(dpy))
        return NULL;
    return dpy;
}

const char *panel_power_missing(const board_t *b)
{
    if (!b->sdl || !b->sdl->window) return "no display";
    if (!x11_wall_display(b->sdl->window))
        return "only X11 has a built-in switch (DPMS); on KMS SDL holds the "
               "DRM device and offers none";
    return "the X server has no DPMS (Xvfb has none)";
}

panel_power_result_t panel_power_set(board_t *b, bool on)
{
    Display *dpy = dpms_display(b);
    if (!dpy) return PANEL_POWER_NO_SWITCH;
    CARD16 level;
    BOOL enabled;
    if (!on) {
        DPMSInfo(dpy, &level, &enabled);
        dpms_was_enabled = enabled;
        /* SDL's periodic screensaver reset would switch DPMS back on. */
        SDL_EnableScreenSaver();
        if (!DPMSEnable(dpy) || !DPMSForceLevel(dpy, DPMSModeOff))
            return PANEL_POWER_FAILED;
    } else {
        if (!DPMSForceLevel(dpy, DPMSModeOn)) return PANEL_POWER_FAILED;
        if (!dpms_was_enabled) DPMSDisable(dpy);
        SDL_DisableScreenSaver();
    }
    XFlush(dpy);
    return PANEL_POWER_DONE;
}
