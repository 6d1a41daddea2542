/* platform.c - the platform's start and end; see platform.h. */
#include "platform.h"

#include <SDL.h>

#include "canvas.h"
#include "fonts.h"
#include "log.h"

bool platform_init(void)
{
    /* SDL's signal handlers would turn SIGTERM into a quit event that the
     * fullscreen kiosk ignores; run_live installs its own. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_Init(0) != 0 || !fonts_init()) {
        log_error("cannot start SDL: %s", SDL_GetError());
        return false;
    }
    return true;
}

void platform_quit(void)
{
    canvas_quit();
    fonts_quit();
    SDL_Quit();
}
