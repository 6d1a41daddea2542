/* crossfade.c - the pictures of a crossfade; see crossfade.h. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "crossfade.h"

#include <sys/mman.h>

#include "../core/fade.h"
#include "../platform/log.h"

/* The incoming slide's pixels and the rows' change masks are mapped and
 * unmapped here, not taken from malloc: glibc raises its mmap threshold
 * to the size of the first big block freed, so from the second fade on
 * an 8 MB picture would stay in the heap between fades (PSS 22 MB
 * between slides instead of 14, measured under Xvfb at 1920x1080).
 * Unmapped, it goes back at once. */
static size_t mapping_size(int w, int h)
{
    return (size_t)w * 4u * (size_t)h + (size_t)h * sizeof(uint64_t);
}

/* Linux fills the pages in one call (MAP_POPULATE) rather than one fault
 * at a time as the slide is drawn: the fade's first frame took 4.4 ms
 * instead of 6.3 at 1080p (build/bench fade). */
#ifndef MAP_POPULATE
#define MAP_POPULATE 0
#endif

static void *map_memory(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

fb_t *crossfade_begin(crossfade_t *x, const fb_t *fb, uint64_t now_ms,
                      uint32_t duration_ms)
{
    crossfade_cancel(x);
    uint8_t *memory = map_memory(mapping_size(fb->w, fb->h));
    if (!memory) {
        log_warn("no crossfade (out of memory): the slide changes at once");
        return NULL;
    }
    /* Rows packed: the picture's stride is its width, whatever fb's. */
    x->to = (fb_t){(uint32_t *)memory, fb->w, fb->h, fb->w};
    x->changes = (uint64_t *)(memory + (size_t)fb->w * 4u * (size_t)fb->h);
    x->chunk = fade_chunk_width((uint32_t)fb->w);
    x->box = (fb_rect_t){0, 0, 0, 0};
    x->start_ms = now_ms;
    x->duration_ms = duration_ms;
    x->shown = 0;
    return &x->to;
}

bool crossfade_active(const crossfade_t *x) { return x->to.pixels != NULL; }

/* Chunk c of a row of w pixels: its first pixel and its width (the last
 * chunk of a row may be short). */
static void chunk_span(const crossfade_t *x, int w, uint32_t c, int *x0, int *cw)
{
    *x0 = (int)(c * x->chunk);
    *cw = w - *x0 < (int)x->chunk ? w - *x0 : (int)x->chunk;
}

/* Where the old slide (fb, untouched so far) and the new one differ:
 * each row's mask, and the box around every changed chunk, the part to
 * mix and to flush. Found once, on the first step, as the new slide is
 * only drawn after crossfade_begin. */
static void find_changes(crossfade_t *x, const fb_t *fb)
{
    int top = -1, bottom = -1;
    uint64_t columns = 0; /* every chunk changed in some row */
    for (int y = 0; y < fb->h; y++) {
        x->changes[y] = fade_row_changes(fb_row(fb, y), fb_row(&x->to, y),
                                         (size_t)fb->w, x->chunk);
        if (!x->changes[y]) continue;
        if (top < 0) top = y;
        bottom = y;
        columns |= x->changes[y];
    }
    x->box = (fb_rect_t){0, 0, 0, 0};
    if (top < 0) return;
    int left, right, w;
    chunk_span(x, fb->w, (uint32_t)__builtin_ctzll(columns), &left, &w);
    chunk_span(x, fb->w, 63u - (uint32_t)__builtin_clzll(columns), &right, &w);
    x->box = (fb_rect_t){left, top, right + w - left, bottom - top + 1};
}

/* Moves each changed chunk `weight`/256 of the way to the new slide; at
 * 256 the chunks become the new slide's exactly (fade.h), and fb is the
 * new slide. */
static void move_toward(const crossfade_t *x, fb_t *fb, uint32_t weight)
{
    for (int y = x->box.y; y < x->box.y + x->box.h; y++) {
        uint32_t *picture = fb_row(fb, y);
        const uint32_t *to = fb_row(&x->to, y);
        for (uint32_t c = 0; c < FADE_CHUNKS; c++) {
            if (!(x->changes[y] >> c & 1u)) continue;
            int x0, cw;
            chunk_span(x, fb->w, c, &x0, &cw);
            fade_toward(picture + x0, to + x0, (size_t)cw, weight);
        }
    }
}

bool crossfade_step(crossfade_t *x, fb_t *fb, uint64_t now_ms,
                    fb_rect_t *dirty)
{
    if (!crossfade_active(x)) return false;
    uint64_t elapsed = now_ms > x->start_ms ? now_ms - x->start_ms : 0;
    uint32_t target = fade_weight(elapsed, x->duration_ms);
    uint32_t step = fade_step_weight(x->shown, target);
    if (step == 0) return false;
    if (x->shown == 0) find_changes(x, fb);
    /* The last step (256) lands on the new slide itself, whatever the
     * rounding of the steps before it. */
    move_toward(x, fb, step);
    x->shown = target;
    *dirty = x->box;
    if (target >= 256) crossfade_cancel(x);
    return dirty->w > 0;
}

void crossfade_cancel(crossfade_t *x)
{
    if (!crossfade_active(x)) return;
    munmap(x->to.pixels, mapping_size(x->to.w, x->to.h));
    x->to = (fb_t){NULL, 0, 0, 0};
    x->changes = NULL;
}
