/* x11_errors.h - an X error that must not end the kiosk.
 *
 * SDL 2.26 wakes its event wait by sending a message to the kiosk's window
 * from a second X connection, once for every event it reads while waiting
 * (a key press included). The X server keeps no order between two
 * connections, so a window destroyed right after (Escape in --windowed)
 * can be gone before the server reads that message: it answers BadWindow
 * on the second connection, and when SDL_Quit closes it, the handler in
 * force is the one SDL found at start, Xlib's default, which ends the
 * process with status 1. Under Xvfb that was 5 exits of 10, and still 1
 * in a busy CI run after a round trip (XSync) before the destroy. SDL
 * fixed it after 2.26.
 *
 * So the handler SDL finds at start is ours: it drops exactly that error
 * (BadWindow on a SendEvent, a message to a window that is gone: harmless
 * by nature) with a line in the log, and hands every other X error to
 * Xlib's default, as before. SDL puts its own handler over it while it
 * runs, and ours back when it quits.
 */
#ifndef KIOSK_X11_ERRORS_H
#define KIOSK_X11_ERRORS_H

/* Call before the video subsystem starts; harmless where X is not used. */
void x11_errors_install(void);

#endif
