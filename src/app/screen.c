/* screen.c - the framebuffer in step with the state machine; see screen.h. */
#include "screen.h"

#include <string.h>

#include "../platform/canvas.h"
#include "../platform/fonts.h"
#include "../platform/log.h"

void screen_init(screen_t *s, const content_t *content, const deck_t *deck)
{
    memset(s, 0, sizeof *s);
    s->content = content;
    s->deck = deck;
}

void screen_invalidate(screen_t *s) { s->composed = false; }

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

int screen_update(screen_t *s, SDL_Surface *fb, const sm_t *sm,
                  SDL_Rect *dirty)
{
    bool resized = s->composed && (s->view.width != fb->w || s->view.height != fb->h);
    if (!s->composed || resized || s->slide != sm->slide || s->lang != sm->lang) {
        compose(s, fb, sm->slide, sm->lang);
        s->chrome = view_chrome(&s->view, sm);
        canvas_chrome(fb, &s->view, s->chrome);
        *dirty = (SDL_Rect){0, 0, fb->w, fb->h};
        return 1;
    }
    view_chrome_t now = view_chrome(&s->view, sm);
    if (same_chrome(now, s->chrome)) return 0;
    s->chrome = now;
    *dirty = canvas_chrome(fb, &s->view, now);
    return 1;
}
