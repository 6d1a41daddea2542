/* crossfade.c - the pictures of a crossfade; see crossfade.h. */
#include "crossfade.h"

#include "../core/fade.h"
#include "../platform/log.h"

SDL_Surface *crossfade_begin(crossfade_t *x, const SDL_Surface *fb,
                             uint64_t now_ms, uint32_t duration_ms)
{
    crossfade_cancel(x);
    if (fb->format->BytesPerPixel != 4) return NULL; /* the mix is 32-bit */
    x->to = SDL_CreateRGBSurfaceWithFormat(0, fb->w, fb->h, 32,
                                           fb->format->format);
    if (!x->to) {
        log_warn("no crossfade (%s): the slide changes at once", SDL_GetError());
        return NULL;
    }
    x->start_ms = now_ms;
    x->duration_ms = duration_ms;
    x->shown = 0;
    return x->to;
}

bool crossfade_active(const crossfade_t *x) { return x->to != NULL; }

static void move_toward(const crossfade_t *x, SDL_Surface *fb, uint32_t weight)
{
    for (int y = 0; y < fb->h; y++) {
        uint32_t *picture = (uint32_t *)((uint8_t *)fb->pixels +
                                         (size_t)y * (size_t)fb->pitch);
        const uint32_t *to = (const uint32_t *)((const uint8_t *)x->to->pixels +
                                                (size_t)y * (size_t)x->to->pitch);
        fade_toward(picture, to, (size_t)fb->w, weight);
    }
}

bool crossfade_step(crossfade_t *x, SDL_Surface *fb, uint64_t now_ms)
{
    if (!crossfade_active(x)) return false;
    uint64_t elapsed = now_ms > x->start_ms ? now_ms - x->start_ms : 0;
    uint32_t target = fade_weight(elapsed, x->duration_ms);
    if (target >= 256) {
        /* The last frame is the new slide itself, whatever the rounding
         * of the steps before it. */
        SDL_BlitSurface(x->to, NULL, fb, NULL);
        crossfade_cancel(x);
        return true;
    }
    uint32_t step = fade_step_weight(x->shown, target);
    if (step == 0) return false;
    move_toward(x, fb, step);
    x->shown = target;
    return true;
}

void crossfade_cancel(crossfade_t *x)
{
    SDL_FreeSurface(x->to);
    x->to = NULL;
}
