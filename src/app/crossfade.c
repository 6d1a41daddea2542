/* crossfade.c - the pictures of a crossfade; see crossfade.h. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "crossfade.h"

#include <sys/mman.h>

#include "../core/fade.h"
#include "../platform/log.h"

/* The incoming slide's pixels are mapped and unmapped here, not taken
 * from malloc: glibc raises its mmap threshold to the size of the first
 * big block freed, so from the second fade on an 8 MB picture would stay
 * in the heap between fades (PSS 22 MB between slides instead of 15.6,
 * measured under Xvfb at 1920x1080). Unmapped, it goes back at once. */
static void *map_pixels(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static size_t picture_size(const SDL_Surface *s)
{
    return (size_t)s->pitch * (size_t)s->h;
}

SDL_Surface *crossfade_begin(crossfade_t *x, const SDL_Surface *fb,
                             uint64_t now_ms, uint32_t duration_ms)
{
    crossfade_cancel(x);
    if (fb->format->BytesPerPixel != 4) return NULL; /* the mix is 32-bit */
    int pitch = fb->w * 4;
    void *pixels = map_pixels((size_t)pitch * (size_t)fb->h);
    x->to = pixels ? SDL_CreateRGBSurfaceWithFormatFrom(pixels, fb->w, fb->h, 32,
                                                        pitch, fb->format->format)
                   : NULL;
    if (!x->to) {
        if (pixels) munmap(pixels, (size_t)pitch * (size_t)fb->h);
        log_warn("no crossfade (%s): the slide changes at once",
                 pixels ? SDL_GetError() : "out of memory");
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
    if (!x->to) return;
    void *pixels = x->to->pixels;
    size_t size = picture_size(x->to);
    SDL_FreeSurface(x->to); /* leaves pixels it did not allocate alone */
    munmap(pixels, size);
    x->to = NULL;
}
