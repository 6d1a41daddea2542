/* input.c - SDL events to kiosk input; see input.h. */
#include "input_sdl.h"

/* An input with nothing but its kind. */
static input_t simple(input_kind_t kind)
{
    return (input_t){.kind = kind, .event = SM_EV_TICK};
}

/* The modifiers as the exit chord names them. Lock keys (Caps, Num) are
 * states, not keys held: left out. */
static uint8_t chord_mods(Uint16 mod)
{
    uint8_t m = 0;
    if (mod & KMOD_CTRL) m |= CHORD_CTRL;
    if (mod & KMOD_ALT) m |= CHORD_ALT;
    if (mod & KMOD_SHIFT) m |= CHORD_SHIFT;
    if (mod & (KMOD_GUI | KMOD_MODE)) m |= LOCKDOWN_MOD_OTHER;
    return m;
}

static bool is_modifier(SDL_Keycode sym)
{
    return (sym >= SDLK_LCTRL && sym <= SDLK_RGUI) || sym == SDLK_MODE;
}

static input_t key(const SDL_KeyboardEvent *k, bool windowed)
{
    /* Every press and release goes to the exit chord, with the modifiers
     * as they were at this event (keysym.mod; SDL_GetModState would give
     * them after every event already queued). */
    input_t in = simple(INPUT_NONE);
    in.has_key = true;
    in.key = (lockdown_key_t){k->type == SDL_KEYDOWN, k->repeat != 0,
                              is_modifier(k->keysym.sym),
                              chord_mods(k->keysym.mod),
                              (int32_t)k->keysym.sym};
    /* A held key repeats; a repeat must not skip slides. */
    if (k->type != SDL_KEYDOWN || k->repeat) return in;
    input_t nav = in;
    nav.kind = INPUT_EVENT;
    switch (k->keysym.sym) {
    case SDLK_RIGHT: nav.event = SM_EV_NEXT; return nav;
    case SDLK_LEFT: nav.event = SM_EV_PREV; return nav;
    case SDLK_HOME: nav.event = SM_EV_FIRST; return nav;
    case SDLK_END: nav.event = SM_EV_LAST; return nav;
    case SDLK_SPACE: nav.event = SM_EV_PAUSE; return nav;
    case SDLK_l: nav.event = SM_EV_LANG; return nav;
    case SDLK_a: nav.event = SM_EV_NARRATE; return nav; /* read it aloud */
    case SDLK_ESCAPE:
        if (windowed) in.kind = INPUT_QUIT;
        break;
    default: break;
    }
    return in;
}

/* ------------------------------------------------------ touch and mouse */

static input_t pointer(gesture_phase_t phase, int64_t id, int x, int y)
{
    input_t in = simple(INPUT_POINTER);
    in.pointer = (gesture_pointer_t){phase, id, x, y};
    return in;
}

/* A finger's 0..1 coordinate in pixels (anything else, NaN too, is kept
 * on the panel). */
static int finger_px(float f, int size)
{
    if (size <= 0 || !(f > 0.0f)) return 0;
    if (f >= 1.0f) return size - 1;
    return (int)(f * (float)size);
}

static input_t finger(const SDL_TouchFingerEvent *f, int panel_w, int panel_h)
{
    gesture_phase_t phase = f->type == SDL_FINGERDOWN ? GESTURE_DOWN
                            : f->type == SDL_FINGERUP ? GESTURE_UP
                                                      : GESTURE_MOVE;
    return pointer(phase, (int64_t)f->fingerId, finger_px(f->x, panel_w),
                   finger_px(f->y, panel_h));
}

/* The left button only; and never SDL's mouse events made up from a touch
 * (the finger's own events count, once). board.c also turns those off
 * (SDL_HINT_TOUCH_MOUSE_EVENTS); both, to be sure. */
static input_t mouse_button(const SDL_MouseButtonEvent *b)
{
    if (b->which == SDL_TOUCH_MOUSEID || b->button != SDL_BUTTON_LEFT)
        return simple(INPUT_NONE);
    return pointer(b->type == SDL_MOUSEBUTTONDOWN ? GESTURE_DOWN : GESTURE_UP,
                   INPUT_MOUSE_ID, b->x, b->y);
}

static input_t mouse_motion(const SDL_MouseMotionEvent *m)
{
    if (m->which == SDL_TOUCH_MOUSEID || !(m->state & SDL_BUTTON_LMASK))
        return simple(INPUT_NONE);
    return pointer(GESTURE_MOVE, INPUT_MOUSE_ID, m->x, m->y);
}

/* ---------------------------------------------------------- the window */

static input_t keep_on_wall(board_gone_t gone)
{
    input_t in = simple(INPUT_KEEP_ON_WALL);
    in.gone = gone;
    return in;
}

static input_t window(const SDL_WindowEvent *w, bool windowed)
{
    /* A development window may be put away; the wall's may not. */
    switch (w->event) {
    case SDL_WINDOWEVENT_FOCUS_LOST:
        return windowed ? simple(INPUT_NONE) : keep_on_wall(BOARD_GONE_UNFOCUSED);
    case SDL_WINDOWEVENT_MINIMIZED:
        return windowed ? simple(INPUT_NONE) : keep_on_wall(BOARD_GONE_MINIMISED);
    case SDL_WINDOWEVENT_HIDDEN:
        return windowed ? simple(INPUT_NONE) : keep_on_wall(BOARD_GONE_HIDDEN);
    /* Uncovered: the picture is intact in the framebuffer, only the
     * panel's copy went. Redrawing the slide here would cost a whole
     * render each time another window passes over it. */
    case SDL_WINDOWEVENT_EXPOSED: return simple(INPUT_REPAINT);
    case SDL_WINDOWEVENT_SIZE_CHANGED:
    case SDL_WINDOWEVENT_RESTORED:
        return simple(INPUT_REDRAW);
    default: return simple(INPUT_NONE);
    }
}

input_t input_translate(const SDL_Event *e, bool windowed, int panel_w,
                        int panel_h)
{
    switch (e->type) {
    case SDL_KEYDOWN:
    case SDL_KEYUP: return key(&e->key, windowed);
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP: return finger(&e->tfinger, panel_w, panel_h);
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: return mouse_button(&e->button);
    case SDL_MOUSEMOTION: return mouse_motion(&e->motion);
    case SDL_WINDOWEVENT: return window(&e->window, windowed);
    /* A display that was reset or changed (a panel replugged, a mode
     * change): the framebuffer is fetched again and the slide redrawn
     * whole, rather than garbage shown. */
    case SDL_RENDER_TARGETS_RESET:
    case SDL_DISPLAYEVENT: return simple(INPUT_REDRAW);
    case SDL_RENDER_DEVICE_RESET: return simple(INPUT_DEVICE_RESET);
    case SDL_QUIT:
        /* The close button of a development window; on the wall, a
         * window manager's close request must not end the kiosk. */
        return simple(windowed ? INPUT_QUIT : INPUT_NONE);
    default: return simple(INPUT_NONE);
    }
}

bool input_wait(const board_t *b, int timeout_ms, input_t *out)
{
    SDL_Event e;
    /* SDL_PollEvent is this wait with no time to wait (SDL 2.0.18 on). */
    if (SDL_WaitEventTimeout(&e, timeout_ms) != 1) return false;
    *out = input_translate(&e, b->windowed, b->panel.w, b->panel.h);
    return true;
}

int32_t input_key_code(const char *name)
{
    return (int32_t)SDL_GetKeyFromName(name);
}

bool input_touch_screen(void) { return SDL_GetNumTouchDevices() > 0; }
