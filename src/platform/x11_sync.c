/* x11_sync.c - an X window destroyed only after SDL's wake-up messages;
 * see x11_sync.h. */
#include "x11_sync.h"

#include <SDL_syswm.h>
#include <X11/Xlib.h>

void x11_sync_before_destroy(SDL_Window *w)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    if (!w || !driver || SDL_strcmp(driver, "x11") != 0) return;
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!SDL_GetWindowWMInfo(w, &info) || info.subsystem != SDL_SYSWM_X11) return;
    XSync(info.info.x11.display, False);
}
