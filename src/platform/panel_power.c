/* panel_power.c - the panel's built-in power switch: DPMS on X11, the
 * connector's DPMS property on KMS/DRM; see panel_power.h. X11 requests
 * are flushed, never waited for (XFlush): a display server that stalls
 * must not stall the slideshow. The DRM property is set by the kernel at
 * once, on the descriptor SDL already holds as master. */
#include "panel_power.h"

#include <SDL_syswm.h>
#include <X11/Xlib.h>
#include <X11/extensions/dpms.h>
#include <string.h>
#include <xf86drmMode.h>

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

/* The DRM descriptor SDL's kmsdrm driver drives the panel through (it is
 * DRM master, so it may set the connector's properties), or -1. */
static int drm_fd_of(const board_t *b)
{
    if (!b->sdl || !b->sdl->window) return -1;
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!SDL_GetWindowWMInfo(b->sdl->window, &info) || info.subsystem != SDL_SYSWM_KMSDRM)
        return -1;
    return info.info.kmsdrm.drm_fd;
}

const char *panel_power_missing(const board_t *b)
{
    if (!b->sdl || !b->sdl->window) return "no display";
    if (drm_fd_of(b) >= 0) return "no connector with a DPMS property lights a CRTC";
    if (!x11_wall_display(b->sdl->window))
        return "only X11 (DPMS) and KMS/DRM (the connector's DPMS) have a "
               "built-in switch; under Wayland the compositor owns the panel";
    return "the X server has no DPMS (Xvfb has none)";
}

static panel_power_result_t x11_set(Display *dpy, bool on)
{
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

/* The id of the connector's "DPMS" property, or 0. */
static uint32_t dpms_property(int fd, uint32_t connector)
{
    drmModeObjectProperties *props =
        drmModeObjectGetProperties(fd, connector, DRM_MODE_OBJECT_CONNECTOR);
    if (!props) return 0;
    uint32_t id = 0;
    for (uint32_t i = 0; i < props->count_props && !id; i++) {
        drmModePropertyRes *p = drmModeGetProperty(fd, props->props[i]);
        if (p && strcmp(p->name, "DPMS") == 0) id = p->prop_id;
        drmModeFreeProperty(p);
    }
    drmModeFreeObjectProperties(props);
    return id;
}

/* A connector that shows a picture now: connected, with an encoder that
 * drives a CRTC. SDL lights one; a second one mirroring it is switched
 * too. */
static bool lit(int fd, const drmModeConnector *c)
{
    if (c->connection != DRM_MODE_CONNECTED || !c->encoder_id) return false;
    drmModeEncoder *e = drmModeGetEncoder(fd, c->encoder_id);
    bool crtc = e && e->crtc_id;
    drmModeFreeEncoder(e);
    return crtc;
}

/* The kernel turns the CRTC off with the last connector's DPMS off (the
 * atomic helpers' legacy path), and on again, with its old picture,
 * until the next page flip brings the current one. While it is off the
 * board presents nothing (board_t.dark): SDL 2.26 sets the CRTC anew
 * (drmModeSetCrtc) after a frame it could not show, and that lights the
 * panel again; seen in the VM, where the kernel said On 3 s later. */
static panel_power_result_t drm_set(board_t *b, int fd, bool on)
{
    drmModeRes *res = drmModeGetResources(fd);
    if (!res) return PANEL_POWER_FAILED;
    int switched = 0, refused = 0;
    for (int i = 0; i < res->count_connectors; i++) {
        drmModeConnector *c = drmModeGetConnector(fd, res->connectors[i]);
        uint32_t prop = c && lit(fd, c) ? dpms_property(fd, c->connector_id) : 0;
        if (prop) {
            uint64_t level = on ? DRM_MODE_DPMS_ON : DRM_MODE_DPMS_OFF;
            if (drmModeConnectorSetProperty(fd, c->connector_id, prop, level) == 0)
                switched++;
            else
                refused++;
        }
        drmModeFreeConnector(c);
    }
    drmModeFreeResources(res);
    if (refused) return PANEL_POWER_FAILED;
    if (!switched) return PANEL_POWER_NO_SWITCH;
    b->dark = !on;
    /* The picture drawn while it was dark, at once. */
    if (on) board_flush(b, NULL, 0);
    return PANEL_POWER_DONE;
}

panel_power_result_t panel_power_set(board_t *b, bool on)
{
    int fd = drm_fd_of(b);
    if (fd >= 0) return drm_set(b, fd, on);
    Display *dpy = dpms_display(b);
    if (!dpy) return PANEL_POWER_NO_SWITCH;
    return x11_set(dpy, on);
}
