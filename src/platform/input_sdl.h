/* input_sdl.h - the translation behind input_wait (input.h), one SDL
 * event at a time: for src/platform and its tests
 * (tests/platform/random_events.c), never the app. */
#ifndef KIOSK_INPUT_SDL_H
#define KIOSK_INPUT_SDL_H

#include <SDL.h>

#include "input.h"

/* One SDL event. panel_w x panel_h is the panel's size, for a finger's
 * coordinates (SDL gives them from 0 to 1). In kiosk mode (windowed false)
 * nothing is INPUT_QUIT. */
input_t input_translate(const SDL_Event *e, bool windowed, int panel_w,
                        int panel_h);

#endif
