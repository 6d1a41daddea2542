/* sm.h - the kiosk's state machine: which slide shows, and why.
 *
 * Events come in (time passed, a visitor's key); the machine changes state
 * and slide. It reads no clock and knows nothing of SDL: time is an event
 * carrying elapsed milliseconds, so tests and headless runs drive it with
 * a simulated clock exactly as the real loop drives it with the real one.
 *
 *  AWAKE (the museum is open) or STAFF (awake while it is closed)
 *  +-------------------------------------------------------------------+
 *  |              key (next/prev/first/last)                           |
 *  | +--------+ --------------------------------> +--------+           |
 *  | | ATTRACT|                                   | BROWSE |--+ key:   |
 *  | +--------+ <-------------------------------- +--------+<-+ move,  |
 *  |  |  ^  | tick: advance      idle timeout:       |   ^    idle = 0 |
 *  |  |  |  | and loop           slide 1             |   |             |
 *  |  |  |  +----+                                   |   |             |
 *  |  |  |       | space                     space   |   | key: move   |
 *  |  |  | space v (or pause timeout:         +------+   |             |
 *  |  |  +--- +--------+  slide 1)            |          |             |
 *  |  +-----> | PAUSED | <--------------------+          |             |
 *  |    space +--------+ --------------------------------+             |
 *  +-------------------------------------------------------------------+
 *    the parent handles, once for all three: next/prev/first/last ->
 *    BROWSE, L, close -> SLEEP, open (STAFF becomes AWAKE)
 *
 *    AWAKE or STAFF -- close --> +-------+ --- open ---> AWAKE: ATTRACT,
 *                                | SLEEP |                slide 1
 *    STAFF, staff_wake_ms -----> +-------+ --- key ----> STAFF: BROWSE,
 *    after the last key                                   slide 1
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
 * SLEEP    the museum is closed: the panel is dark and nothing advances.
 *          The app's wall clock says when (SM_EV_CLOSE, SM_EV_OPEN): the
 *          machine reads no clock. Opening time wakes it to ATTRACT on the
 *          first slide in the default language. Any key wakes it for staff
 *          (BROWSE on the first slide; the key itself only wakes it).
 * AWAKE    the parent state of ATTRACT, BROWSE and PAUSED while the museum
 *          is open, as in QP/C's hierarchical state machines: it handles
 *          the events the three share (navigation, L, closing, opening),
 *          each of them passing those up case by case.
 * STAFF    their parent while the museum is closed (a staff wake): AWAKE
 *          and one rule more: staff_wake_ms after the last key it sleeps
 *          again, whatever waking state it is in then. Opening time during
 *          such a wake leaves the waking state alone and makes the parent
 *          AWAKE: the museum is open now. The leaf state (sm_t.state) is
 *          what shows and what traces print; sm_parent() names the parent.
 *
 * L switches the language in every state and keeps the slide (and the
 * state); the slide's time or the idle time starts again, as a visitor
 * reading it in the new language would want. Whenever the machine returns
 * to ATTRACT on its own, it returns to the default language too: the next
 * visitor is most likely a local one; so does the attract loop when it
 * goes round from the last slide to the first (L pressed in ATTRACT has no
 * idle timeout to end it).
 *
 * Every state handles every event: no handler's switch has a default, so
 * the compiler checks that each lists every event.
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
    SM_SLEEP,
} sm_state_t;

typedef enum {
    SM_EV_TICK,  /* elapsed_ms passed */
    SM_EV_NEXT,  /* Right: the next slide (wraps from last to first) */
    SM_EV_PREV,  /* Left: the previous slide (stays on the first) */
    SM_EV_FIRST, /* Home */
    SM_EV_LAST,  /* End */
    SM_EV_PAUSE, /* Space: pause or resume */
    SM_EV_LANG,  /* L: the other language, on the same slide */
    SM_EV_CLOSE, /* the museum closes (the app's wall clock): sleep */
    SM_EV_OPEN,  /* the museum opens: the attract loop from the start */
    SM_EV_NARRATE, /* A (or the speaker button): narration on or off; a
                    * visitor's key that moves nothing: ATTRACT holds the
                    * slide in BROWSE, the idle or pause time restarts */
} sm_event_kind_t;

typedef struct {
    sm_event_kind_t kind;
    uint64_t elapsed_ms; /* SM_EV_TICK only */
} sm_event_t;

typedef struct {
    uint64_t idle_timeout_ms;  /* BROWSE -> ATTRACT after this long */
    uint64_t pause_timeout_ms; /* PAUSED -> ATTRACT after this long, 0: never */
    lang_t default_lang;       /* the language of attract mode */
    uint64_t staff_wake_ms;    /* closed: a key wakes it this long after
                                * the last key; 0: keys do not wake it */
} sm_config_t;

#define SM_DEFAULT_IDLE_TIMEOUT_MS 60000u
#define SM_DEFAULT_PAUSE_TIMEOUT_MS 300000u
#define SM_DEFAULT_STAFF_WAKE_MS 300000u

typedef struct {
    sm_config_t config;
    const deck_t *deck;     /* the slides and their durations; at least 1 */
    sm_state_t state;
    sm_state_t resume_to;   /* PAUSED: the state Space returns to */
    uint32_t slide;         /* 0-based index of the slide showing */
    lang_t lang;            /* the language it shows in */
    uint64_t in_state_ms;   /* time in this state since the last reset:
                             * ATTRACT: on this slide; BROWSE: since the
                             * last key; PAUSED: since the pause;
                             * SLEEP: since it fell asleep */
    bool closed;            /* the museum is closed: from SM_EV_CLOSE to
                             * SM_EV_OPEN (always so in SLEEP); awake,
                             * the parent state is STAFF, not AWAKE */
    uint64_t staff_idle_ms; /* STAFF: time since the last key */
} sm_t;

/* The parent of the state the machine is in (see the diagram). */
typedef enum {
    SM_TOP,   /* SLEEP's: the machine itself */
    SM_AWAKE, /* ATTRACT, BROWSE, PAUSED while the museum is open */
    SM_STAFF, /* the same three while it is closed: a staff wake */
} sm_parent_t;

/* What one event did, for traces and for the caller's redraw decision. */
typedef struct {
    sm_state_t from, to;
    uint32_t slide_from, slide_to;
} sm_transition_t;

/* Starts in ATTRACT on the first slide. The deck must outlive the machine. */
void sm_init(sm_t *sm, sm_config_t config, const deck_t *deck);

sm_transition_t sm_step(sm_t *sm, sm_event_t event);

/* New content (hot reload): the machine keeps its state, language and
 * time, and shows `slide` of the new deck (clamped to it). `same_slide`:
 * it is the slide that showed (found by what it is); in ATTRACT its time
 * then runs on (unless it is now shorter than the time spent), while
 * another slide starts its time again. */
void sm_rebase(sm_t *sm, const deck_t *deck, uint32_t slide, bool same_slide);

/* Milliseconds until the machine would change by itself (slide advance,
 * timeout, the end of a staff wake); UINT64_MAX when nothing is due (as in
 * SLEEP: only a key or the wall clock wakes it). The run loop sleeps this
 * long. */
uint64_t sm_ms_until_due(const sm_t *sm);

/* 0..1000: how much of the current slide's time has passed in ATTRACT. */
uint32_t sm_progress_permille(const sm_t *sm);

const char *sm_state_name(sm_state_t state);
/* The parent of the machine's state, and its name for traces ("top",
 * "awake", "staff"). */
sm_parent_t sm_parent(const sm_t *sm);
const char *sm_parent_name(sm_parent_t parent);
/* Parses a state's name; false when unknown. */
bool sm_state_parse(const char *name, sm_state_t *out);

#endif
