/* crossfade.h - the two pictures of a crossfade between slides, and the
 * mix of them that the panel shows while it runs. The pictures exist only
 * during a fade (two framebuffers' worth of memory for half a second),
 * never while a slide simply shows. */
#ifndef KIOSK_CROSSFADE_H
#define KIOSK_CROSSFADE_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

typedef struct {
    SDL_Surface *from;    /* the slide that was showing */
    SDL_Surface *to;      /* the slide coming in, drawn once */
    uint64_t start_ms;
    uint32_t duration_ms;
} crossfade_t;

/* Starts a fade from what fb shows now. Returns the surface to draw the
 * next slide into, or NULL (logged) when memory is short: then draw it
 * straight into fb, without a fade. */
SDL_Surface *crossfade_begin(crossfade_t *x, SDL_Surface *fb,
                             uint64_t now_ms, uint32_t duration_ms);

bool crossfade_active(const crossfade_t *x);

/* Puts the mix for `now_ms` into fb; at the end, the new slide itself, and
 * the fade is over. */
void crossfade_step(crossfade_t *x, SDL_Surface *fb, uint64_t now_ms);

/* Ends a fade at once (a new target, or a new framebuffer). */
void crossfade_cancel(crossfade_t *x);

#endif
