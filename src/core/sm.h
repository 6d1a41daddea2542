/* sm.h - the kiosk's state machine: which slide shows, and why.
 *
 * Events come in (time passed, a visitor's key); the machine changes state
 * and slide. It reads no clock and knows nothing of SDL: time is an event
 * carrying elapsed milliseconds, so tests and headless runs drive it with
 * a simulated clock exactly as the real loop drives it with the real one.
 *
 *                 key (next/prev/first/last)
 *    +--------+ --------------------------------> +--------+
 *    | ATTRACT|                                   | BROWSE |--+ key: move,
 *    +--------+ <-------------------------------- +--------+<-+ idle = 0
 *     |  ^  | tick: advance      idle timeout:       |   ^
 *     |  |  | and loop           slide 1             |   |
 *     |  |  +----+                                   |   |
 *     |  |       | space                     space   |   | key: move
 *     |  | space v (or pause timeout:         +------+   |
 *     |  +--- +--------+  slide 1)            |          |
 *     +-----> | PAUSED | <--------------------+          |
 *       space +--------+ ----------------------------------+
 *
 * ATTRACT  auto-advances: each slide shows for its duration, the last
 *          loops to the first.
 * BROWSE   a visitor pressed a key: no auto-advance; after idle_timeout_ms
 *          without a key the machine returns to ATTRACT on the first slide.
 * PAUSED   Space holds the current slide; Space again resumes the state it
 *          paused (ATTRACT restarts the slide's time, BROWSE its idle
 *          time). A navigation key leaves the pause for BROWSE. So that a
 *          pause nobody ends cannot freeze the wall for months, PAUSED
 *          returns to ATTRACT after pause_timeout_ms (0: never).
 *
 * L switches the language in every state and keeps the slide (and the
 * state); the slide's time or the idle time starts again, as a visitor
 * reading it in the new language would want. Whenever the machine returns
 * to ATTRACT on its own, it returns to the default language too: the next
 * visitor is most likely a local one; so does the attract loop when it
 * goes round from the last slide to the first (L pressed in ATTRACT has no
 * idle timeout to end it).
 *
 * Every state handles every event: sm_step's switch has no default.
 */
#ifndef KIOSK_SM_H
#define KIOSK_SM_H

#include <stdbool.h>
#include <stdint.h>

#include "deck.h"
#include "lang.h"

typedef enum {
    SM_ATTRACT,
    SM_BROWSE,
    SM_PAUSED,
} sm_state_t;

typedef enum {
    SM_EV_TICK,  /* elapsed_ms passed */
    SM_EV_NEXT,  /* Right: the next slide (wraps from last to first) */
    SM_EV_PREV,  /* Left: the previous slide (stays on the first) */
    SM_EV_FIRST, /* Home */
    SM_EV_LAST,  /* End */
    SM_EV_PAUSE, /* Space: pause or resume */
    SM_EV_LANG,  /* L: the other language, on the same slide */
} sm_event_kind_t;

typedef struct {
    sm_event_kind_t kind;
    uint64_t elapsed_ms; /* SM_EV_TICK only */
} sm_event_t;

typedef struct {
    uint64_t idle_timeout_ms;  /* BROWSE -> ATTRACT after this long */
    uint64_t pause_timeout_ms; /* PAUSED -> ATTRACT after this long, 0: never */
    lang_t default_lang;       /* the language of attract mode */
} sm_config_t;

#define SM_DEFAULT_IDLE_TIMEOUT_MS 60000u
#define SM_DEFAULT_PAUSE_TIMEOUT_MS 300000u

typedef struct {
    sm_config_t config;
    const deck_t *deck;     /* the slides and their durations; at least 1 */
    sm_state_t state;
    sm_state_t resume_to;   /* PAUSED: the state Space returns to */
    uint32_t slide;         /* 0-based index of the slide showing */
    lang_t lang;            /* the language it shows in */
    uint64_t in_state_ms;   /* time in this state since the last reset:
                             * ATTRACT: on this slide; BROWSE: since the
                             * last key; PAUSED: since the pause */
} sm_t;

/* What one event did, for traces and for the caller's redraw decision. */
typedef struct {
    sm_state_t from, to;
    uint32_t slide_from, slide_to;
} sm_transition_t;

/* Starts in ATTRACT on the first slide. The deck must outlive the machine. */
void sm_init(sm_t *sm, sm_config_t config, const deck_t *deck);

sm_transition_t sm_step(sm_t *sm, sm_event_t event);

/* New content (hot reload): the machine keeps its state, language and
 * time, and shows `slide` of the new deck (clamped to it). */
void sm_rebase(sm_t *sm, const deck_t *deck, uint32_t slide);

/* Milliseconds until the machine would change by itself (slide advance or
 * timeout); UINT64_MAX when nothing is due. The run loop sleeps this long. */
uint64_t sm_ms_until_due(const sm_t *sm);

/* 0..1000: how much of the current slide's time has passed in ATTRACT. */
uint32_t sm_progress_permille(const sm_t *sm);

const char *sm_state_name(sm_state_t state);
/* Parses a state's name; false when unknown. */
bool sm_state_parse(const char *name, sm_state_t *out);

#endif
