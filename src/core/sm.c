/* sm.c - the kiosk's state machine; see sm.h for the diagram.
 *
 * One handler per state, each a switch over every event kind, in the
 * manner of QP/C state handlers without function pointers. The events the
 * waking states share are handled once, in their parent's handler
 * (awake), which each of them calls case by case; STAFF's own rule runs
 * after the leaf's handler. No switch has a default: with -Wswitch-enum
 * the compiler proves that every handler names every event.
 */
#include "sm.h"

#include <string.h>

#include "kiosk_assert.h"

/* ------------------------------------------------ moves between states */

/* A slide's time in the language on show (reading time depends on it).
 * The machine divides by it and advances while it has passed, so it is
 * never 0 (the deck asserts so when it builds). */
static uint32_t duration(const sm_t *sm, uint32_t slide)
{
    KIOSK_ASSERT(slide < sm->deck->count);
    KIOSK_ASSERT(sm->lang < LANG_COUNT);
    uint32_t ms = sm->deck->slides[slide].duration_ms[sm->lang];
    KIOSK_ASSERT(ms > 0);
    return ms;
}

static uint32_t last_slide(const sm_t *sm) { return sm->deck->count - 1; }

static void enter(sm_t *sm, sm_state_t state, uint32_t slide)
{
    sm->state = state;
    sm->slide = slide;
    sm->in_state_ms = 0;
}

/* Back to the attract loop by itself (idle or pause timeout): the first
 * slide, in the default language, for the next visitor. */
static void return_to_attract(sm_t *sm)
{
    enter(sm, SM_ATTRACT, 0);
    sm->lang = sm->config.default_lang;
}

/* The museum closes: whatever shows, the panel sleeps; it wakes on the
 * first slide in the default language. */
static void go_to_sleep(sm_t *sm)
{
    enter(sm, SM_SLEEP, 0);
    sm->lang = sm->config.default_lang;
    sm->closed = true;
    sm->staff_idle_ms = 0;
}

/* The museum opens. Asleep: the attract loop from the start. STAFF: the
 * waking state as it is, its parent AWAKE now (no staff wake's end). */
static void museum_opens(sm_t *sm)
{
    sm->closed = false;
    if (sm->state == SM_SLEEP) return_to_attract(sm);
}

/* L: the other language, same state and slide, its time started again. */
static void switch_lang(sm_t *sm)
{
    sm->lang = lang_other(sm->lang);
    sm->in_state_ms = 0;
}

/* Where a navigation event leads from `slide`. */
static uint32_t navigate(const sm_t *sm, sm_event_kind_t kind)
{
    uint32_t s = sm->slide;
    switch (kind) {
    case SM_EV_NEXT: return s == last_slide(sm) ? 0 : s + 1;
    case SM_EV_PREV: return s == 0 ? 0 : s - 1; /* no backward wrap */
    case SM_EV_FIRST: return 0;
    case SM_EV_LAST: return last_slide(sm);
    case SM_EV_TICK:
    case SM_EV_PAUSE:
    case SM_EV_LANG:
    case SM_EV_CLOSE:
    case SM_EV_OPEN:
    case SM_EV_NARRATE: return s;
    }
    return s;
}

/* Total time of one loop of the show, in the language on show. */
static uint64_t cycle_ms(const sm_t *sm)
{
    uint64_t total = 0;
    for (uint32_t i = 0; i < sm->deck->count; i++) total += duration(sm, i);
    return total;
}

/* Advances through as many slides as `elapsed` covers, each for its time
 * in the language on show. Going round to the first slide returns to the
 * default language (a visitor who chose the other one and watched the loop
 * through has seen it all; the next loop is for the next visitor), so the
 * slides after that count in it. Then whole loops are skipped, so the loop
 * runs at most twice through the deck whatever the tick's length (a kiosk
 * woken after days, say). */
static void attract_advance(sm_t *sm, uint64_t elapsed)
{
    uint64_t t = sm->in_state_ms + elapsed;
    while (t >= duration(sm, sm->slide)) {
        t -= duration(sm, sm->slide);
        if (sm->slide < last_slide(sm)) {
            sm->slide++;
            continue;
        }
        sm->slide = 0;
        sm->lang = sm->config.default_lang;
        t %= cycle_ms(sm); /* now under a loop: no second wrap */
    }
    sm->in_state_ms = t;
}

/* ------------------------------------------------------ waking states */

/* Space in ATTRACT or BROWSE: the slide holds, and Space again resumes
 * `from`. */
static void pause_from(sm_t *sm, sm_state_t from)
{
    sm->resume_to = from;
    enter(sm, SM_PAUSED, sm->slide);
}

/* The parent of the waking states (AWAKE, and STAFF within it): the
 * events ATTRACT, BROWSE and PAUSED handle alike, handled once, as QP/C
 * handles them in a parent state. Each waking state passes these up case
 * by case, so its own switch still lists every event. */
static void awake(sm_t *sm, sm_event_t ev)
{
    switch (ev.kind) {
    case SM_EV_NEXT:
    case SM_EV_PREV:
    case SM_EV_FIRST:
    case SM_EV_LAST: enter(sm, SM_BROWSE, navigate(sm, ev.kind)); break;
    case SM_EV_LANG: switch_lang(sm); break;
    case SM_EV_CLOSE: go_to_sleep(sm); break;
    case SM_EV_OPEN: museum_opens(sm); break;
    case SM_EV_TICK:
    case SM_EV_PAUSE:
    case SM_EV_NARRATE: /* each waking state's own: never passed up */
        KIOSK_ASSERT(!"tick, pause or narrate passed up to the waking states' parent");
        break;
    }
}

static void attract(sm_t *sm, sm_event_t ev)
{
    switch (ev.kind) {
    case SM_EV_TICK: attract_advance(sm, ev.elapsed_ms); break;
    case SM_EV_PAUSE: pause_from(sm, SM_ATTRACT); break;
    /* A visitor asked to hear the slide: the loop must not move it on
     * mid-sentence, so the slide holds as after any key. */
    case SM_EV_NARRATE: enter(sm, SM_BROWSE, sm->slide); break;
    case SM_EV_NEXT:
    case SM_EV_PREV:
    case SM_EV_FIRST:
    case SM_EV_LAST:
    case SM_EV_LANG:
    case SM_EV_CLOSE:
    case SM_EV_OPEN: awake(sm, ev); break;
    }
}

static void browse(sm_t *sm, sm_event_t ev)
{
    switch (ev.kind) {
    case SM_EV_TICK:
        sm->in_state_ms += ev.elapsed_ms;
        if (sm->in_state_ms >= sm->config.idle_timeout_ms)
            return_to_attract(sm);
        break;
    case SM_EV_PAUSE: pause_from(sm, SM_BROWSE); break;
    case SM_EV_NARRATE: sm->in_state_ms = 0; break; /* a key: still here */
    case SM_EV_NEXT:
    case SM_EV_PREV:
    case SM_EV_FIRST:
    case SM_EV_LAST:
    case SM_EV_LANG:
    case SM_EV_CLOSE:
    case SM_EV_OPEN: awake(sm, ev); break;
    }
}

static void paused(sm_t *sm, sm_event_t ev)
{
    switch (ev.kind) {
    case SM_EV_TICK:
        sm->in_state_ms += ev.elapsed_ms;
        if (sm->config.pause_timeout_ms &&
            sm->in_state_ms >= sm->config.pause_timeout_ms)
            return_to_attract(sm);
        break;
    case SM_EV_PAUSE: enter(sm, sm->resume_to, sm->slide); break;
    case SM_EV_NARRATE: sm->in_state_ms = 0; break; /* the pause holds on */
    case SM_EV_NEXT:
    case SM_EV_PREV:
    case SM_EV_FIRST:
    case SM_EV_LAST:
    case SM_EV_LANG:
    case SM_EV_CLOSE:
    case SM_EV_OPEN: awake(sm, ev); break;
    }
}

/* STAFF, awake while the museum is closed (a staff wake): after the waking
 * state has handled the event, every key starts the staff time again;
 * when it has passed, back to sleep, whatever the waking state. */
static void staff(sm_t *sm, sm_event_t ev)
{
    switch (ev.kind) {
    case SM_EV_TICK: sm->staff_idle_ms += ev.elapsed_ms; break;
    case SM_EV_NEXT:
    case SM_EV_PREV:
    case SM_EV_FIRST:
    case SM_EV_LAST:
    case SM_EV_PAUSE:
    case SM_EV_LANG:
    case SM_EV_NARRATE: sm->staff_idle_ms = 0; break;
    case SM_EV_CLOSE:
    case SM_EV_OPEN: break;
    }
    if (sm->staff_idle_ms >= sm->config.staff_wake_ms) go_to_sleep(sm);
}

/* -------------------------------------------------------------- asleep */

/* Asleep: time passes and nothing shows. A key wakes it for staff (on the
 * first slide: the key only wakes it, as on a phone), unless staff wakes
 * are off. */
static void asleep(sm_t *sm, sm_event_t ev)
{
    switch (ev.kind) {
    case SM_EV_TICK: sm->in_state_ms += ev.elapsed_ms; break;
    case SM_EV_NEXT:
    case SM_EV_PREV:
    case SM_EV_FIRST:
    case SM_EV_LAST:
    case SM_EV_PAUSE:
    case SM_EV_LANG:
    case SM_EV_NARRATE:
        if (sm->config.staff_wake_ms) enter(sm, SM_BROWSE, 0);
        break;
    case SM_EV_CLOSE: break; /* asleep already */
    case SM_EV_OPEN: museum_opens(sm); break;
    }
}

/* ------------------------------------------------------------ dispatch */

void sm_init(sm_t *sm, sm_config_t config, const deck_t *deck)
{
    KIOSK_ASSERT(deck->count >= 1 && deck->count <= LIMIT_SLIDES);
    memset(sm, 0, sizeof *sm);
    sm->config = config;
    sm->deck = deck;
    sm->lang = config.default_lang;
    enter(sm, SM_ATTRACT, 0);
    sm->resume_to = SM_ATTRACT;
}

sm_transition_t sm_step(sm_t *sm, sm_event_t ev)
{
    sm_transition_t t = {.from = sm->state, .slide_from = sm->slide};
    switch (sm->state) {
    case SM_ATTRACT: attract(sm, ev); break;
    case SM_BROWSE: browse(sm, ev); break;
    case SM_PAUSED: paused(sm, ev); break;
    case SM_SLEEP: asleep(sm, ev); break;
    }
    /* The parent the event left it in: STAFF adds its own end. (After the
     * leaf: a key that wakes it from SLEEP starts the staff time, closing
     * time during a wake has put it to sleep, opening time made it AWAKE.) */
    switch (sm_parent(sm)) {
    case SM_TOP:
    case SM_AWAKE: break;
    case SM_STAFF: staff(sm, ev); break;
    }
    /* What every event leaves true: a slide of the deck, and asleep only
     * while the museum is closed. */
    KIOSK_ASSERT(sm->slide < sm->deck->count);
    KIOSK_ASSERT(sm->state != SM_SLEEP || sm->closed);
    t.to = sm->state;
    t.slide_to = sm->slide;
    return t;
}

/* ------------------------------------------------------------- queries */

static uint64_t remaining(uint64_t total, uint64_t spent)
{
    return spent >= total ? 0 : total - spent;
}

/* What the state itself has due, staff wakes aside. */
static uint64_t state_due(const sm_t *sm)
{
    switch (sm->state) {
    case SM_ATTRACT:
        return remaining(duration(sm, sm->slide), sm->in_state_ms);
    case SM_BROWSE:
        return remaining(sm->config.idle_timeout_ms, sm->in_state_ms);
    case SM_PAUSED:
        return sm->config.pause_timeout_ms
                   ? remaining(sm->config.pause_timeout_ms, sm->in_state_ms)
                   : UINT64_MAX;
    case SM_SLEEP: return UINT64_MAX;
    }
    return UINT64_MAX;
}

uint64_t sm_ms_until_due(const sm_t *sm)
{
    uint64_t due = state_due(sm);
    if (sm_parent(sm) == SM_STAFF) {
        uint64_t staff_due =
            remaining(sm->config.staff_wake_ms, sm->staff_idle_ms);
        if (staff_due < due) due = staff_due;
    }
    return due;
}

uint32_t sm_progress_permille(const sm_t *sm)
{
    if (sm->state != SM_ATTRACT) return 0;
    uint64_t d = duration(sm, sm->slide); /* asserted > 0 */
    return (uint32_t)(sm->in_state_ms * 1000u / d);
}

static const char *const state_names[] = {"attract", "browse", "paused",
                                          "sleep"};

const char *sm_state_name(sm_state_t state)
{
    KIOSK_ASSERT((size_t)state < sizeof state_names / sizeof *state_names);
    return state_names[state];
}

sm_parent_t sm_parent(const sm_t *sm)
{
    if (sm->state == SM_SLEEP) return SM_TOP;
    return sm->closed ? SM_STAFF : SM_AWAKE;
}

const char *sm_parent_name(sm_parent_t parent)
{
    switch (parent) {
    case SM_TOP: return "top";
    case SM_AWAKE: return "awake";
    case SM_STAFF: return "staff";
    }
    return "?";
}

bool sm_state_parse(const char *name, sm_state_t *out)
{
    for (int i = 0; i < (int)(sizeof state_names / sizeof *state_names); i++)
        if (strcmp(name, state_names[i]) == 0) {
            *out = (sm_state_t)i;
            return true;
        }
    return false;
}

void sm_rebase(sm_t *sm, const deck_t *deck, uint32_t slide, bool same_slide)
{
    sm->deck = deck;
    uint32_t to = slide < deck->count ? slide : deck->count - 1;
    /* In ATTRACT the time belongs to the slide: it runs on where the same
     * slide is still there, so that a publish every few seconds does not
     * hold the show still. Another slide, or one now shorter than the
     * time already spent on it, starts its time again rather than be
     * skipped. */
    bool runs_on = same_slide && to == slide && sm->in_state_ms < duration(sm, to);
    sm->slide = to;
    if (sm->state == SM_ATTRACT && !runs_on) sm->in_state_ms = 0;
}
