/* input.c - SDL events to kiosk input; see input.h. */
#include "input.h"

static input_t event(sm_event_kind_t kind)
{
    return (input_t){INPUT_EVENT, kind};
}

static input_t key(const SDL_KeyboardEvent *k, bool windowed)
{
    /* A held key repeats; a repeat must not skip slides. */
    if (k->repeat) return (input_t){INPUT_NONE, SM_EV_TICK};
    switch (k->keysym.sym) {
    case SDLK_RIGHT: return event(SM_EV_NEXT);
    case SDLK_LEFT: return event(SM_EV_PREV);
    case SDLK_HOME: return event(SM_EV_FIRST);
    case SDLK_END: return event(SM_EV_LAST);
    case SDLK_SPACE: return event(SM_EV_PAUSE);
    case SDLK_l: return event(SM_EV_LANG);
    case SDLK_ESCAPE:
        if (windowed) return (input_t){INPUT_QUIT, SM_EV_TICK};
        break;
    default: break;
    }
    return (input_t){INPUT_NONE, SM_EV_TICK};
}

static input_t window(const SDL_WindowEvent *w)
{
    switch (w->event) {
    case SDL_WINDOWEVENT_EXPOSED:
    case SDL_WINDOWEVENT_SIZE_CHANGED:
    case SDL_WINDOWEVENT_RESTORED:
        return (input_t){INPUT_REDRAW, SM_EV_TICK};
    default: return (input_t){INPUT_NONE, SM_EV_TICK};
    }
}

input_t input_translate(const SDL_Event *e, bool windowed)
{
    switch (e->type) {
    case SDL_KEYDOWN: return key(&e->key, windowed);
    case SDL_WINDOWEVENT: return window(&e->window);
    case SDL_QUIT:
        /* The close button of a development window; on the wall, a
         * window manager's close request must not end the kiosk. */
        return (input_t){windowed ? INPUT_QUIT : INPUT_NONE, SM_EV_TICK};
    default: return (input_t){INPUT_NONE, SM_EV_TICK};
    }
}
