/* input.h - SDL events in, the kiosk's own input out.
 *
 * SDL types stop in input.c (as in LVGL's lv_sdl_keyboard.c; the
 * translation itself is declared in input_sdl.h): the rest of the kiosk
 * sees state-machine events, pointer reports for the gesture
 * recogniser (core/gesture.h), keys for the exit chord (core/lockdown.h)
 * and a few board requests.
 *
 * Lockdown (windowed false): nothing a visitor does is INPUT_QUIT. Escape,
 * Alt+F4, Ctrl+Q, Ctrl+W and the window manager's close request are
 * ignored; a window that loses focus, or is minimised or hidden, is
 * INPUT_KEEP_ON_WALL (the board puts it back). The operator's way out is the exit chord,
 * which the run loop times (lockdown.h), and SIGTERM / SIGINT.
 */
#ifndef KIOSK_INPUT_H
#define KIOSK_INPUT_H

#include <stdbool.h>

#include <stdint.h>

#include "../core/gesture.h"
#include "../core/lockdown.h"
#include "../core/sm.h"
#include "board.h"

typedef enum {
    INPUT_NONE,   /* nothing for the kiosk */
    INPUT_EVENT,  /* a state-machine event in .event */
    INPUT_REDRAW, /* the panel changed: redraw the picture whole */
    INPUT_REPAINT, /* the panel lost its pixels: put fb back (board_repaint) */
    INPUT_KEEP_ON_WALL, /* the wall's window went: .gone, for board_keep_on_wall */
    INPUT_DEVICE_RESET, /* the renderer lost its textures: made again */
    INPUT_QUIT,   /* leave (only ever in --windowed mode) */
    INPUT_POINTER, /* a finger or the mouse: .pointer, for gesture_feed */
} input_kind_t;

typedef struct {
    input_kind_t kind;
    sm_event_kind_t event;
    gesture_pointer_t pointer; /* INPUT_POINTER: in the panel's pixels */
    bool has_key;              /* a key went down or up: .key, for */
    lockdown_key_t key;        /* lockdown_key (with any kind) */
    board_gone_t gone;         /* INPUT_KEEP_ON_WALL: what happened */
} input_t;

/* The mouse's pointer id (a finger's is its SDL finger id, >= 0 in
 * practice; the mouse's must not collide). */
#define INPUT_MOUSE_ID INT64_MIN

/* Waits up to timeout_ms (0: not at all) for the next event of the
 * board's display and translates it for board b (its panel's size, for a
 * finger's coordinates; windowed or not). False when none came. */
bool input_wait(const board_t *b, int timeout_ms, input_t *out);

/* True when SDL knows a touch screen on this board (SDL_GetNumTouchDevices;
 * X11 and evdev add one that is plugged in later, so the run loop asks
 * again on every turn: it is a counter, it costs nothing). */
bool input_touch_screen(void);

/* The SDL key code for a key's name as settings give it ("q", "f12",
 * "escape": SDL_GetKeyFromName's names, any case); 0 when unknown. */
int32_t input_key_code(const char *name);

#endif
