/* screen.h - keeps the framebuffer in step with the state machine.
 *
 * The renderer's memory: which slide the framebuffer shows, at what size,
 * and how its progress bar looks. screen_update() redraws only what
 * changed: the whole slide when the slide or the panel changed (text is
 * rendered here, once per slide), the frames of a crossfade while one
 * runs, the progress bar's rectangle when only time passed, nothing
 * otherwise.
 */
#ifndef KIOSK_SCREEN_H
#define KIOSK_SCREEN_H

#include <stdbool.h>

#include "../core/content.h"
#include "../core/deck.h"
#include "../core/fb.h"
#include "../core/sm.h"
#include "../core/view.h"
#include "crossfade.h"

typedef struct {
    const content_t *content;
    const deck_t *deck;
    view_t view;
    bool composed;         /* the framebuffer holds view's slide */
    uint32_t slide;        /* the slide it holds */
    lang_t lang;           /* in this language */
    view_chrome_t chrome;  /* the progress bar it shows */
    uint32_t transition_ms; /* crossfade length; 0: slides cut */
    crossfade_t fade;      /* the crossfade under way, if any */
    bool burn_in;          /* move the picture a little now and then */
    int shift_x, shift_y;  /* where it is moved to now */
    bool warned[LANG_COUNT][LIMIT_SLIDES]; /* slides whose cut was logged */
    bool closed_notice;    /* asleep: a dim "closed" notice, not black */
    bool asleep;           /* the framebuffer shows the sleep screen */
    view_input_t input;    /* the hints' words to show: touch or keys (the
                            * kiosk sets it; a change redraws the slide) */
    uint32_t counter_number, counter_total; /* view_request_t's: another
                                             * counter, for --compare */
    view_speaker_state_t speaker; /* the speaker button (narrate.c sets it) */
} screen_t;

void screen_init(screen_t *s, const content_t *content, const deck_t *deck,
                 uint32_t transition_ms, bool burn_in);

/* Forces a full redraw on the next update (a new or lost framebuffer). */
void screen_invalidate(screen_t *s);

/* A new version of the content is on show: the slide is drawn whole, and
 * a text it cuts short is warned about afresh (the warning names the
 * slide, and the new version's slides are new). */
void screen_new_content(screen_t *s);

/* Brings fb up to date with sm at time now_ms. Returns how many
 * rectangles changed (0 or 1) and the rectangle in *dirty. A new slide
 * crossfades in over transition_ms; a new target during a fade is shown
 * at once, never queued behind it. In SLEEP the panel is black, or shows
 * the closed notice, drawn once when it falls asleep; on waking the slide
 * is drawn whole. */
int screen_update(screen_t *s, fb_t *fb, const sm_t *sm, uint64_t now_ms,
                  fb_rect_t *dirty);

/* True while a crossfade runs: the loop should draw frames at the
 * display's rate until it ends. */
bool screen_animating(const screen_t *s);

#endif
