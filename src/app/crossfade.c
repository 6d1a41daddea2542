/* crossfade.c - the pictures of a crossfade; see crossfade.h. */
#include "crossfade.h"

#include "../core/fade.h"
#include "../platform/log.h"

static SDL_Surface *like(const SDL_Surface *fb)
{
    return SDL_CreateRGBSurfaceWithFormat(0, fb->w, fb->h, 32,
                                          fb->format->format);
}

SDL_Surface *crossfade_begin(crossfade_t *x, SDL_Surface *fb,
                             uint64_t now_ms, uint32_t duration_ms)
{
    crossfade_cancel(x);
    if (fb->format->BytesPerPixel != 4) return NULL; /* the mix is 32-bit */
    x->from = like(fb);
    x->to = like(fb);
    if (!x->from || !x->to || SDL_BlitSurface(fb, NULL, x->from, NULL) != 0) {
        log_warn("no crossfade (%s): the slide changes at once", SDL_GetError());
        crossfade_cancel(x);
        return NULL;
    }
    x->start_ms = now_ms;
    x->duration_ms = duration_ms;
    return x->to;
}

bool crossfade_active(const crossfade_t *x) { return x->to != NULL; }

static void mix(const crossfade_t *x, SDL_Surface *fb, uint32_t weight)
{
    for (int y = 0; y < fb->h; y++) {
        const uint32_t *a = (const uint32_t *)((const uint8_t *)x->from->pixels +
                                               (size_t)y * (size_t)x->from->pitch);
        const uint32_t *b = (const uint32_t *)((const uint8_t *)x->to->pixels +
                                               (size_t)y * (size_t)x->to->pitch);
        uint32_t *out = (uint32_t *)((uint8_t *)fb->pixels +
                                     (size_t)y * (size_t)fb->pitch);
        fade_mix(a, b, out, (size_t)fb->w, weight);
    }
}

void crossfade_step(crossfade_t *x, SDL_Surface *fb, uint64_t now_ms)
{
    if (!crossfade_active(x)) return;
    uint64_t elapsed = now_ms > x->start_ms ? now_ms - x->start_ms : 0;
    uint32_t weight = fade_weight(elapsed, x->duration_ms);
    mix(x, fb, weight);
    if (weight >= 256) crossfade_cancel(x);
}

void crossfade_cancel(crossfade_t *x)
{
    SDL_FreeSurface(x->from);
    SDL_FreeSurface(x->to);
    x->from = x->to = NULL;
}
