/* input.h - SDL events in, the kiosk's own input out.
 *
 * SDL types stop here (as in LVGL's lv_sdl_keyboard.c): the rest of the
 * kiosk sees state-machine events and a few board requests.
 */
#ifndef KIOSK_INPUT_H
#define KIOSK_INPUT_H

#include <stdbool.h>

#include <SDL.h>

#include "../core/sm.h"

typedef enum {
    INPUT_NONE,   /* nothing for the kiosk */
    INPUT_EVENT,  /* a state-machine event in .event */
    INPUT_REDRAW, /* the panel lost its picture or changed size */
    INPUT_QUIT,   /* leave (only ever in --windowed mode) */
} input_kind_t;

typedef struct {
    input_kind_t kind;
    sm_event_kind_t event;
} input_t;

/* In kiosk mode (windowed false) nothing a visitor does is INPUT_QUIT:
 * Escape and the window manager's close request are ignored. */
input_t input_translate(const SDL_Event *e, bool windowed);

#endif
