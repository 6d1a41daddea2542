/* panel_power.h - the panel's own power switch, where the platform has
 * one the kiosk can reach:
 * - X11: DPMS (libXext's DPMSForceLevel), on the X server SDL opened.
 *   While the panel is off SDL's screensaver suspension is lifted (SDL
 *   2.26 resets the X screensaver every 30 s while it is suspended, which
 *   switches DPMS back on), and put back when it is on again.
 * - KMS/DRM: the DPMS property of each connector that shows a picture,
 *   set through the descriptor SDL holds as DRM master (SDL_SysWMinfo's
 *   kmsdrm.drm_fd; another descriptor, not master, may not set it).
 *   While the panel is off the board presents nothing (board_t.dark).
 * - Wayland: none; the compositor owns the panel. The settings'
 *   display_off_command / display_on_command serve there (wlr-randr), and
 *   for HDMI-CEC (cec-client).
 */
#ifndef KIOSK_PANEL_POWER_H
#define KIOSK_PANEL_POWER_H

#include <stdbool.h>

#include "board.h"

typedef enum {
    PANEL_POWER_DONE,      /* asked of the display server */
    PANEL_POWER_NO_SWITCH, /* no built-in switch here (why in the log
                            * line panel_power_describe gives) */
    PANEL_POWER_FAILED     /* there is one, and it refused */
} panel_power_result_t;

/* Turns the panel on or off through the built-in switch, never waiting
 * for the display server. */
panel_power_result_t panel_power_set(board_t *b, bool on);

/* Why there is no built-in switch on this board, for the log. */
const char *panel_power_missing(const board_t *b);

#endif
