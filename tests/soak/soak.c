/* soak.c - months on the wall in minutes: the headless kiosk on a simulated
 * clock, with visitors from gentle to abusive, checked after every event.
 *
 *     build/soak [--days N] [--seed S] [--size WxH] [--reload FILE] [--progress]
 *
 * Defaults: 100 days, a fixed seed, a 400x225 panel (small: drawing is
 * the cost), FILE = tests/content/good/three-slides.ini (run it from the
 * top folder, as make does). `make soak` runs 100 days, `make test` 10.
 *
 * The kiosk is the real one: this file is linked with every object of
 * build/obj but main.o, starts the built-in content with kiosk_start, feeds
 * events through kiosk_event and draws through kiosk_draw, as the live loop
 * does. Only time is simulated, so 100 days take minutes and every run with
 * the same seed is the same run (a failure names its seed and event).
 *
 * What it checks:
 * - the state machine never leaves its invariants (slide in the deck, a
 *   known state, nothing overdue, the language valid, sm_ms_until_due
 *   agreeing with in_state_ms), and each event does exactly what the README
 *   says it does (a small model of sm.c, written apart from it, below);
 * - the screen shows the machine's slide and language after every draw,
 *   and no crossfade outlives its length;
 * - the kiosk's 64-bit clock equals the sum of the ticks fed in, across
 *   the 32-bit millisecond wrap (2^32 ms = 49.7 days: SDL_GetTicks and
 *   event timestamps wrap there), which 100 days cross twice; a burst of
 *   keys, with its crossfades, is arranged right across each wrap;
 * - hot reload (kiosk_switch_content) keeps state, language and slide,
 *   about four times a day and in the middle of bursts;
 * - memory does not grow: heap in use (mallinfo2) and anonymous resident
 *   memory (/proc/self/statm) at the end of day 1 and at the end differ
 *   by at most GROWTH_LIMIT_BYTES.
 *
 * Drawing: after every key, every slide change and every reload, as the
 * live loop presents after each turn; at the end of every crossfade and,
 * now and then, inside one or part way through a slide (the progress
 * bar). Not every simulated millisecond: the live loop draws the progress
 * bar 4x/s, 35 million draws in 100 days that no invariant can see. And in
 * an unattended attract loop (no key for a minute) only one slide change
 * in 26 is drawn: see quiet(). So 100 days take about 3 minutes, 10 days
 * about 20 s, on a 2-core machine (README.md, "Benchmark").
 *
 * The last line of output is one of
 *     soak: PASS days=N events=E keys=K slides=S reloads=R heap=+B anon_rss=+B seconds=T
 *     soak: FAIL <reason>
 * and the exit status is 0 for PASS, 1 for FAIL, 2 for bad usage.
 */
#include <malloc.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <SDL.h>

#include "app/content_source.h"
#include "app/headless.h"
#include "app/kiosk.h"
#include "core/sm.h"
#include "platform/board.h"
#include "platform/fonts.h"
#include "platform/log.h"

#define DAY_MS (24ull * 60 * 60 * 1000)
#define WRAP_MS (1ull << 32) /* where a 32-bit millisecond clock wraps */
#define WRAP_STORM_MS 3000u  /* a burst of keys starts this long before it */

/* Growth allowed between the end of day 1 and the end, for heap in use
 * (mallinfo2) and for anonymous RSS (statm: resident - shared). Why 64 KiB:
 * after day 1 every allocation the kiosk makes is transient (a crossfade's
 * two frames, SDL_ttf's text surfaces) and freed before the next slide, so
 * the steady state should not move at all; what may move is allocator
 * noise of a few pages (SDL_ttf's glyph caches swap glyphs of other sizes,
 * malloc keeps a top chunk below its trim threshold). A leak cannot hide
 * under it: 100 days take about 100 000 keys and 850 000 slide changes, so
 * even one byte lost per slide change would show as 800 KiB. Anonymous,
 * not all of RSS: RSS also counts library code paged in when a path first
 * runs (a reload, a rare error message): 64 KiB at once, and no leak. */
#define GROWTH_LIMIT_BYTES (64u * 1024u)

#define TRANSITION_MS 500u /* the default crossfade, so fades are soaked */

/* See quiet(): an attract loop this long without a key is unattended. */
#define QUIET_AFTER_MS 60000u

/* ------------------------------------------------------------ failure */

static uint64_t events_fed;  /* for messages: which event went wrong */
static uint64_t seed_used;

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* Says what broke and where in simulated time, with the seed to replay it. */
static void fail(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    printf("soak: FAIL event %llu (seed %llu): %s\n",
           (unsigned long long)events_fed, (unsigned long long)seed_used, msg);
    fflush(stdout);
    exit(1);
}

/* --------------------------------------------------------------- PRNG */

/* xorshift64* (Vigna): fast, 64 bits of state, good enough to pick keys
 * and gaps, and the same sequence on every machine. */
static uint64_t rng_state;

static uint64_t rng_next(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}

/* Uniform in [lo, hi] (the tiny modulo bias does not matter here). */
static uint64_t rng_range(uint64_t lo, uint64_t hi)
{
    return lo + rng_next() % (hi - lo + 1);
}

/* True with probability percent/100. */
static bool rng_chance(unsigned percent) { return rng_next() % 100 < percent; }

/* ------------------------------------------------------------ visitors */

/* What the people in front of the kiosk are doing. The mix gives a
 * simulated day about 550 keys, most of them in a burst or a storm every
 * day or two: enough abuse to matter, few enough for 100 days in a few
 * minutes (a key that changes the slide composes it anew and starts a
 * crossfade: about 1 ms of text shaping and 1 ms of fade, the costly
 * part of the soak). */
typedef enum {
    PHASE_IDLE,        /* nobody: the attract loop alone, minutes to hours */
    PHASE_BROWSING,    /* a reader: a key every few seconds, some walk away */
    PHASE_BURST,       /* a child on the keys: hundreds, milliseconds apart */
    PHASE_L_STORM,     /* L hammered */
    PHASE_SPACE_STORM, /* Space hammered */
    PHASE_MIXED_STORM, /* L and Space together */
} phase_t;

static const char *const phase_names[] = {"idle", "browsing", "burst",
                                          "L storm", "Space storm",
                                          "L+Space storm"};

typedef struct {
    phase_t phase;
    uint64_t phase_end_ms; /* the phase ends here (or when its keys run out) */
    uint32_t keys_left;    /* storms and bursts: keys still to press */
    uint64_t next_key_ms;  /* UINT64_MAX: no key in this phase */
    uint64_t phases[6];    /* how many of each, for the summary */
} visitor_t;

/* A key a reader presses: mostly forward, sometimes back, rarely the rest. */
static sm_event_kind_t reader_key(void)
{
    unsigned r = (unsigned)rng_range(0, 99);
    if (r < 60) return SM_EV_NEXT;
    if (r < 80) return SM_EV_PREV;
    if (r < 87) return SM_EV_LANG;
    if (r < 92) return SM_EV_PAUSE;
    if (r < 96) return SM_EV_FIRST;
    return SM_EV_LAST;
}

/* Any key at all, evenly: what a child mashing the keyboard sends. */
static sm_event_kind_t any_key(void)
{
    static const sm_event_kind_t keys[] = {SM_EV_NEXT, SM_EV_PREV, SM_EV_FIRST,
                                           SM_EV_LAST, SM_EV_PAUSE, SM_EV_LANG};
    return keys[rng_range(0, 5)];
}

/* The gap before a phase's next key, in ms. Readers sometimes pause longer
 * than the idle timeout (60 s) and sometimes past the pause timeout, so
 * the kiosk times out under them. */
static uint64_t key_gap(phase_t p)
{
    switch (p) {
    case PHASE_IDLE: return UINT64_MAX;
    case PHASE_BROWSING:
        if (rng_chance(3)) return rng_range(60000, 400000);
        return rng_range(1500, 40000);
    case PHASE_BURST: return rng_range(0, 40); /* 0: two keys in one ms */
    case PHASE_L_STORM:
    case PHASE_SPACE_STORM:
    case PHASE_MIXED_STORM: return rng_range(0, 80);
    }
    return UINT64_MAX;
}

static sm_event_kind_t phase_key(phase_t p)
{
    switch (p) {
    case PHASE_BROWSING: return reader_key();
    case PHASE_BURST: return any_key();
    case PHASE_L_STORM: return SM_EV_LANG;
    case PHASE_SPACE_STORM: return SM_EV_PAUSE;
    case PHASE_MIXED_STORM: return rng_chance(50) ? SM_EV_LANG : SM_EV_PAUSE;
    case PHASE_IDLE: break;
    }
    return SM_EV_TICK; /* not reached: idle presses nothing */
}

static void visitor_begin(visitor_t *v, phase_t p, uint64_t now)
{
    v->phase = p;
    v->phases[p]++;
    v->keys_left = UINT32_MAX;
    switch (p) {
    case PHASE_IDLE: v->phase_end_ms = now + rng_range(60000, 5 * 3600000ull); break;
    case PHASE_BROWSING: v->phase_end_ms = now + rng_range(60000, 15 * 60000ull); break;
    case PHASE_BURST:
        v->keys_left = (uint32_t)rng_range(100, 600);
        v->phase_end_ms = UINT64_MAX;
        break;
    case PHASE_L_STORM:
    case PHASE_SPACE_STORM:
    case PHASE_MIXED_STORM:
        v->keys_left = (uint32_t)rng_range(50, 400);
        v->phase_end_ms = UINT64_MAX;
        break;
    }
    uint64_t gap = key_gap(p);
    v->next_key_ms = gap == UINT64_MAX ? UINT64_MAX : now + gap;
}

/* The next phase, by weight: mostly nobody or a reader, now and then a
 * burst or a storm. */
static void visitor_next_phase(visitor_t *v, uint64_t now)
{
    unsigned r = (unsigned)rng_range(0, 99);
    phase_t p = r < 60   ? PHASE_IDLE
                : r < 92 ? PHASE_BROWSING
                : r < 95 ? PHASE_BURST
                : r < 97 ? PHASE_L_STORM
                : r < 99 ? PHASE_SPACE_STORM
                         : PHASE_MIXED_STORM;
    visitor_begin(v, p, now);
}

/* When the visitor does something next: a key, or the end of the phase. */
static uint64_t visitor_due(const visitor_t *v)
{
    return v->next_key_ms < v->phase_end_ms ? v->next_key_ms : v->phase_end_ms;
}

/* At `now` (== visitor_due): the key pressed, or SM_EV_TICK when the phase
 * merely changed. */
static sm_event_kind_t visitor_act(visitor_t *v, uint64_t now)
{
    if (v->next_key_ms <= now && v->keys_left > 0) {
        sm_event_kind_t key = phase_key(v->phase);
        if (v->keys_left != UINT32_MAX) v->keys_left--;
        uint64_t gap = key_gap(v->phase);
        v->next_key_ms = v->keys_left == 0 ? UINT64_MAX : now + gap;
        if (v->keys_left == 0) v->phase_end_ms = now;
        return key;
    }
    visitor_next_phase(v, now);
    return SM_EV_TICK;
}

/* ------------------------------------------------- the model of sm.c */

/* What the README says each event does, written again independently of
 * sm.c: the soak compares the machine with it after every event. */
typedef struct {
    sm_state_t state, resume_to;
    uint32_t slide;
    lang_t lang;
    uint64_t in_state_ms;
} model_t;

static model_t model_of(const sm_t *sm)
{
    return (model_t){sm->state, sm->resume_to, sm->slide, sm->lang,
                     sm->in_state_ms};
}

static void model_to_attract(model_t *m, const sm_t *sm)
{
    *m = (model_t){SM_ATTRACT, m->resume_to, 0, sm->config.default_lang, 0};
}

/* Time in ATTRACT, one slide at a time (sm.c skips whole loops first; a
 * tick here is at most a stall of minutes, so walking is cheap). */
static void model_attract_tick(model_t *m, const sm_t *sm, uint64_t elapsed)
{
    uint64_t t = m->in_state_ms + elapsed;
    while (t >= sm->deck->slides[m->slide].duration_ms) {
        t -= sm->deck->slides[m->slide].duration_ms;
        if (m->slide + 1 == sm->deck->count) {
            m->slide = 0;
            m->lang = sm->config.default_lang; /* the loop went round */
        } else {
            m->slide++;
        }
    }
    m->in_state_ms = t;
}

static void model_tick(model_t *m, const sm_t *sm, uint64_t elapsed)
{
    switch (m->state) {
    case SM_ATTRACT: model_attract_tick(m, sm, elapsed); break;
    case SM_BROWSE:
        m->in_state_ms += elapsed;
        if (m->in_state_ms >= sm->config.idle_timeout_ms) model_to_attract(m, sm);
        break;
    case SM_PAUSED:
        m->in_state_ms += elapsed;
        if (sm->config.pause_timeout_ms &&
            m->in_state_ms >= sm->config.pause_timeout_ms)
            model_to_attract(m, sm);
        break;
    default: fail("the model has no state %d", (int)m->state); /* see check_machine */
    }
}

/* Every key: a move leads to BROWSE, Space pauses or resumes, L switches
 * the language; each starts the state's time again. */
static void model_event(model_t *m, const sm_t *sm, sm_event_t ev)
{
    uint32_t last = sm->deck->count - 1;
    switch (ev.kind) {
    case SM_EV_TICK: model_tick(m, sm, ev.elapsed_ms); return;
    case SM_EV_NEXT: m->slide = m->slide == last ? 0 : m->slide + 1; break;
    case SM_EV_PREV: m->slide = m->slide == 0 ? 0 : m->slide - 1; break;
    case SM_EV_FIRST: m->slide = 0; break;
    case SM_EV_LAST: m->slide = last; break;
    case SM_EV_PAUSE:
        if (m->state == SM_PAUSED) {
            m->state = m->resume_to;
        } else {
            m->resume_to = m->state;
            m->state = SM_PAUSED;
        }
        m->in_state_ms = 0;
        return;
    case SM_EV_LANG:
        m->lang = lang_other(m->lang);
        m->in_state_ms = 0;
        return;
    /* HOOK: hot reload and opening hours bring events of their own; the
     * soak sends none yet, so one here is a bug in the soak. */
    default: fail("the model knows no event %d", (int)ev.kind);
    }
    m->state = SM_BROWSE; /* the four moves */
    m->in_state_ms = 0;
}

/* --------------------------------------------------------- invariants */

static const char *event_name(sm_event_kind_t kind)
{
    static const char *const names[] = {"tick", "next", "prev", "first",
                                        "last", "pause", "lang"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "event";
}

/* What must hold after every event, whatever came before. */
static void check_machine(const kiosk_t *k, uint64_t clock_ms)
{
    const sm_t *sm = &k->sm;
    if (sm->slide >= k->deck.count)
        fail("slide %u outside the deck of %u", sm->slide, k->deck.count);
    if ((unsigned)sm->lang >= LANG_COUNT) fail("language %d unknown", (int)sm->lang);
    if (k->now_ms != clock_ms)
        fail("the kiosk's clock says %llu ms, the ticks fed sum to %llu",
             (unsigned long long)k->now_ms, (unsigned long long)clock_ms);
    uint64_t limit = 0, due = sm_ms_until_due(sm);
    switch (sm->state) {
    case SM_ATTRACT: limit = k->deck.slides[sm->slide].duration_ms; break;
    case SM_BROWSE: limit = sm->config.idle_timeout_ms; break;
    case SM_PAUSED:
        limit = sm->config.pause_timeout_ms ? sm->config.pause_timeout_ms : UINT64_MAX;
        break;
    /* A state the soak does not know: garbage, or one added to sm.h since
     * (HOOK: opening hours add a sleeping state; give it its limit here
     * and its transitions in the model). */
    default: fail("state %d is none the soak knows", (int)sm->state);
    }
    if (sm->in_state_ms >= limit)
        fail("%s for %llu ms, past its limit of %llu ms", sm_state_name(sm->state),
             (unsigned long long)sm->in_state_ms, (unsigned long long)limit);
    uint64_t want_due = limit == UINT64_MAX ? UINT64_MAX : limit - sm->in_state_ms;
    if (due != want_due || due == 0)
        fail("sm_ms_until_due says %llu ms; %s with %llu of %llu ms spent",
             (unsigned long long)due, sm_state_name(sm->state),
             (unsigned long long)sm->in_state_ms, (unsigned long long)limit);
    if (sm->resume_to != SM_ATTRACT && sm->resume_to != SM_BROWSE)
        fail("Space would resume to %d", (int)sm->resume_to);
    if (sm->state == SM_ATTRACT && sm_progress_permille(sm) >= 1000)
        fail("progress %u permille on a slide not yet over", sm_progress_permille(sm));
}

static void check_model(const kiosk_t *k, const model_t *want, sm_event_t ev)
{
    model_t got = model_of(&k->sm);
    bool same = got.state == want->state && got.slide == want->slide &&
                got.lang == want->lang && got.in_state_ms == want->in_state_ms &&
                (got.state != SM_PAUSED || got.resume_to == want->resume_to);
    if (!same)
        fail("after %s (%llu ms): %s slide %u %s %llu ms, but the README says "
             "%s slide %u %s %llu ms", event_name(ev.kind),
             (unsigned long long)ev.elapsed_ms, sm_state_name(got.state),
             got.slide + 1, lang_code(got.lang),
             (unsigned long long)got.in_state_ms, sm_state_name(want->state),
             want->slide + 1, lang_code(want->lang),
             (unsigned long long)want->in_state_ms);
}

/* After a draw: the panel shows what the machine says, and a crossfade
 * never lasts longer than its length (a clock truncated to 32 bits would
 * leave one running for 49 days). */
static void check_screen(const kiosk_t *k, int dirty_count, SDL_Rect dirty,
                         const board_t *b)
{
    const screen_t *s = &k->screen;
    if (!s->composed || s->slide != k->sm.slide || s->lang != k->sm.lang)
        fail("the screen holds slide %u (%s), the machine says %u (%s)",
             s->slide + 1, lang_code(s->lang), k->sm.slide + 1,
             lang_code(k->sm.lang));
    if (dirty_count &&
        (dirty.x < 0 || dirty.y < 0 || dirty.w < 0 || dirty.h < 0 ||
         dirty.x + dirty.w > b->fb->w || dirty.y + dirty.h > b->fb->h))
        fail("dirty rectangle %d,%d %dx%d outside the %dx%d framebuffer",
             dirty.x, dirty.y, dirty.w, dirty.h, b->fb->w, b->fb->h);
    if (screen_animating(s)) {
        const crossfade_t *x = &s->fade;
        if (x->start_ms > k->now_ms || k->now_ms >= x->start_ms + x->duration_ms)
            fail("a crossfade started at %llu ms is still running at %llu ms",
                 (unsigned long long)x->start_ms, (unsigned long long)k->now_ms);
    }
}

/* ---------------------------------------------------------- the kiosk */

typedef struct {
    kiosk_t kiosk;
    board_t board;
    uint64_t clock_ms;        /* the simulated clock: the sum of every tick */
    uint64_t last_key_ms;     /* when the last key came */
    uint32_t next_bank;       /* the content bank the next reload brings */
    uint64_t next_reload_ms;  /* when a curator publishes next */
    uint64_t keys, ticks, draws, slide_changes, quiet_changes, reloads;
} soak_t;

static soak_t soak; /* static, like the kiosk's own: it is large */

/* The built-in content, the default settings (language, timeouts), a
 * 500 ms crossfade: the kiosk as `make run` starts it. */
static bool start_kiosk(kiosk_t *k)
{
    static settings_t settings;
    settings_defaults(&settings);
    settings.transition_ms = TRANSITION_MS;
    return kiosk_start(k, &settings);
}

/* Draws as the live loop presents: what changed, flushed to the panel. */
static void draw(soak_t *s)
{
    SDL_Rect dirty;
    int n = kiosk_draw(&s->kiosk, s->board.fb, &dirty);
    if (n) board_flush(&s->board, &dirty, n);
    s->draws++;
    check_screen(&s->kiosk, n, dirty, &s->board);
}

/* An unattended loop: the attract loop has run for a minute with no key,
 * and no fade runs. It goes round slides already drawn many times;
 * drawing each change would cost 8 640 compositions a simulated day (text
 * shaping, a fade begun and ended: some 2 ms each at 400x225), half an
 * hour for 100 days. So then only one slide change in deck.count + 1 is
 * drawn (a different slide each time round); every tick is still checked. */
static bool quiet(const soak_t *s)
{
    return s->kiosk.sm.state == SM_ATTRACT &&
           s->clock_ms - s->last_key_ms >= QUIET_AFTER_MS &&
           !screen_animating(&s->kiosk.screen);
}

/* Draw after this event? After every key and every slide change, as the
 * live loop presents after each turn; in a quiet loop, see quiet(). */
static bool worth_drawing(soak_t *s, sm_event_t ev, bool slide_changed)
{
    if (ev.kind != SM_EV_TICK || !quiet(s)) return true;
    return slide_changed && ++s->quiet_changes % (s->kiosk.deck.count + 1) == 0;
}

/* One event into the kiosk, checked against the model and the invariants,
 * then drawn. */
static void feed(soak_t *s, sm_event_t ev)
{
    kiosk_t *k = &s->kiosk;
    model_t want = model_of(&k->sm);
    model_event(&want, &k->sm, ev);
    uint32_t slide = k->sm.slide;
    events_fed++;
    if (ev.kind == SM_EV_TICK) {
        s->clock_ms += ev.elapsed_ms;
        s->ticks++;
    } else {
        s->keys++;
        s->last_key_ms = s->clock_ms;
    }
    kiosk_event(k, ev);
    check_model(k, &want, ev);
    check_machine(k, s->clock_ms);
    bool changed = k->sm.slide != slide;
    if (changed) s->slide_changes++;
    if (worth_drawing(s, ev, changed)) draw(s);
}

static void tick_to(soak_t *s, uint64_t t)
{
    if (t > s->clock_ms) feed(s, (sm_event_t){SM_EV_TICK, t - s->clock_ms});
}

/* The next moment the kiosk itself has something to show: the machine's
 * next change, or the end of a crossfade (its frames in between are
 * mixes like the last; step() looks at one now and then). */
static uint64_t kiosk_due(const soak_t *s)
{
    const kiosk_t *k = &s->kiosk;
    uint64_t due = sm_ms_until_due(&k->sm);
    uint64_t t = due == UINT64_MAX ? UINT64_MAX : s->clock_ms + due;
    if (screen_animating(&k->screen)) {
        const crossfade_t *x = &k->screen.fade;
        if (x->start_ms + x->duration_ms < t) t = x->start_ms + x->duration_ms;
    }
    return t;
}

/* ------------------------------------------------------------ reload */

/* Hot reload as a curator publishing now and then: the kiosk switches
 * between two banks of content, the built-in show (25 slides) and a small
 * one (3 slides), through kiosk_switch_content as reload_poll does once
 * the changed file validated. Watching the file is tests/e2e/reload.sh's
 * business; here it is what a switch does to the machine and the screen,
 * hundreds of times, in every state, during fades and storms. */
static content_t banks[2]; /* [0] built in, [1] the --reload file */

static bool load_banks(const char *reload_file)
{
    static content_report_t report;
    if (!content_source_builtin(&banks[0], &report)) return false;
    if (content_source_file(reload_file, &banks[1], &report)) return true;
    content_source_print(stdout, reload_file, &report);
    return false;
}

/* The switch keeps the state, the language and (where the slide still
 * exists) the slide; the title slide exists in every show. ATTRACT gives
 * the slide its whole time again; the other states keep their time. */
static void reload(soak_t *s)
{
    kiosk_t *k = &s->kiosk;
    sm_t before = k->sm;
    kiosk_switch_content(k, &banks[s->next_bank]);
    s->next_bank ^= 1;
    s->reloads++;
    const sm_t *sm = &k->sm;
    uint64_t want_ms = sm->state == SM_ATTRACT ? 0 : before.in_state_ms;
    if (sm->state != before.state || sm->lang != before.lang ||
        (before.slide == 0 && sm->slide != 0) || sm->in_state_ms != want_ms)
        fail("reload turned %s slide %u %s %llu ms into %s slide %u %s %llu ms",
             sm_state_name(before.state), before.slide + 1, lang_code(before.lang),
             (unsigned long long)before.in_state_ms, sm_state_name(sm->state),
             sm->slide + 1, lang_code(sm->lang), (unsigned long long)sm->in_state_ms);
    check_machine(k, s->clock_ms);
    draw(s);
}

/* Runs to the end of any crossfade, so that memory is measured without
 * the two frames a fade holds. */
static void settle(soak_t *s)
{
    while (screen_animating(&s->kiosk.screen)) tick_to(s, kiosk_due(s));
}

/* Every slide of both banks in both languages, through the keys, before
 * the first day: it opens every font size the layouts use at this panel
 * size (the font cache and SDL_ttf's glyph caches grow until then, by
 * design), so that the day-1 baseline is the steady state and growth
 * after it means a leak. The first visitors of a real kiosk do the same. */
static void warm_up(soak_t *s)
{
    for (int bank = 0; bank < 2; bank++) {
        reload(s);
        for (int lang = 0; lang < LANG_COUNT; lang++) {
            feed(s, (sm_event_t){SM_EV_FIRST, 0});
            for (uint32_t i = 1; i < s->kiosk.deck.count; i++)
                feed(s, (sm_event_t){SM_EV_NEXT, 0});
            feed(s, (sm_event_t){SM_EV_LANG, 0});
        }
    }
    /* Back to the attract loop, as after any visitor. */
    tick_to(s, s->clock_ms + s->kiosk.settings.idle_timeout_ms);
    settle(s);
}

/* ------------------------------------------------------------- memory */

typedef struct {
    size_t heap; /* bytes malloc has handed out and not had back */
    size_t rss;  /* resident bytes */
    size_t anon; /* of which anonymous (heap, stacks, surfaces): a leak
                  * shows here, while RSS also grows as library code is
                  * first run (file pages), which is no leak */
} memory_t;

/* statm: size, resident, shared (file-backed) pages, ... */
static memory_t memory_now(void)
{
    memory_t m = {mallinfo2().uordblks, 0, 0};
    unsigned long size = 0, resident = 0, shared = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%lu %lu %lu", &size, &resident, &shared) != 3)
            resident = shared = 0;
        fclose(f);
    }
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    m.rss = resident * page;
    m.anon = (resident - shared) * page;
    return m;
}

static void print_memory(const char *when, memory_t m)
{
    printf("soak: %-12s heap in use %8zu B   RSS %6zu KiB (anonymous %zu KiB)\n",
           when, m.heap, m.rss / 1024, m.anon / 1024);
}

static long long growth(size_t later, size_t earlier)
{
    return (long long)later - (long long)earlier;
}

/* ---------------------------------------------------------------- run */

typedef struct {
    uint32_t days;
    uint64_t seed;
    int w, h;
    const char *reload_file; /* the second content bank */
    bool progress;           /* a line per simulated day */
} options_t;

static bool parse_args(int argc, char **argv, options_t *o)
{
    *o = (options_t){100, 20240601, 400, 225,
                     "tests/content/good/three-slides.ini", false};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--progress") == 0) {
            o->progress = true;
        } else if (strcmp(a, "--days") == 0 && v) {
            o->days = (uint32_t)strtoul(v, NULL, 10), i++;
        } else if (strcmp(a, "--seed") == 0 && v) {
            o->seed = strtoull(v, NULL, 10), i++;
        } else if (strcmp(a, "--size") == 0 && v) {
            if (sscanf(v, "%dx%d", &o->w, &o->h) != 2) return false;
            i++;
        } else if (strcmp(a, "--reload") == 0 && v) {
            o->reload_file = v, i++;
        } else {
            return false;
        }
    }
    return o->days >= 1 && o->seed != 0 && o->w > 0 && o->h > 0;
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* The moments the driver itself makes sure to stop at: each day's end (to
 * measure), and around each 32-bit wrap: 3 s before it (a burst of keys
 * starts there) and ticks 1 ms either side of it. */
static uint64_t next_milestone(uint64_t now, uint64_t end)
{
    uint64_t t = (now / DAY_MS + 1) * DAY_MS;
    uint64_t wrap = (now / WRAP_MS + 1) * WRAP_MS;
    uint64_t marks[] = {wrap - WRAP_STORM_MS, wrap - 1, wrap, wrap + 1};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (marks[i] > now && marks[i] < t) t = marks[i];
    return t < end ? t : end;
}

/* A curator publishes every 1 to 12 hours: about 4 reloads a day. */
static void schedule_reload(soak_t *s)
{
    s->next_reload_ms = s->clock_ms + rng_range(3600000, 12 * 3600000ull);
}

/* One step of the simulated world: the clock moves to the next thing that
 * happens (the kiosk's own change, a visitor's key or change of mind, a
 * reload, a milestone), and that thing happens. */
static void step(soak_t *s, visitor_t *v, uint64_t end)
{
    uint64_t t = kiosk_due(s), vt = visitor_due(v);
    uint64_t mt = next_milestone(s->clock_ms, end);
    if (vt < t) t = vt;
    if (s->next_reload_ms < t) t = s->next_reload_ms;
    if (mt < t) t = mt;
    /* Now and then a look on the way there: the progress bar's path, or
     * a frame inside a crossfade. (Not at every one: a mix of two frames
     * costs as much as the rest of the soak together.) */
    if (t > s->clock_ms + 1 && !quiet(s) &&
        rng_chance(t > s->clock_ms + 1000 ? 50 : 15))
        t = rng_range(s->clock_ms + 1, t - 1);
    /* About once a day, a stall: the process not scheduled for up to ten
     * minutes, so one tick jumps over slides and timeouts, and the keys
     * pressed meanwhile arrive together after it, as SDL queues them. */
    if (rng_next() % 20000 == 0) {
        t = s->clock_ms + rng_range(1000, 600000);
        if (t > mt) t = mt;
    }
    tick_to(s, t);
    if (s->clock_ms >= s->next_reload_ms) {
        reload(s);
        schedule_reload(s);
    }
    if (visitor_due(v) <= s->clock_ms) {
        sm_event_kind_t key = visitor_act(v, s->clock_ms);
        if (key != SM_EV_TICK) feed(s, (sm_event_t){key, 0});
        /* A publish in the middle of a child's burst, now and then. */
        if (v->phase == PHASE_BURST && rng_next() % 200 == 0) reload(s);
    }
    /* HOOK (opening hours: SM_SLEEP and SM_EV_OPEN/CLOSE are arriving in
     * src, not finished yet): start the kiosk with hours such as
     * "Tue-Sun 09:00-18:00" on a simulated wall clock (kiosk_hours_start,
     * then kiosk_advance instead of plain ticks), so that every simulated
     * day closes and opens, DST changes included; check the panel is dark
     * while closed, a key when closed wakes it for the staff time only,
     * and add SM_SLEEP to check_machine and the model. Visitor phases
     * should then follow the hours (crowds when open, staff when closed). */
}

int main(int argc, char **argv)
{
    options_t o;
    if (!parse_args(argc, argv, &o)) {
        fprintf(stderr, "usage: soak [--days N] [--seed S] [--size WxH] "
                        "[--reload CONTENT_FILE] [--progress]\n");
        return 2;
    }
    seed_used = rng_state = o.seed;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);

    /* As main.c starts the kiosk. Info lines (a state change per visitor)
     * would fill the terminal; warnings and errors still show. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_Init(0) != 0 || !fonts_init()) fail("cannot start SDL: %s", SDL_GetError());
    log_set_level(LOG_WARN);
    if (!load_banks(o.reload_file)) fail("cannot load the content banks");
    if (!start_kiosk(&soak.kiosk)) fail("kiosk_start failed on the built-in content");
    if (!board_open_headless(&soak.board, o.w, o.h, 0)) fail("no %dx%d board", o.w, o.h);
    draw(&soak); /* the first slide is on the panel before anything */
    printf("soak: %u days at %dx%d, %u slides, seed %llu\n", o.days, o.w, o.h,
           soak.kiosk.deck.count, (unsigned long long)o.seed);
    fflush(stdout);

    visitor_t v = {0};
    visitor_begin(&v, PHASE_IDLE, 0);
    soak.next_bank = 1;
    warm_up(&soak);
    schedule_reload(&soak);
    const uint64_t end = o.days * DAY_MS;
    uint64_t next_wrap_storm = WRAP_MS - WRAP_STORM_MS;
    uint32_t days_done = 0, wraps = 0;
    memory_t day1 = {0, 0, 0};
    while (soak.clock_ms < end) {
        step(&soak, &v, end);
        /* A burst of keys from 3 s before each wrap, across it: fades
         * and timeouts that start on one side and end on the other. */
        if (soak.clock_ms >= next_wrap_storm) {
            visitor_begin(&v, PHASE_BURST, soak.clock_ms);
            next_wrap_storm += WRAP_MS;
        }
        if (soak.clock_ms / WRAP_MS > wraps) {
            wraps = (uint32_t)(soak.clock_ms / WRAP_MS);
            printf("soak: crossed the 32-bit ms wrap #%u at day %.2f (%s, slide %u)\n",
                   wraps, (double)soak.clock_ms / DAY_MS,
                   sm_state_name(soak.kiosk.sm.state), soak.kiosk.sm.slide + 1);
        }
        if (soak.clock_ms / DAY_MS > days_done) {
            days_done = (uint32_t)(soak.clock_ms / DAY_MS);
            /* Day 1 is the baseline: every size of font opened, every
             * slide drawn in both languages, both banks shown. */
            if (days_done == 1) {
                settle(&soak);
                day1 = memory_now();
                print_memory("end of day 1", day1);
            }
            if (o.progress) {
                memory_t m = memory_now();
                printf("soak: day %u done, %llu keys, heap %zu B, RSS %zu KiB "
                       "(anonymous %zu KiB), %.1f s\n", days_done,
                       (unsigned long long)soak.keys, m.heap, m.rss / 1024,
                       m.anon / 1024, seconds_since(&t0));
            }
            fflush(stdout);
        }
    }
    settle(&soak);
    memory_t last = memory_now();
    print_memory("end", last);

    long long heap_growth = growth(last.heap, day1.heap);
    long long rss_growth = growth(last.anon, day1.anon);
    double secs = seconds_since(&t0);
    printf("soak: %llu events (%llu keys, %llu ticks), %llu slide changes, "
           "%llu draws, %llu reloads, %u wraps crossed\n",
           (unsigned long long)events_fed, (unsigned long long)soak.keys,
           (unsigned long long)soak.ticks, (unsigned long long)soak.slide_changes,
           (unsigned long long)soak.draws, (unsigned long long)soak.reloads, wraps);
    printf("soak: visitor phases:");
    for (int p = 0; p < 6; p++)
        printf(" %s %llu%s", phase_names[p], (unsigned long long)v.phases[p],
               p < 5 ? "," : "\n");
    printf("soak: growth from day 1 to the end: heap %+lld B, anonymous RSS "
           "%+lld B (limit %u B each; all of RSS %+lld B)\n", heap_growth,
           rss_growth, GROWTH_LIMIT_BYTES, growth(last.rss, day1.rss));
    board_close(&soak.board);
    if (heap_growth > GROWTH_LIMIT_BYTES || rss_growth > GROWTH_LIMIT_BYTES) {
        printf("soak: FAIL memory grew: heap %+lld B, anonymous RSS %+lld B over %u days "
               "(limit %u B)\n", heap_growth, rss_growth, o.days - 1,
               GROWTH_LIMIT_BYTES);
        return 1;
    }
    printf("soak: PASS days=%u events=%llu keys=%llu slides=%llu reloads=%llu "
           "heap=%+lld anon_rss=%+lld seconds=%.1f\n", o.days,
           (unsigned long long)events_fed, (unsigned long long)soak.keys,
           (unsigned long long)soak.slide_changes, (unsigned long long)soak.reloads,
           heap_growth, rss_growth, secs);
    return 0;
}
