/* x11_wall.h - the kiosk's window under an X window manager.
 *
 * A window manager can switch desktops, show the desktop, iconify a window
 * or withdraw it; on a wall each of those leaves the panel black. This
 * asks the window manager, in its own language (EWMH, ICCCM), to keep the
 * kiosk's window on every desktop and above the others, and to give it
 * back when it was hidden all the same.
 *
 * Nothing here waits for the window manager: SDL_ShowWindow and
 * SDL_RestoreWindow do (SDL 2.26 blocks in XIfEvent until a MapNotify),
 * and openbox never maps a window that is on another desktop, so the
 * kiosk hung there for good, deaf to SIGTERM.
 *
 * Both functions do nothing and return false unless the window is an X11
 * one (SDL_GetCurrentVideoDriver() is "x11").
 */
#ifndef KIOSK_X11_WALL_H
#define KIOSK_X11_WALL_H

#include <stdbool.h>

#include <SDL.h>
#include <X11/Xlib.h>

/* On every desktop (_NET_WM_DESKTOP 0xFFFFFFFF) and above the other
 * windows (_NET_WM_STATE_STICKY, _NET_WM_STATE_ABOVE). */
bool x11_wall_claim(SDL_Window *w);

/* Back on the wall: the desktop shown no more, the window on every
 * desktop, mapped (a withdrawn one managed again, fullscreen), raised and
 * active. */
bool x11_wall_restore(SDL_Window *w);

/* The X display behind an SDL window; NULL unless the driver is x11
 * (x11_dpms.c turns the panel off and on through it). */
Display *x11_wall_display(SDL_Window *w);

#endif
