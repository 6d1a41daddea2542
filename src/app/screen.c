/* screen.c - the framebuffer in step with the state machine; see screen.h. */
#include "screen.h"

#include <string.h>

#include "../platform/canvas.h"
#include "../platform/fonts.h"
#include "../platform/log.h"

void screen_init(screen_t *s, const content_t *content, const deck_t *deck,
                 uint32_t transition_ms)
{
    crossfade_cancel(&s->fade);
    memset(s, 0, sizeof *s);
    s->content = content;
    s->deck = deck;
    s->transition_ms = transition_ms;
}

void screen_invalidate(screen_t *s)
{
    crossfade_cancel(&s->fade);
    s->composed = false;
}

bool screen_animating(const screen_t *s) { return crossfade_active(&s->fade); }

static void warn_once(screen_t *s, uint32_t slide, lang_t lang)
{
    if (s->warned[lang][slide]) return;
    s->warned[lang][slide] = true;
    if (s->view.ellipsized)
        log_warn("slide %u (%s): %u text(s) cut short with an ellipsis to "
                 "fit %dx%d; shorten them", slide + 1, lang_code(lang),
                 s->view.ellipsized, s->view.width, s->view.height);
    if (s->view.overflowed)
        log_warn("slide %u (%s): %u box(es) outside their space at %dx%d",
                 slide + 1, lang_code(lang), s->view.overflowed,
                 s->view.width, s->view.height);
}

static void compose(screen_t *s, SDL_Surface *fb, uint32_t slide, lang_t lang)
{
    view_request_t request = {s->content, s->deck, slide, lang, fb->w, fb->h,
                              fonts_measure()};
    view_build(&s->view, &request);
    canvas_compose(fb, &s->view);
    warn_once(s, slide, lang);
    s->slide = slide;
    s->lang = lang;
    s->composed = true;
}

static bool same_chrome(view_chrome_t a, view_chrome_t b)
{
    return a.filled_w == b.filled_w && a.paused == b.paused &&
           a.track.w == b.track.w;
}

/* The slide and its progress bar, drawn whole into `target`. */
static void draw_slide(screen_t *s, SDL_Surface *target, const sm_t *sm)
{
    compose(s, target, sm->slide, sm->lang);
    s->chrome = view_chrome(&s->view, sm);
    canvas_chrome(target, &s->view, s->chrome);
}

/* A new slide: crossfaded in when there is time for it, at once when a
 * fade is already under way (a visitor pressing on must not wait for
 * each fade in turn) or when fades are off. */
static void change_slide(screen_t *s, SDL_Surface *fb, const sm_t *sm,
                         uint64_t now_ms)
{
    SDL_Surface *target = NULL;
    /* The fade runs from when the slide changed, which may lie inside the
     * last tick (a headless "wait" over a slide's end): the machine's time
     * in its state started then. */
    uint64_t since = sm->in_state_ms < now_ms ? sm->in_state_ms : now_ms;
    if (s->transition_ms && !crossfade_active(&s->fade))
        target = crossfade_begin(&s->fade, fb, now_ms - since, s->transition_ms);
    else
        crossfade_cancel(&s->fade);
    draw_slide(s, target ? target : fb, sm);
}

int screen_update(screen_t *s, SDL_Surface *fb, const sm_t *sm,
                  uint64_t now_ms, SDL_Rect *dirty)
{
    *dirty = (SDL_Rect){0, 0, fb->w, fb->h};
    bool resized = s->composed && (s->view.width != fb->w || s->view.height != fb->h);
    if (!s->composed || resized) {
        crossfade_cancel(&s->fade);
        draw_slide(s, fb, sm);
        return 1;
    }
    bool changed = s->slide != sm->slide || s->lang != sm->lang;
    if (changed) change_slide(s, fb, sm, now_ms);
    if (crossfade_active(&s->fade)) {
        crossfade_step(&s->fade, fb, now_ms);
        return 1;
    }
    if (changed) return 1;
    view_chrome_t now = view_chrome(&s->view, sm);
    if (same_chrome(now, s->chrome)) return 0;
    s->chrome = now;
    *dirty = canvas_chrome(fb, &s->view, now);
    return 1;
}
