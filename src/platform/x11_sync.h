/* x11_sync.h - an X window destroyed only after SDL's wake-up messages.
 *
 * SDL 2.26 wakes its event wait by sending a message to the kiosk's
 * window from a second X connection, once for every event it reads while
 * waiting (a key press included). The X server serves its clients in the
 * order they connected, so a window destroyed right after (Escape in
 * --windowed, at once) could be gone before the server read that message
 * from the second connection: BadWindow, which Xlib's default handler
 * (put back by SDL_Quit) turns into exit status 1 when SDL closes that
 * connection. Under Xvfb 5 exits of 10 failed so. SDL fixed it after 2.26.
 *
 * A round trip on the first connection (XSync) lets the server read every
 * request already written by then, the second connection's too: after it,
 * no message to the window is still on its way.
 */
#ifndef KIOSK_X11_SYNC_H
#define KIOSK_X11_SYNC_H

#include <SDL.h>

/* Waits for the X server to have served what was sent so far; nothing
 * unless the window is an X11 one. Call before SDL_DestroyWindow. */
void x11_sync_before_destroy(SDL_Window *w);

#endif
