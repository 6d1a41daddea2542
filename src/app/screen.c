/* screen.c - the framebuffer in step with the state machine; see screen.h. */
#include "screen.h"

#include <string.h>

#include "../platform/canvas.h"
#include "../platform/fonts.h"
#include "../platform/heap.h"
#include "../platform/log.h"

void screen_init(screen_t *s, const content_t *content, const deck_t *deck,
                 uint32_t transition_ms, bool burn_in)
{
    crossfade_cancel(&s->fade);
    memset(s, 0, sizeof *s);
    s->content = content;
    s->deck = deck;
    s->transition_ms = transition_ms;
    s->burn_in = burn_in;
}

void screen_invalidate(screen_t *s)
{
    crossfade_cancel(&s->fade);
    s->composed = false;
    s->asleep = false;
}

void screen_new_content(screen_t *s)
{
    screen_invalidate(s);
    memset(s->warned, 0, sizeof s->warned);
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

static void compose(screen_t *s, fb_t *fb, uint32_t slide, lang_t lang)
{
    view_request_t request = {s->content, s->deck, slide, lang, fb->w, fb->h,
                              fonts_measure(), s->input, s->counter_number,
                              s->counter_total, s->speaker};
    view_build(&s->view, &request);
    view_shift(&s->view, s->shift_x, s->shift_y);
    canvas_compose(fb, &s->view);
    warn_once(s, slide, lang);
    s->slide = slide;
    s->lang = lang;
    s->composed = true;
}

/* True when the burn-in offset has moved on: the slide is drawn again,
 * whole and at once (a fade of a few pixels would only blur it). */
static bool burn_in_moved(screen_t *s, const fb_t *fb, uint64_t now_ms)
{
    int dx = 0, dy = 0;
    if (s->burn_in) view_burn_in_offset(now_ms, fb->w, fb->h, &dx, &dy);
    if (dx == s->shift_x && dy == s->shift_y) return false;
    s->shift_x = dx;
    s->shift_y = dy;
    return true;
}

static bool same_chrome(view_chrome_t a, view_chrome_t b)
{
    return a.filled_w == b.filled_w && a.paused == b.paused &&
           a.track.w == b.track.w;
}

/* The slide and its progress bar, drawn whole into `target`; then the
 * text surfaces' memory goes back to the system (heap.h). */
static void draw_slide(screen_t *s, fb_t *target, const sm_t *sm)
{
    compose(s, target, sm->slide, sm->lang);
    s->chrome = view_chrome(&s->view, sm);
    canvas_chrome(target, &s->view, s->chrome);
    heap_return_free_pages();
}

/* A new slide: crossfaded in when there is time for it, at once when a
 * fade is already under way (a visitor pressing on must not wait for
 * each fade in turn) or when fades are off. True when a fade began: the
 * slide went into the fade's own picture, fb still shows the old one. */
static bool change_slide(screen_t *s, fb_t *fb, const sm_t *sm,
                         uint64_t now_ms)
{
    fb_t *target = NULL;
    /* The fade runs from when the slide changed, which may lie inside the
     * last tick (a headless "wait" over a slide's end): the machine's time
     * in its state started then. */
    uint64_t since = sm->in_state_ms < now_ms ? sm->in_state_ms : now_ms;
    if (s->transition_ms && !crossfade_active(&s->fade))
        target = crossfade_begin(&s->fade, fb, now_ms - since, s->transition_ms);
    else
        crossfade_cancel(&s->fade);
    draw_slide(s, target ? target : fb, sm);
    return target != NULL;
}

/* A fade younger than one 60 Hz frame takes its first step on the next
 * frame: the frame that drew the new slide does not also mix, which kept
 * the slowest fade frame at draw + mix (18 ms at 1080p, README
 * "Benchmark"). A fade that began earlier (a headless wait over the
 * slide's end) catches up at once. */
#define FADE_FIRST_STEP_MS 17u

static bool fade_just_began(const crossfade_t *x, uint64_t now_ms)
{
    return now_ms < x->start_ms + FADE_FIRST_STEP_MS;
}

/* The museum is closed: black, or the closed notice in the show's
 * language and then the other (the content's [labels] closed, or these
 * words when it has none). Drawn when it falls asleep, and again when
 * the burn-in offset moves: a notice left in one place all night would
 * mark the panel as a slide would. */
static int draw_asleep(screen_t *s, fb_t *fb, const sm_t *sm,
                       uint64_t now_ms)
{
    static const char *const fallback[LANG_COUNT] = {[LANG_ES] = "Cerrado",
                                                     [LANG_EN] = "Closed"};
    bool moved = burn_in_moved(s, fb, now_ms);
    if (s->asleep && !(moved && s->closed_notice)) return 0;
    crossfade_cancel(&s->fade);
    const char *words[2];
    lang_t langs[2] = {sm->lang, lang_other(sm->lang)};
    for (int i = 0; i < 2; i++) {
        const char *label = s->content->labels.closed[langs[i]];
        words[i] = label[0] ? label : fallback[langs[i]];
    }
    canvas_asleep(fb, s->closed_notice ? words : NULL, 2, s->shift_x, s->shift_y);
    s->asleep = true;
    s->composed = false; /* on waking, the slide whole */
    return 1;
}

int screen_update(screen_t *s, fb_t *fb, const sm_t *sm, uint64_t now_ms,
                  fb_rect_t *dirty)
{
    *dirty = (fb_rect_t){0, 0, fb->w, fb->h};
    if (sm->state == SM_SLEEP) return draw_asleep(s, fb, sm, now_ms);
    s->asleep = false;
    bool resized = s->composed && (s->view.width != fb->w || s->view.height != fb->h);
    if (!s->composed || resized || burn_in_moved(s, fb, now_ms)) {
        crossfade_cancel(&s->fade);
        draw_slide(s, fb, sm);
        return 1;
    }
    bool changed = s->slide != sm->slide || s->lang != sm->lang ||
                   s->view.input != s->input;
    if (changed && change_slide(s, fb, sm, now_ms) &&
        fade_just_began(&s->fade, now_ms))
        return 0;
    if (crossfade_active(&s->fade))
        return crossfade_step(&s->fade, fb, now_ms, dirty);
    if (changed) return 1;
    view_chrome_t now = view_chrome(&s->view, sm);
    if (same_chrome(now, s->chrome)) return 0;
    s->chrome = now;
    *dirty = canvas_chrome(fb, &s->view, now);
    return 1;
}
