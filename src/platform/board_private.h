/* board_private.h - the SDL side of a board (board.h), for src/platform
 * only: the app sees the board through fb_t views of these surfaces. */
#ifndef KIOSK_BOARD_PRIVATE_H
#define KIOSK_BOARD_PRIVATE_H

#include <SDL.h>

#include "board.h"

struct board_sdl {
    SDL_Window *window;     /* NULL when headless */
    SDL_Renderer *renderer; /* texture path only */
    SDL_Texture *texture;   /* texture path only: the panel's copy */
    SDL_Surface *panel;     /* the pixels the panel shows */
    SDL_Surface *fb;        /* what the renderer draws into, upright */
};

#endif
