/* soak.c - months on the wall in minutes: the headless kiosk on a simulated
 * clock, with opening hours, visitors from gentle to abusive, and a curator
 * publishing good and broken content, checked after every event.
 *
 *     build/soak [--days N] [--seed S] [--size WxH] [--start TIME]
 *                [--reload FILE] [--progress]
 *
 * Defaults: 100 days, a fixed seed, a 400x225 panel (small: drawing is
 * the cost), TIME = SOAK_START (local time in SOAK_TZ, which the soak
 * sets for itself), FILE = tests/content/good/three-slides.ini (run it
 * from the top folder, as make does). `make soak` runs 100 days,
 * `make test` 10.
 *
 * The kiosk is the real one: this file is linked with every object of
 * build/obj but main.o, starts the kiosk with kiosk_start on a content
 * file, feeds events through kiosk_event, reads its simulated wall clock
 * through kiosk_hours_check after every tick and draws through
 * kiosk_draw, in the order the live loop does. Only time is simulated, so
 * 100 days take minutes and every run with the same seed is the same run
 * (a failure names its seed and event).
 *
 * What it checks:
 * - the state machine never leaves its invariants (slide in the deck, a
 *   known state, nothing overdue, the language valid, sm_ms_until_due
 *   agreeing with in_state_ms and the staff time), and each event does
 *   exactly what the README says it does (a small model of sm.c, written
 *   apart from it, below);
 * - opening hours SOAK_HOURS in SOAK_TZ: the soak reads local time its
 *   own way (localtime_r and mktime, not hours.c or wall.c) and stops at
 *   every opening and closing by its reading and by the kiosk's; the
 *   kiosk must agree at every step (open or closed), sleep only while
 *   closed, wake at opening time, stay awake while closed only for
 *   staff_minutes after a staff key, and keep its panel black while
 *   asleep, drawn once; the spring DST change and closed Mondays are
 *   crossed;
 * - the screen shows the machine's slide and language after every draw,
 *   and no crossfade outlives its length;
 * - the kiosk's 64-bit clock equals the sum of the ticks fed in, across
 *   the 32-bit millisecond wrap (2^32 ms = 49.7 days: SDL_GetTicks and
 *   event timestamps wrap there), which 100 days cross twice; a burst of
 *   keys, with its crossfades, is arranged right across each wrap;
 * - hot reload through the file, as a curator publishes about four times
 *   a day (and now and then in the middle of a burst): the content file,
 *   in a temporary directory, is replaced by a good version
 *   (data/content.ini, a shorter variant of it with other slide times,
 *   FILE) or a file of tests/content/bad/, is rewritten in place with a
 *   good version cut before its [end] line (a copy caught half way), or
 *   is deleted. The kiosk's own watch (kiosk_check_content after each
 *   tick, as the live loop calls it; the file looked at once a second of its
 *   clock) must switch to each good version keeping state, language and
 *   slide (and in attract mode the slide's time, where it may), change
 *   nothing at all when the good version is the one on show again, keep
 *   the content on show untouched on each bad one, and log each bad one
 *   exactly once;
 * - memory does not grow: heap in use (mallinfo2) and anonymous resident
 *   memory (/proc/self/statm) at the end of day 1 and at the end differ
 *   by at most GROWTH_LIMIT_BYTES.
 *
 * The kiosk's log (stderr, where the bad versions are logged as errors, as
 * they should be) goes to kiosk.log in the temporary directory, its rate
 * limit on the simulated clock; the soak counts its lines. The directory
 * is removed after a PASS and kept after a FAIL.
 *
 * Drawing: after every key, every slide or state change and every
 * reload, as the live loop presents after each turn; at the end of every
 * crossfade and, now and then, inside one or part way through a slide
 * (the progress bar). Not every simulated millisecond: the live loop
 * draws the progress bar 4x/s, 35 million draws in 100 days that no
 * invariant can see. And in an unattended attract loop (no key for a
 * minute) only one slide change in 26 is drawn: see quiet().
 *
 * The last line of output is one of
 *     soak: PASS days=N events=E keys=K slides=S reloads_good=G
 *           reloads_bad=B opens=O closes=C heap=+B anon_rss=+B seconds=T
 *           (on one line)
 *     soak: FAIL <reason>
 * and the exit status is 0 for PASS, 1 for FAIL, 2 for bad usage.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app/content_source.h"
#include "app/headless.h"
#include "app/kiosk.h"
#include "app/wall.h"
#include "core/hours.h"
#include "core/sm.h"
#include "platform/board.h"
#include "platform/log.h"
#include "platform/platform.h"
#include "../tools/xorshift.h"

#define DAY_MS (24ull * 60 * 60 * 1000)
#define WRAP_MS (1ull << 32) /* where a 32-bit millisecond clock wraps */
#define WRAP_STORM_MS 3000u  /* a burst of keys starts this long before it */

/* Growth allowed between the end of day 1 and the end, for heap in use
 * (mallinfo2) and for anonymous RSS (statm: resident - shared). Why 64 KiB:
 * after day 1 every allocation the kiosk makes is transient (a crossfade's
 * two frames, SDL_ttf's text surfaces, a FILE while a content file is
 * read) and freed before the next slide, so the steady state should not
 * move at all; what may move is allocator noise of a few pages (SDL_ttf's
 * glyph caches swap glyphs of other sizes, malloc keeps a top chunk below
 * its trim threshold). A leak cannot hide under it: 100 days take tens of
 * thousands of keys, hundreds of thousands of slide changes and hundreds
 * of reloads, so even a few bytes lost per slide change or a file buffer
 * lost per reload would show. Anonymous, not all of RSS: RSS also counts
 * library code paged in when a path first runs (a rare error message):
 * 64 KiB at once, and no leak. */
#define GROWTH_LIMIT_BYTES (64u * 1024u)

/* Under AddressSanitizer (built with -fsanitize=address) the figures mean
 * nothing: freed memory waits in its quarantine (up to 256 MiB) and
 * mallinfo2 sees none of its heap. They are printed, not held to the
 * limit; its LeakSanitizer looks for leaks at exit instead. */
#ifdef __SANITIZE_ADDRESS__
#define MEMORY_MEASURED false
#else
#define MEMORY_MEASURED true
#endif

#define TRANSITION_MS 500u /* the default crossfade, so fades are soaked */

/* See quiet(): an attract loop this long without a key is unattended. */
#define QUIET_AFTER_MS 60000u

/* The museum: open 10:00 to 18:00 local time, closed on Mondays, in a
 * zone with summer time. SOAK_HOURS is what the kiosk parses; the soak's
 * own reading (museum_open_at) says the same with the three numbers
 * below it. */
#define SOAK_HOURS "Tue-Sun 10:00-18:00"
#define OPENS_MINUTE (10 * 60)
#define CLOSES_MINUTE (18 * 60)
#define CLOSED_WEEKDAY 1 /* struct tm's tm_wday: Monday */
#define SOAK_TZ "Europe/Madrid"
/* A Tuesday night, closed. Why then: the 10 days of `make test` cross the
 * spring change (Sunday 29 March, a night an hour shorter) and a closed
 * Monday, and both 32-bit wraps fall in opening hours (Wednesday 13 May
 * 17:32 and Thursday 2 July 10:35), so the bursts across them meet an
 * awake kiosk and its crossfades. */
#define SOAK_START "2026-03-24T23:30:00"

/* The curator's files. */
#define GOOD_VERSIONS 3 /* data/content.ini, its variant, --reload FILE */
#define BAD_DIR "tests/content/bad"
#define MAX_BAD_FILES 128
#define PATH_TEXT (LIMIT_SETTING_TEXT + 1) /* as settings_t's content */
/* The variant's fixed slide time, put under its [show] line: not the
 * reading times of data/content.ini (which sets none), so that a switch
 * also changes every slide's time in the attract loop. */
#define VARIANT_SLIDE_LINE "slide_seconds = 7\n"
/* Publishes at least this far apart. Why: a bad version logs at most 34
 * lines (32 errors kept, a count of the rest, "keeping the content on
 * show"), and the log lets a burst of 60 through, refilled at one a
 * second; two minutes apart, every bad version's lines get through whole,
 * so the soak can count them. */
#define PUBLISH_GAP_MS 120000u

/* ------------------------------------------------------------ failure */

static uint64_t events_fed;  /* for messages: which event went wrong */
static uint64_t seed_used;
static const char *kept_dir; /* the temporary directory, kept on FAIL */
static int terminal_stderr = -1; /* stderr before it went to the log */

/* stderr back where it was, so that what comes at exit (a sanitizer's
 * report) is seen, not left in the log. */
static void restore_stderr(void)
{
    if (terminal_stderr < 0) return;
    fflush(stderr);
    dup2(terminal_stderr, STDERR_FILENO);
    close(terminal_stderr);
    terminal_stderr = -1;
}

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* Says what broke and where in simulated time, with the seed to replay it. */
static void fail(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    restore_stderr();
    if (kept_dir)
        printf("soak: the content file and the kiosk's log (kiosk.log) are kept "
               "in %s\n", kept_dir);
    printf("soak: FAIL event %llu (seed %llu): %s\n",
           (unsigned long long)events_fed, (unsigned long long)seed_used, msg);
    fflush(stdout);
    exit(1);
}

static uint64_t earliest(uint64_t a, uint64_t b) { return a < b ? a : b; }

/* --------------------------------------------------------------- PRNG */

/* tests/tools/xorshift.h: the same sequence on every machine. */
static uint64_t rng_state;

static uint64_t rng_next(void) { return xorshift_next(&rng_state); }

/* Uniform in [lo, hi] (the tiny modulo bias does not matter here). */
static uint64_t rng_range(uint64_t lo, uint64_t hi)
{
    return lo + rng_next() % (hi - lo + 1);
}

/* True with probability percent/100. */
static bool rng_chance(unsigned percent) { return rng_next() % 100 < percent; }

/* ------------------------------------------------------------ visitors */

/* What the people in front of the kiosk are doing. While the museum is
 * open the mix gives an open day some hundreds of keys, most of them in a
 * burst or a storm every day or two: enough abuse to matter, few enough
 * for 100 days in a few minutes (a key that changes the slide composes it
 * anew and starts a crossfade, the costly part of the soak). While it is
 * closed, nobody, or now and then someone of the staff. */
typedef enum {
    PHASE_IDLE,        /* nobody: the attract loop alone, minutes to hours */
    PHASE_BROWSING,    /* a reader: a key every few seconds, some walk away */
    PHASE_BURST,       /* a child on the keys: hundreds, milliseconds apart */
    PHASE_L_STORM,     /* L hammered */
    PHASE_SPACE_STORM, /* Space hammered */
    PHASE_MIXED_STORM, /* L and Space together */
    PHASE_STAFF,       /* closed: a few keys, seconds to minutes apart */
    PHASE_COUNT
} phase_t;

static const char *const phase_names[PHASE_COUNT] = {
    "idle", "browsing", "burst", "L storm", "Space storm", "L+Space storm",
    "staff"};

typedef struct {
    phase_t phase;
    uint64_t phase_end_ms; /* the phase ends here (or when its keys run out) */
    uint32_t keys_left;    /* storms and bursts: keys still to press */
    uint64_t next_key_ms;  /* UINT64_MAX: no key in this phase */
    uint64_t phases[PHASE_COUNT]; /* how many of each, for the summary */
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
 * the kiosk times out under them; staff sometimes past the staff time
 * (5 min), so the kiosk falls asleep and the next key wakes it again. */
static uint64_t key_gap(phase_t p)
{
    switch (p) {
    case PHASE_IDLE:
    case PHASE_COUNT: return UINT64_MAX;
    case PHASE_BROWSING:
        if (rng_chance(3)) return rng_range(60000, 400000);
        return rng_range(1500, 40000);
    case PHASE_BURST: return rng_range(0, 40); /* 0: two keys in one ms */
    case PHASE_L_STORM:
    case PHASE_SPACE_STORM:
    case PHASE_MIXED_STORM: return rng_range(0, 80);
    case PHASE_STAFF:
        if (rng_chance(30)) return rng_range(60000, 600000);
        return rng_range(2000, 30000);
    }
    return UINT64_MAX;
}

static sm_event_kind_t phase_key(phase_t p)
{
    switch (p) {
    case PHASE_BROWSING:
    case PHASE_STAFF: return reader_key();
    case PHASE_BURST: return any_key();
    case PHASE_L_STORM: return SM_EV_LANG;
    case PHASE_SPACE_STORM: return SM_EV_PAUSE;
    case PHASE_MIXED_STORM: return rng_chance(50) ? SM_EV_LANG : SM_EV_PAUSE;
    case PHASE_IDLE:
    case PHASE_COUNT: break;
    }
    return SM_EV_TICK; /* not reached: idle presses nothing */
}

/* How many keys a phase presses; UINT32_MAX: as many as its time allows. */
static uint32_t phase_keys(phase_t p)
{
    switch (p) {
    case PHASE_BURST: return (uint32_t)rng_range(100, 600);
    case PHASE_L_STORM:
    case PHASE_SPACE_STORM:
    case PHASE_MIXED_STORM: return (uint32_t)rng_range(50, 400);
    case PHASE_STAFF: return (uint32_t)rng_range(1, 20);
    case PHASE_IDLE:
    case PHASE_BROWSING:
    case PHASE_COUNT: break;
    }
    return UINT32_MAX;
}

/* Nobody: open, for a minute to an hour (a museum's quiet spell);
 * closed, up to five hours (the night, in a few spells, now and then the
 * staff in between). */
static uint64_t idle_length(bool open)
{
    return rng_range(60000, (open ? 1 : 5) * 3600000ull);
}

static void visitor_begin(visitor_t *v, phase_t p, uint64_t now, bool open)
{
    v->phase = p;
    v->phases[p]++;
    v->keys_left = phase_keys(p);
    if (p == PHASE_IDLE) v->phase_end_ms = now + idle_length(open);
    else if (p == PHASE_BROWSING) v->phase_end_ms = now + rng_range(60000, 15 * 60000ull);
    else v->phase_end_ms = UINT64_MAX; /* until its keys run out */
    uint64_t gap = key_gap(p);
    v->next_key_ms = gap == UINT64_MAX ? UINT64_MAX : now + gap;
}

/* The next phase, by weight: open, mostly nobody or a reader, now and then
 * a burst or a storm; closed, nobody or the staff. (A phase under way
 * when the museum opens or closes goes on: visitors at closing time.) */
static void visitor_next_phase(visitor_t *v, uint64_t now, bool open)
{
    unsigned r = (unsigned)rng_range(0, 99);
    phase_t p = !open    ? (r < 75 ? PHASE_IDLE : PHASE_STAFF)
                : r < 60 ? PHASE_IDLE
                : r < 92 ? PHASE_BROWSING
                : r < 95 ? PHASE_BURST
                : r < 97 ? PHASE_L_STORM
                : r < 99 ? PHASE_SPACE_STORM
                         : PHASE_MIXED_STORM;
    visitor_begin(v, p, now, open);
}

/* When the visitor does something next: a key, or the end of the phase. */
static uint64_t visitor_due(const visitor_t *v)
{
    return earliest(v->next_key_ms, v->phase_end_ms);
}

/* At `now` (== visitor_due): the key pressed, or SM_EV_TICK when the phase
 * merely changed. */
static sm_event_kind_t visitor_act(visitor_t *v, uint64_t now, bool open)
{
    if (v->next_key_ms <= now && v->keys_left > 0) {
        sm_event_kind_t key = phase_key(v->phase);
        if (v->keys_left != UINT32_MAX) v->keys_left--;
        uint64_t gap = key_gap(v->phase);
        v->next_key_ms = v->keys_left == 0 ? UINT64_MAX : now + gap;
        if (v->keys_left == 0) v->phase_end_ms = now;
        return key;
    }
    visitor_next_phase(v, now, open);
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
    bool closed;            /* the machine was told the museum closed */
    uint64_t staff_idle_ms; /* closed and awake: time since the last key */
} model_t;

static model_t model_of(const sm_t *sm)
{
    return (model_t){sm->state, sm->resume_to, sm->slide, sm->lang,
                     sm->in_state_ms, sm->closed, sm->staff_idle_ms};
}

/* The first slide in the default language, its time from zero: where the
 * machine starts again on its own (a timeout, the loop, sleep, opening). */
static void model_restart(model_t *m, const sm_t *sm, sm_state_t state)
{
    m->state = state;
    m->slide = 0;
    m->lang = sm->config.default_lang;
    m->in_state_ms = 0;
}

static void model_to_attract(model_t *m, const sm_t *sm)
{
    model_restart(m, sm, SM_ATTRACT);
}

static void model_sleep(model_t *m, const sm_t *sm)
{
    model_restart(m, sm, SM_SLEEP);
    m->closed = true;
    m->staff_idle_ms = 0;
}

/* Time in ATTRACT, one slide at a time (sm.c skips whole loops first; a
 * tick here is at most a stall of minutes, so walking is cheap). */
static void model_attract_tick(model_t *m, const sm_t *sm, uint64_t elapsed)
{
    uint64_t t = m->in_state_ms + elapsed;
    while (t >= sm->deck->slides[m->slide].duration_ms[m->lang]) {
        t -= sm->deck->slides[m->slide].duration_ms[m->lang];
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
    case SM_SLEEP: m->in_state_ms += elapsed; break; /* nothing advances */
    default: fail("the model has no state %d", (int)m->state); /* see check_machine */
    }
}

/* A key. Asleep, it wakes the kiosk for staff: browse on the first slide
 * (the key only wakes it). Awake, a move leads to BROWSE, Space pauses or
 * resumes, L switches the language; each starts the state's time again. */
static void model_key(model_t *m, const sm_t *sm, sm_event_kind_t key)
{
    uint32_t last = sm->deck->count - 1;
    if (m->state == SM_SLEEP) {
        if (sm->config.staff_wake_ms) {
            m->state = SM_BROWSE;
            m->slide = 0;
            m->in_state_ms = 0;
        }
        return;
    }
    switch (key) {
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
    default: fail("the model knows no key %d", (int)key);
    }
    m->state = SM_BROWSE; /* the four moves */
    m->in_state_ms = 0;
}

/* Awake while closed (a staff wake): staff_minutes after the last key it
 * sleeps again, whatever state it is in by then. */
static void model_staff_time(model_t *m, const sm_t *sm, sm_event_t ev)
{
    if (ev.kind == SM_EV_TICK) m->staff_idle_ms += ev.elapsed_ms;
    else if (ev.kind != SM_EV_OPEN && ev.kind != SM_EV_CLOSE) m->staff_idle_ms = 0;
    if (m->staff_idle_ms >= sm->config.staff_wake_ms) model_sleep(m, sm);
}

/* Closing time sleeps from any state; opening time wakes a sleeping
 * kiosk to the attract loop and leaves one awake for staff as it is. */
static void model_event(model_t *m, const sm_t *sm, sm_event_t ev)
{
    switch (ev.kind) {
    case SM_EV_TICK: model_tick(m, sm, ev.elapsed_ms); break;
    case SM_EV_CLOSE:
        if (m->state != SM_SLEEP) model_sleep(m, sm);
        break;
    case SM_EV_OPEN:
        m->closed = false;
        if (m->state == SM_SLEEP) model_to_attract(m, sm);
        break;
    case SM_EV_NEXT:
    case SM_EV_PREV:
    case SM_EV_FIRST:
    case SM_EV_LAST:
    case SM_EV_PAUSE:
    case SM_EV_LANG: model_key(m, sm, ev.kind); break;
    default: fail("the model knows no event %d", (int)ev.kind);
    }
    if (m->closed && m->state != SM_SLEEP) model_staff_time(m, sm, ev);
}

/* ------------------------------------------------- the museum's hours */

/* The opening hours read the soak's own way, apart from hours.c and
 * wall.c: local time from localtime_r, and the next opening or closing
 * placed on the calendar with mktime, not counted in minutes. */
typedef struct {
    int64_t start_ms;       /* the wall clock (ms since 1970) at clock 0 */
    bool open;              /* open by local time, at the last look */
    int64_t next_change_ms; /* wall: the next opening or closing */
    int isdst;              /* summer time at the last look */
    int64_t last_open_ms;   /* wall: the last opening; 0: none yet */
    int64_t gap_min_ms, gap_max_ms; /* between consecutive openings */
    uint64_t dst_gaps;      /* of them, not whole days: a DST night */
    uint64_t opens, closes, dst_changes, staff_wakes, staff_sleeps;
} museum_t;

static struct tm local_time(int64_t wall_ms)
{
    time_t t = (time_t)(wall_ms / 1000);
    struct tm tm;
    if (!localtime_r(&t, &tm)) fail("localtime_r cannot convert %lld", (long long)t);
    return tm;
}

/* For messages: "Sun 2026-03-29 10:00:00 CEST". */
typedef struct {
    char text[48];
} wall_text_t;

static wall_text_t wall_text(int64_t wall_ms)
{
    wall_text_t w = {""};
    struct tm tm = local_time(wall_ms);
    strftime(w.text, sizeof w.text, "%a %Y-%m-%d %H:%M:%S %Z", &tm);
    return w;
}

static bool museum_open_at(const struct tm *local)
{
    int minute = local->tm_hour * 60 + local->tm_min;
    return local->tm_wday != CLOSED_WEEKDAY && minute >= OPENS_MINUTE &&
           minute < CLOSES_MINUTE;
}

/* The wall time of `minute` local time, `days` after the day of `day`,
 * and that day's weekday (mktime works both out, summer time included). */
static int64_t local_day_at(const struct tm *day, int days, int minute, int *weekday)
{
    struct tm t = {0};
    t.tm_year = day->tm_year;
    t.tm_mon = day->tm_mon;
    t.tm_mday = day->tm_mday + days; /* mktime carries it into the month */
    t.tm_hour = minute / 60;
    t.tm_min = minute % 60;
    t.tm_isdst = -1; /* summer time as it is on that day */
    time_t when = mktime(&t);
    if (when == (time_t)-1) fail("mktime cannot place %d days on at minute %d", days, minute);
    *weekday = t.tm_wday;
    return (int64_t)when * 1000;
}

/* The first opening or closing after wall_ms: the museum's two times on
 * each day from today, skipping the closed day. */
static int64_t museum_next_change(int64_t wall_ms)
{
    struct tm today = local_time(wall_ms);
    static const int minutes[2] = {OPENS_MINUTE, CLOSES_MINUTE};
    for (int days = 0; days <= 8; days++) {
        for (int i = 0; i < 2; i++) {
            int weekday;
            int64_t when = local_day_at(&today, days, minutes[i], &weekday);
            if (weekday != CLOSED_WEEKDAY && when > wall_ms) return when;
        }
    }
    fail("no opening or closing within a week of %s", wall_text(wall_ms).text);
}

static void museum_start(museum_t *mu, int64_t start_ms)
{
    struct tm local = local_time(start_ms);
    *mu = (museum_t){.start_ms = start_ms,
                     .open = museum_open_at(&local),
                     .next_change_ms = museum_next_change(start_ms),
                     .isdst = local.tm_isdst,
                     .gap_min_ms = INT64_MAX};
}

/* Counts an opening or a closing, and how far apart openings are: 24 h,
 * 48 h over a closed Monday, 23 h or 25 h over a DST change (the same
 * minute on the wall clock). */
static void museum_changed(museum_t *mu, int64_t wall_ms, bool open)
{
    mu->open = open;
    if (!open) {
        mu->closes++;
        return;
    }
    mu->opens++;
    if (mu->last_open_ms) {
        int64_t gap = wall_ms - mu->last_open_ms;
        if (gap < mu->gap_min_ms) mu->gap_min_ms = gap;
        if (gap > mu->gap_max_ms) mu->gap_max_ms = gap;
        mu->dst_gaps += gap % (int64_t)DAY_MS != 0;
    }
    mu->last_open_ms = wall_ms;
}

/* Sets the zone for the whole run: the kiosk and the soak read local time
 * through the C library, which reads TZ. */
static void use_time_zone(void)
{
    setenv("TZ", SOAK_TZ, 1);
    tzset();
    /* The C library takes a zone it cannot find as UTC, silently: a zone
     * without summer time means its file is missing. */
    int64_t winter, summer;
    if (!wall_parse_local("2026-01-15T12:00:00", &winter) ||
        !wall_parse_local("2026-07-15T12:00:00", &summer))
        fail("cannot read local times in %s", SOAK_TZ);
    if (local_time(winter).tm_isdst == local_time(summer).tm_isdst)
        fail("time zone %s has no summer time here: is tzdata installed?", SOAK_TZ);
}

/* --------------------------------------------------------- invariants */

static const char *event_name(sm_event_kind_t kind)
{
    static const char *const names[] = {"tick", "next", "prev", "first", "last",
                                        "pause", "lang", "close", "open"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "event";
}

/* How long the state may last before it changes by itself; UINT64_MAX:
 * until an event comes. */
static uint64_t state_limit(const kiosk_t *k)
{
    const sm_t *sm = &k->sm;
    switch (sm->state) {
    case SM_ATTRACT: return k->deck.slides[sm->slide].duration_ms[sm->lang];
    case SM_BROWSE: return sm->config.idle_timeout_ms;
    case SM_PAUSED:
        return sm->config.pause_timeout_ms ? sm->config.pause_timeout_ms : UINT64_MAX;
    case SM_SLEEP: return UINT64_MAX; /* only a key or the wall clock wakes it */
    }
    /* A state the soak does not know: garbage, or one added to sm.h since
     * (give it its limit here and its transitions in the model). */
    fail("state %d is none the soak knows", (int)sm->state);
}

/* Awake while the museum is closed: the staff time runs out too, and
 * whichever comes first is what the machine has due. */
static uint64_t with_staff_time(const sm_t *sm, uint64_t state_due)
{
    if (sm->staff_idle_ms >= sm->config.staff_wake_ms)
        fail("awake for staff %llu ms after the last key, past the staff time of "
             "%llu ms", (unsigned long long)sm->staff_idle_ms,
             (unsigned long long)sm->config.staff_wake_ms);
    return earliest(state_due, sm->config.staff_wake_ms - sm->staff_idle_ms);
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
    if (sm->state == SM_SLEEP && !sm->closed)
        fail("asleep, but the machine was told the museum is open");
    uint64_t limit = state_limit(k), due = sm_ms_until_due(sm);
    if (limit != UINT64_MAX && sm->in_state_ms >= limit)
        fail("%s for %llu ms, past its limit of %llu ms", sm_state_name(sm->state),
             (unsigned long long)sm->in_state_ms, (unsigned long long)limit);
    uint64_t want_due = limit == UINT64_MAX ? UINT64_MAX : limit - sm->in_state_ms;
    if (sm->closed && sm->state != SM_SLEEP) want_due = with_staff_time(sm, want_due);
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
    bool staff = got.closed && got.state != SM_SLEEP; /* staff time counts */
    bool same = got.state == want->state && got.slide == want->slide &&
                got.lang == want->lang && got.in_state_ms == want->in_state_ms &&
                (got.state != SM_PAUSED || got.resume_to == want->resume_to) &&
                got.closed == want->closed &&
                (!staff || got.staff_idle_ms == want->staff_idle_ms);
    if (!same)
        fail("after %s (%llu ms): %s%s slide %u %s %llu ms (staff %llu ms), but "
             "the README says %s%s slide %u %s %llu ms (staff %llu ms)",
             event_name(ev.kind), (unsigned long long)ev.elapsed_ms,
             got.closed ? "closed, " : "", sm_state_name(got.state),
             got.slide + 1, lang_code(got.lang),
             (unsigned long long)got.in_state_ms,
             (unsigned long long)got.staff_idle_ms,
             want->closed ? "closed, " : "", sm_state_name(want->state),
             want->slide + 1, lang_code(want->lang),
             (unsigned long long)want->in_state_ms,
             (unsigned long long)want->staff_idle_ms);
}

/* The content on show and its deck when the last version was published:
 * a bad version must leave both as they were. */
static content_t content_before;
static deck_t deck_before;

/* ATTRACT after a switch: the slide's time runs on where the slide that
 * showed is in the new show (found by what it is) and shows, and its new
 * time is not over yet; otherwise it starts again. */
static bool slide_time_runs_on(const kiosk_t *k, const model_t *before)
{
    char key[LIMIT_SHORT_TEXT * 4];
    deck_slide_key(&deck_before, &content_before, before->slide, key, sizeof key);
    uint32_t same = deck_find_key(&k->deck, &k->content, key);
    return same != UINT32_MAX && same == k->sm.slide &&
           before->in_state_ms < k->deck.slides[same].duration_ms[k->sm.lang];
}

/* Hot reload of a good version (README, "Publishing new content"): the
 * switch keeps the state, the language and (where the slide still exists)
 * the slide; the title slide exists in every show. ATTRACT keeps the
 * slide's time where it may (slide_time_runs_on); the other states keep
 * their time, and a staff wake its staff time. `before`: the machine as
 * the tick alone left it. */
static void check_switch(const kiosk_t *k, const model_t *before)
{
    model_t got = model_of(&k->sm);
    uint64_t want_ms = got.state == SM_ATTRACT && !slide_time_runs_on(k, before)
                           ? 0 : before->in_state_ms;
    if (got.state != before->state || got.lang != before->lang ||
        (before->slide == 0 && got.slide != 0) || got.in_state_ms != want_ms ||
        got.closed != before->closed || got.staff_idle_ms != before->staff_idle_ms)
        fail("reload turned %s slide %u %s %llu ms into %s slide %u %s %llu ms",
             sm_state_name(before->state), before->slide + 1, lang_code(before->lang),
             (unsigned long long)before->in_state_ms, sm_state_name(got.state),
             got.slide + 1, lang_code(got.lang), (unsigned long long)got.in_state_ms);
}

/* ---------------------------------------------------------- the files */

/* How a curator's publish reaches the kiosk's content file. */
typedef enum {
    PUBLISH_GOOD,      /* a valid version, written beside it, renamed over it */
    PUBLISH_BAD,       /* a file of tests/content/bad/, renamed over it */
    PUBLISH_TRUNCATED, /* a valid version cut before its [end] line and
                        * written in place: a copy caught half way */
    PUBLISH_DELETED,   /* the file removed */
    PUBLISH_KINDS
} publish_kind_t;

static const char *const publish_names[PUBLISH_KINDS] = {
    "good version", "file of " BAD_DIR, "truncated copy", "deleted file"};

typedef struct {
    char dir[PATH_TEXT];  /* the temporary directory */
    char path[PATH_TEXT]; /* the content file the kiosk watches */
    char tmp[PATH_TEXT];  /* a new version is written here, then renamed */
    char log[PATH_TEXT];  /* the kiosk's stderr */
    char bad[MAX_BAD_FILES][PATH_TEXT]; /* BAD_DIR's *.ini, sorted */
    uint32_t bad_count, next_bad;
    uint32_t on_show;      /* the good version the kiosk shows */
    bool exists;           /* the file is there (deleting it again would be
                            * no new version for the kiosk to find) */
    bool pending;          /* published, not yet found by the kiosk */
    publish_kind_t pending_kind;
    uint32_t pending_version; /* good and truncated: which good version */
    uint64_t last_ms;      /* when the last version was published */
    uint64_t next_ms;      /* when the curator publishes next */
    uint64_t count[PUBLISH_KINDS];
} curator_t;

/* A good version: its text, where its [end] line starts (a truncated copy
 * is cut before it), and its content as the loader reads it, to compare
 * with what the kiosk shows. Static: content_t is large. */
typedef struct {
    const char *name;
    char text[LIMIT_FILE_BYTES + 1];
    size_t size, end_line;
    content_t content;
} good_version_t;

static good_version_t goods[GOOD_VERSIONS];
static char bad_text[LIMIT_FILE_BYTES + 1]; /* a bad file on its way */

/* Fails unless snprintf's output fitted. */
static void format_path(char *out, size_t cap, const char *dir, const char *name)
{
    int n = snprintf(out, cap, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= cap) fail("path %s/%s is too long", dir, name);
}

/* Reads a whole file with read(2): nothing allocated, so file reading
 * during the days cannot show up as memory growth of the soak's own. */
static size_t read_file(const char *path, char *buf, size_t cap)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) fail("cannot open %s: %s", path, strerror(errno));
    size_t n = 0;
    ssize_t got;
    while (n < cap && (got = read(fd, buf + n, cap - n)) != 0) {
        if (got < 0) fail("cannot read %s: %s", path, strerror(errno));
        n += (size_t)got;
    }
    close(fd);
    if (n == cap) fail("%s is larger than a content file may be", path);
    return n;
}

/* Writes a whole file, time-stamped with the simulated wall clock. Why:
 * versions published hours apart on the wall are then hours apart in
 * their time stamps too, as on a real wall, so the kiosk's watch (size,
 * time, inode) tells each from the last even when the soak writes two
 * within one tick of the real clock and the file system hands a freed
 * inode out again. */
static void write_file(const char *path, const char *text, size_t n, int64_t wall_ms)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) fail("cannot write %s: %s", path, strerror(errno));
    for (size_t done = 0; done < n;) {
        ssize_t put = write(fd, text + done, n - done);
        if (put <= 0) fail("cannot write %s: %s", path, strerror(errno));
        done += (size_t)put;
    }
    struct timespec stamp = {(time_t)(wall_ms / 1000), (long)(wall_ms % 1000) * 1000000L};
    struct timespec times[2] = {stamp, stamp}; /* access, modification */
    if (futimens(fd, times) != 0 || close(fd) != 0)
        fail("cannot finish %s: %s", path, strerror(errno));
}

/* The length of the line at `at` with its newline. */
static size_t line_length(const char *text, size_t size, size_t at)
{
    const char *nl = memchr(text + at, '\n', size - at);
    return nl ? (size_t)(nl - (text + at)) + 1 : size - at;
}

static bool line_starts(const char *line, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    return len >= n && memcmp(line, prefix, n) == 0;
}

/* Where the [end] line starts: a copy cut anywhere before it is one the
 * kiosk must refuse (README: the [end] line tells a finished file). */
static size_t end_line_of(const good_version_t *g)
{
    for (size_t at = 0; at < g->size; at += line_length(g->text, g->size, at))
        if (line_starts(g->text + at, g->size - at, "[end]")) return at;
    fail("%s has no [end] line", g->name);
}

/* Is this line the start of a record the variant leaves out? Every other
 * event and every other ambassador. */
static bool left_out(const char *line, size_t len, unsigned *events, unsigned *ambassadors)
{
    if (line_starts(line, len, "[event]")) return (*events)++ % 2 == 1;
    if (line_starts(line, len, "[ambassador]")) return (*ambassadors)++ % 2 == 1;
    return false;
}

/* The second good version, made from data/content.ini as it is (so it
 * follows every edit of the show): every other event and ambassador left
 * out, 14 slides instead of 25, and every slide 7 s instead of 10: a
 * publish that removes slides a visitor may be on and changes every
 * slide's time. */
static void make_variant(const good_version_t *from, good_version_t *to)
{
    unsigned events = 0, ambassadors = 0;
    bool skip = false;
    to->size = 0;
    for (size_t at = 0, len; at < from->size; at += len) {
        const char *line = from->text + at;
        len = line_length(from->text, from->size, at);
        if (line[0] == '[') skip = left_out(line, len, &events, &ambassadors);
        if (skip) continue;
        if (to->size + len > LIMIT_FILE_BYTES) fail("the variant is too long");
        memcpy(to->text + to->size, line, len);
        to->size += len;
        if (!line_starts(line, len, "[show]")) continue;
        size_t add = strlen(VARIANT_SLIDE_LINE);
        if (to->size + add > LIMIT_FILE_BYTES) fail("the variant is too long");
        memcpy(to->text + to->size, VARIANT_SLIDE_LINE, add);
        to->size += add;
    }
}

static int compare_names(const void *a, const void *b) { return strcmp(a, b); }

/* BAD_DIR's *.ini, sorted: the same order on every file system. */
static void list_bad_files(curator_t *c)
{
    DIR *d = opendir(BAD_DIR);
    if (!d) fail("cannot list %s: %s (run from the top folder)", BAD_DIR, strerror(errno));
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 4, ".ini") != 0) continue;
        if (c->bad_count == MAX_BAD_FILES) fail("more than %d files in %s", MAX_BAD_FILES, BAD_DIR);
        format_path(c->bad[c->bad_count++], PATH_TEXT, BAD_DIR, e->d_name);
    }
    closedir(d);
    if (c->bad_count == 0) fail("no *.ini in %s", BAD_DIR);
    qsort(c->bad, c->bad_count, sizeof c->bad[0], compare_names);
}

/* The temporary directory, and the kiosk's stderr in it: the bad versions
 * are logged there as errors, as they should be, without filling the
 * terminal; the soak counts them at the end. */
static void make_directory(curator_t *c)
{
    const char *tmp = getenv("TMPDIR");
    format_path(c->dir, sizeof c->dir, tmp && *tmp ? tmp : "/tmp", "kiosk-soak-XXXXXX");
    if (!mkdtemp(c->dir)) fail("cannot make %s: %s", c->dir, strerror(errno));
    kept_dir = c->dir;
    format_path(c->path, sizeof c->path, c->dir, "content.ini");
    /* The temporary name the README's publishing recipe uses. */
    format_path(c->tmp, sizeof c->tmp, c->dir, ".content.ini.tmp");
    format_path(c->log, sizeof c->log, c->dir, "kiosk.log");
    terminal_stderr = dup(STDERR_FILENO);
    if (!freopen(c->log, "w", stderr)) fail("cannot write %s", c->log);
    setvbuf(stderr, NULL, _IONBF, 0); /* as stderr always is: a crash loses nothing */
}

/* The good versions' texts, and the bad files' names. */
static void curator_prepare(curator_t *c, const char *reload_file)
{
    make_directory(c);
    const char *names[GOOD_VERSIONS] = {"data/content.ini",
                                        "data/content.ini's variant", reload_file};
    for (uint32_t v = 0; v < GOOD_VERSIONS; v++) {
        goods[v].name = names[v];
        if (v == 1) make_variant(&goods[0], &goods[1]);
        else goods[v].size = read_file(names[v], goods[v].text, sizeof goods[v].text);
        goods[v].end_line = end_line_of(&goods[v]);
    }
    list_bad_files(c);
}

/* Every good version must load, as the kiosk would load it (needs the
 * fonts: the loader checks every character has a glyph). The file left
 * behind is version 0, the one the kiosk starts with. */
static void curator_check_goods(curator_t *c, int64_t wall_ms)
{
    static content_report_t report;
    for (int v = GOOD_VERSIONS - 1; v >= 0; v--) {
        write_file(c->path, goods[v].text, goods[v].size, wall_ms);
        if (content_source_file(c->path, &goods[v].content, &report)) continue;
        content_source_print(stdout, goods[v].name, &report);
        fail("good version %d (%s) does not load", v, goods[v].name);
    }
    c->exists = true;
}

/* After a PASS: nothing left behind. */
static void curator_clean_up(curator_t *c)
{
    restore_stderr();
    unlink(c->path);
    unlink(c->tmp);
    unlink(c->log);
    rmdir(c->dir);
    kept_dir = NULL;
}

/* ---------------------------------------------------------- the kiosk */

typedef struct {
    kiosk_t kiosk;
    board_t board;
    museum_t museum;
    curator_t curator;
    uint64_t clock_ms;        /* the simulated clock: the sum of every tick */
    uint64_t last_key_ms;     /* when the last key came */
    bool panel_dark;          /* the panel was drawn dark and is asleep */
    uint64_t keys, ticks, draws, slide_changes, quiet_changes;
} soak_t;

static soak_t soak; /* static, like the kiosk's own: it is large */

static int64_t wall_now(const soak_t *s)
{
    return s->museum.start_ms + (int64_t)s->clock_ms;
}

/* The log's rate limit runs on the simulated clock, as it would on a wall
 * for 100 days: on the real one, the soak's 100 days in minutes would
 * exceed 60 lines a minute and lines would be dropped, and the soak could
 * not count the bad versions' lines. */
static uint64_t simulated_ms(void) { return soak.clock_ms; }

/* Draws as the live loop presents: what changed, flushed to the panel. */
static void draw(soak_t *s);

/* The content file, the default settings (language, timeouts, staff
 * time), the museum's hours, a 500 ms crossfade: the kiosk as a wall runs
 * it, on a wall clock that reads start_ms when the kiosk starts. */
static void start_kiosk(soak_t *s, int64_t start_ms)
{
    static settings_t settings;
    char err[128];
    settings_defaults(&settings);
    settings.transition_ms = TRANSITION_MS;
    snprintf(settings.content, sizeof settings.content, "%s", s->curator.path);
    if (!hours_parse(SOAK_HOURS, &settings.hours, err, sizeof err))
        fail("hours \"%s\": %s", SOAK_HOURS, err);
    if (!kiosk_start(&s->kiosk, &settings)) fail("kiosk_start failed");
    if (memcmp(&s->kiosk.content, &goods[0].content, sizeof goods[0].content) != 0)
        fail("the kiosk did not start with %s", s->curator.path);
    /* As run_live.c: asleep at once if the museum is closed now. */
    kiosk_hours_start(&s->kiosk, true, start_ms);
    museum_start(&s->museum, start_ms);
}

/* Asleep: the panel is black (closed_notice is off), drawn once when the
 * kiosk fell asleep (or whole again after a switch of content) and not
 * again: a sleeping kiosk draws nothing. */
static void check_dark(soak_t *s, int dirty_count)
{
    const fb_t *fb = &s->board.fb;
    if (!s->kiosk.screen.asleep) fail("asleep, and the screen does not know it");
    if (dirty_count == 0) {
        if (!s->panel_dark) fail("fell asleep, and the panel was not drawn");
        return;
    }
    if (s->panel_dark) fail("asleep, and the panel was drawn again");
    for (int y = 0; y < fb->h; y++) {
        const uint32_t *row = fb_row(fb, y);
        for (int x = 0; x < fb->w; x++)
            if (row[x] & 0xFFFFFFu) fail("asleep, and pixel %d,%d is not black", x, y);
    }
    s->panel_dark = true;
}

/* After a draw: the panel shows what the machine says, and a crossfade
 * never lasts longer than its length (a clock truncated to 32 bits would
 * leave one running for 49 days). */
static void check_screen(soak_t *s, int dirty_count, fb_rect_t dirty)
{
    const kiosk_t *k = &s->kiosk;
    const board_t *b = &s->board;
    const screen_t *scr = &k->screen;
    if (k->sm.state == SM_SLEEP) {
        check_dark(s, dirty_count);
        return;
    }
    s->panel_dark = false;
    if (!scr->composed || scr->slide != k->sm.slide || scr->lang != k->sm.lang)
        fail("the screen holds slide %u (%s), the machine says %u (%s)",
             scr->slide + 1, lang_code(scr->lang), k->sm.slide + 1,
             lang_code(k->sm.lang));
    if (dirty_count &&
        (dirty.x < 0 || dirty.y < 0 || dirty.w < 0 || dirty.h < 0 ||
         dirty.x + dirty.w > b->fb.w || dirty.y + dirty.h > b->fb.h))
        fail("dirty rectangle %d,%d %dx%d outside the %dx%d framebuffer",
             dirty.x, dirty.y, dirty.w, dirty.h, b->fb.w, b->fb.h);
    if (screen_animating(scr)) {
        const crossfade_t *x = &scr->fade;
        if (x->start_ms > k->now_ms || k->now_ms >= x->start_ms + x->duration_ms)
            fail("a crossfade started at %llu ms is still running at %llu ms",
                 (unsigned long long)x->start_ms, (unsigned long long)k->now_ms);
    }
}

static void draw(soak_t *s)
{
    fb_rect_t dirty;
    int n = kiosk_draw(&s->kiosk, &s->board.fb, &dirty);
    if (n) board_flush(&s->board, &dirty, n);
    s->draws++;
    check_screen(s, n, dirty);
}

/* What the hours mean for the machine, after every event: it knows
 * whether the museum is open (SM_EV_OPEN and SM_EV_CLOSE came when local
 * time said), never sleeps while open (opening time woke it), and is
 * awake while closed only for a staff key: its staff time is the time
 * since the last key. */
static void check_museum(const soak_t *s)
{
    const sm_t *sm = &s->kiosk.sm;
    bool open = s->museum.open;
    if (sm->closed == open)
        fail("at %s the museum is %s, the machine thinks it %s",
             wall_text(wall_now(s)).text, open ? "open" : "closed",
             sm->closed ? "closed" : "open");
    if (open && sm->state == SM_SLEEP)
        fail("asleep at %s, in opening hours", wall_text(wall_now(s)).text);
    if (!open && sm->state != SM_SLEEP && sm->staff_idle_ms != s->clock_ms - s->last_key_ms)
        fail("%s at %s, closed, %llu ms after the last key; staff time says %llu ms",
             sm_state_name(sm->state), wall_text(wall_now(s)).text,
             (unsigned long long)(s->clock_ms - s->last_key_ms),
             (unsigned long long)sm->staff_idle_ms);
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

/* Draw after this event? After every key, every change of state and every
 * slide change, as the live loop presents after each turn; in a quiet
 * loop, see quiet(). */
static bool worth_drawing(soak_t *s, sm_event_t ev, bool slide_changed, bool state_changed)
{
    if (ev.kind != SM_EV_TICK || state_changed || !quiet(s)) return true;
    return slide_changed && ++s->quiet_changes % (s->kiosk.deck.count + 1) == 0;
}

/* The kiosk's watch found the version published (the tick that just ran
 * looked at the file). A good one must be on show; a bad one must have
 * changed nothing at all: the machine is as the tick alone left it
 * (`want`), and the content and deck are those of before. */
static void check_publish(soak_t *s, const model_t *want, sm_event_t ev)
{
    curator_t *c = &s->curator;
    const kiosk_t *k = &s->kiosk;
    c->pending = false;
    if (c->pending_kind == PUBLISH_GOOD) {
        const good_version_t *g = &goods[c->pending_version];
        if (memcmp(&k->content, &g->content, sizeof g->content) != 0)
            fail("%s was published and is not on show", g->name);
        /* The very bytes on show, republished: nothing changes at all,
         * the machine is as the tick alone left it. */
        if (c->pending_version == c->on_show) {
            check_model(k, want, ev);
            return;
        }
        c->on_show = c->pending_version;
        check_switch(k, want);
        s->panel_dark = false; /* the switch has the screen drawn whole */
        return;
    }
    if (memcmp(&k->content, &content_before, sizeof content_before) != 0 ||
        memcmp(&k->deck, &deck_before, sizeof deck_before) != 0)
        fail("a %s changed the content on show", publish_names[c->pending_kind]);
    check_model(k, want, ev);
}

/* One event into the kiosk, checked against the model and the invariants.
 * True when the kiosk found a newly published version in it. */
static bool apply(soak_t *s, sm_event_t ev)
{
    kiosk_t *k = &s->kiosk;
    model_t want = model_of(&k->sm);
    model_event(&want, &k->sm, ev);
    sm_state_t state = k->sm.state;
    events_fed++;
    if (ev.kind == SM_EV_TICK) {
        s->clock_ms += ev.elapsed_ms;
        s->ticks++;
    } else {
        s->keys++;
        s->last_key_ms = s->clock_ms;
    }
    /* After each tick the kiosk looks at its content file, once a second
     * of its clock (kiosk_check_content, as the live loop calls it): a
     * version published since is found. */
    bool found = ev.kind == SM_EV_TICK && s->curator.pending &&
                 s->clock_ms >= k->reload.next_check_ms;
    kiosk_event(k, ev);
    if (ev.kind == SM_EV_TICK) kiosk_check_content(k, false);
    if (found) check_publish(s, &want, ev);
    else check_model(k, &want, ev);
    check_machine(k, s->clock_ms);
    /* Closing and opening come through check_hours: here only a key
     * wakes the kiosk, and only its staff time puts it back to sleep. */
    if (state == SM_SLEEP && k->sm.state != SM_SLEEP) s->museum.staff_wakes++;
    if (state != SM_SLEEP && k->sm.state == SM_SLEEP) s->museum.staff_sleeps++;
    return found;
}

/* After every tick, as the live loop does: the kiosk reads its wall clock
 * (kiosk_hours_check) and tells the machine when the museum opened or
 * closed; the soak reads the same moment its own way, expects that event
 * or none, and counts it. */
static void check_hours(soak_t *s)
{
    kiosk_t *k = &s->kiosk;
    museum_t *mu = &s->museum;
    int64_t wall = wall_now(s);
    struct tm local = local_time(wall);
    bool open = museum_open_at(&local);
    model_t want = model_of(&k->sm);
    sm_event_t ev = {open ? SM_EV_OPEN : SM_EV_CLOSE, 0};
    if (open != mu->open) model_event(&want, &k->sm, ev);
    else ev = (sm_event_t){SM_EV_TICK, 0}; /* none: a tick of no time */
    kiosk_hours_check(k);
    if (k->hours.open != open)
        fail("at %s the kiosk says %s, local time says %s", wall_text(wall).text,
             k->hours.open ? "open" : "closed", open ? "open" : "closed");
    check_model(k, &want, ev);
    check_machine(k, s->clock_ms);
    if (kiosk_ms_to_hours_change(k) == 0)
        fail("at %s the kiosk's next opening or closing is not ahead", wall_text(wall).text);
    if (open != mu->open) {
        events_fed++;
        /* At the minute it was due: a stall may have the soak (and the
         * kiosk) see it a few minutes late. */
        museum_changed(mu, mu->next_change_ms, open);
    }
    if (wall >= mu->next_change_ms) mu->next_change_ms = museum_next_change(wall);
    if (local.tm_isdst != mu->isdst) mu->dst_changes++;
    mu->isdst = local.tm_isdst;
}

/* One event, then (after a tick) the wall clock read, as the live loop
 * does; checked, then drawn. */
static void feed(soak_t *s, sm_event_t ev)
{
    kiosk_t *k = &s->kiosk;
    uint32_t slide = k->sm.slide;
    sm_state_t state = k->sm.state;
    bool found = apply(s, ev);
    if (ev.kind == SM_EV_TICK) check_hours(s);
    check_museum(s);
    bool changed = k->sm.slide != slide;
    if (changed) s->slide_changes++;
    if (found || worth_drawing(s, ev, changed, k->sm.state != state)) draw(s);
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
        t = earliest(t, x->start_ms + x->duration_ms);
    }
    return t;
}

/* The next opening or closing, by the soak's reading and by the kiosk's:
 * the soak stops at both, so a kiosk that opens or closes at the wrong
 * moment is caught at that moment. */
static uint64_t hours_due(const soak_t *s)
{
    uint64_t t = s->clock_ms + (uint64_t)(s->museum.next_change_ms - wall_now(s));
    uint64_t kiosk = kiosk_ms_to_hours_change(&s->kiosk);
    return kiosk == UINT64_MAX ? t : earliest(t, s->clock_ms + kiosk);
}

/* When the kiosk next looks at its file: the live loop turns at least
 * twice a second, so it looks on time even asleep. */
static uint64_t poll_due(const soak_t *s)
{
    uint64_t next = s->kiosk.reload.next_check_ms;
    return next > s->clock_ms ? next : s->clock_ms + 1;
}

/* ------------------------------------------------------------ publish */

/* Writes the new version the way the README tells curators to: beside
 * the file, then renamed over it, so the kiosk never sees half of it. */
static void publish_by_rename(soak_t *s, const char *text, size_t size)
{
    curator_t *c = &s->curator;
    write_file(c->tmp, text, size, wall_now(s));
    if (rename(c->tmp, c->path) != 0)
        fail("cannot rename %s to %s: %s", c->tmp, c->path, strerror(errno));
}

/* Puts a version in place of the content file; the kiosk finds it within
 * a second of its clock (see apply). The bad files are taken in turn. */
static void publish(soak_t *s, publish_kind_t kind, uint32_t version)
{
    curator_t *c = &s->curator;
    const good_version_t *g = &goods[version];
    content_before = s->kiosk.content;
    deck_before = s->kiosk.deck;
    if (kind == PUBLISH_GOOD) {
        publish_by_rename(s, g->text, g->size);
    } else if (kind == PUBLISH_BAD) {
        const char *bad = c->bad[c->next_bad++ % c->bad_count];
        publish_by_rename(s, bad_text, read_file(bad, bad_text, sizeof bad_text));
    } else if (kind == PUBLISH_TRUNCATED) {
        write_file(c->path, g->text, (size_t)rng_range(0, g->end_line), wall_now(s));
    } else if (unlink(c->path) != 0) {
        fail("cannot delete %s: %s", c->path, strerror(errno));
    }
    c->exists = kind != PUBLISH_DELETED;
    c->pending = true;
    c->pending_kind = kind;
    c->pending_version = version;
    c->last_ms = s->clock_ms;
    c->count[kind]++;
}

/* Not while the last version is still to be found, nor sooner than
 * PUBLISH_GAP_MS after it (see there). */
static bool can_publish(const soak_t *s)
{
    const curator_t *c = &s->curator;
    return !c->pending && s->clock_ms >= c->last_ms + PUBLISH_GAP_MS;
}

/* What a curator publishes: half the time a good version (any of them,
 * the one on show too: a broken file fixed back), otherwise something
 * broken. */
static void publish_something(soak_t *s)
{
    unsigned r = (unsigned)rng_range(0, 99);
    publish_kind_t kind = r < 50                        ? PUBLISH_GOOD
                          : r < 75                      ? PUBLISH_BAD
                          : r < 90 || !s->curator.exists ? PUBLISH_TRUNCATED
                                                        : PUBLISH_DELETED;
    publish(s, kind, (uint32_t)rng_range(0, GOOD_VERSIONS - 1));
}

/* A curator publishes every 1 to 12 hours: about 4 versions a day, day
 * and night (a publish at night reaches a sleeping kiosk). */
static void curator_turn(soak_t *s)
{
    curator_t *c = &s->curator;
    if (!can_publish(s)) {
        c->next_ms = s->clock_ms + PUBLISH_GAP_MS; /* a little later */
        return;
    }
    publish_something(s);
    c->next_ms = s->clock_ms + rng_range(3600000, 12 * 3600000ull);
}

/* Runs to the end of any crossfade, so that memory is measured without
 * the two frames a fade holds. */
static void settle(soak_t *s)
{
    while (screen_animating(&s->kiosk.screen)) tick_to(s, kiosk_due(s));
}

/* Publishes (once the gap since the last has passed) and runs the clock
 * until the kiosk has found it. */
static void publish_and_wait(soak_t *s, publish_kind_t kind, uint32_t version)
{
    tick_to(s, s->curator.last_ms + PUBLISH_GAP_MS);
    publish(s, kind, version);
    while (s->curator.pending) tick_to(s, poll_due(s));
}

/* Every slide in both languages, through the keys (a sleeping kiosk's
 * first key wakes it on the first slide). */
static void walk_every_slide(soak_t *s)
{
    for (int lang = 0; lang < LANG_COUNT; lang++) {
        feed(s, (sm_event_t){SM_EV_FIRST, 0});
        for (uint32_t i = 1; i < s->kiosk.deck.count; i++)
            feed(s, (sm_event_t){SM_EV_NEXT, 0});
        feed(s, (sm_event_t){SM_EV_LANG, 0});
    }
}

/* Before the first day: every good version walked through in both
 * languages, which opens every font size the layouts use at this panel
 * size (the font cache and SDL_ttf's glyph caches grow until then, by
 * design), and each kind of bad version once, which runs the paths of a
 * refused file (its error lines); then data/content.ini again. So the
 * day-1 baseline is the steady state and growth after it means a leak.
 * At night, as an installer would: staff keys wake the kiosk. */
static void warm_up(soak_t *s)
{
    walk_every_slide(s);
    for (uint32_t v = 1; v < GOOD_VERSIONS; v++) {
        publish_and_wait(s, PUBLISH_GOOD, v);
        walk_every_slide(s);
    }
    publish_and_wait(s, PUBLISH_BAD, 0);
    publish_and_wait(s, PUBLISH_TRUNCATED, 0);
    publish_and_wait(s, PUBLISH_DELETED, 0);
    publish_and_wait(s, PUBLISH_GOOD, 0);
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

/* ------------------------------------------------------ the kiosk's log */

static uint64_t bad_publishes(const curator_t *c)
{
    return c->count[PUBLISH_BAD] + c->count[PUBLISH_TRUNCATED] +
           c->count[PUBLISH_DELETED];
}

typedef struct {
    uint64_t lines, errors;
    uint64_t refusals; /* "keeping the content on show": a bad version */
    uint64_t dropped;  /* the rate limit's notes of lines it dropped */
} log_count_t;

static bool contains(const char *line, const char *word) { return strstr(line, word) != NULL; }

/* Counts the kiosk's log (after the memory is measured: stdio allocates). */
static log_count_t count_log(const char *path)
{
    static char line[4096];
    log_count_t n = {0, 0, 0, 0};
    FILE *f = fopen(path, "r");
    if (!f) fail("cannot read the kiosk's log %s", path);
    while (fgets(line, sizeof line, f)) {
        if (!strchr(line, '\n')) continue; /* part of a longer line */
        n.lines++;
        n.errors += contains(line, " kiosk error: ");
        n.refusals += contains(line, "keeping the content on show");
        n.dropped += contains(line, "log lines dropped");
    }
    fclose(f);
    return n;
}

/* Each bad version is logged once (README, hot reload): once, not at
 * every look at the file, and never lost. */
static log_count_t check_log(const curator_t *c)
{
    log_count_t n = count_log(c->log);
    uint64_t bad = bad_publishes(c);
    if (n.refusals != bad || n.dropped)
        fail("%llu bad versions published, the kiosk's log refused %llu (%llu notes "
             "of dropped lines)", (unsigned long long)bad,
             (unsigned long long)n.refusals, (unsigned long long)n.dropped);
    return n;
}

/* ---------------------------------------------------------------- run */

typedef struct {
    uint32_t days;
    uint64_t seed;
    int w, h;
    const char *start;       /* local time in SOAK_TZ, YYYY-MM-DDTHH:MM:SS */
    const char *reload_file; /* the third good version */
    bool progress;           /* a line per simulated day */
} options_t;

static bool parse_args(int argc, char **argv, options_t *o)
{
    *o = (options_t){100, 20240601, 400, 225, SOAK_START,
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
        } else if (strcmp(a, "--start") == 0 && v) {
            o->start = v, i++;
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
    return earliest(t, end);
}

/* The next thing that happens in the simulated world: the kiosk's own
 * change, a visitor's key or change of mind, a publish, the kiosk's look
 * at a file just published, an opening or closing, a milestone. */
static uint64_t next_happening(const soak_t *s, const visitor_t *v, uint64_t milestone)
{
    uint64_t t = earliest(kiosk_due(s), visitor_due(v));
    t = earliest(t, s->curator.next_ms);
    t = earliest(t, hours_due(s));
    if (s->curator.pending) t = earliest(t, poll_due(s));
    return earliest(t, milestone);
}

/* One step of the simulated world: the clock moves to the next thing that
 * happens, and that thing happens. */
static void step(soak_t *s, visitor_t *v, uint64_t end)
{
    uint64_t mt = next_milestone(s->clock_ms, end);
    uint64_t t = next_happening(s, v, mt);
    /* Now and then a look on the way there: the progress bar's path, or
     * a frame inside a crossfade. (Not at every one: a mix of two frames
     * costs as much as the rest of the soak together. Not asleep: there
     * is nothing to see.) */
    if (t > s->clock_ms + 1 && !quiet(s) && s->kiosk.sm.state != SM_SLEEP &&
        rng_chance(t > s->clock_ms + 1000 ? 50 : 15))
        t = rng_range(s->clock_ms + 1, t - 1);
    /* About once a day, a stall: the process not scheduled for up to ten
     * minutes, so one tick jumps over slides, timeouts, an opening or a
     * closing, and the keys pressed meanwhile arrive together after it,
     * as SDL queues them. */
    if (rng_next() % 20000 == 0) t = earliest(s->clock_ms + rng_range(1000, 600000), mt);
    tick_to(s, t);
    if (s->clock_ms >= s->curator.next_ms) curator_turn(s);
    if (visitor_due(v) <= s->clock_ms) {
        sm_event_kind_t key = visitor_act(v, s->clock_ms, s->museum.open);
        if (key != SM_EV_TICK) feed(s, (sm_event_t){key, 0});
        /* A publish in the middle of a child's burst, now and then. */
        if (v->phase == PHASE_BURST && rng_next() % 200 == 0 && can_publish(s))
            publish_something(s);
    }
}

/* ------------------------------------------------------------ summary */

static void print_hours(const museum_t *mu)
{
    printf("soak: opening hours \"%s\" (%s): %llu openings, %llu closings, "
           "%llu DST change(s) crossed; openings %.0f to %.0f h apart (%llu "
           "across a DST night); staff woke it %llu times, it slept again %llu "
           "times\n", SOAK_HOURS, SOAK_TZ,
           (unsigned long long)mu->opens, (unsigned long long)mu->closes,
           (unsigned long long)mu->dst_changes,
           mu->opens > 1 ? (double)mu->gap_min_ms / 3600000.0 : 0.0,
           mu->opens > 1 ? (double)mu->gap_max_ms / 3600000.0 : 0.0,
           (unsigned long long)mu->dst_gaps,
           (unsigned long long)mu->staff_wakes, (unsigned long long)mu->staff_sleeps);
}

static void print_reloads(const curator_t *c, const log_count_t *log)
{
    printf("soak: reloads through the file: %llu good (switched in), %llu bad "
           "(content on show kept): %llu files of %s, %llu truncated copies, "
           "%llu deletions\n", (unsigned long long)c->count[PUBLISH_GOOD],
           (unsigned long long)bad_publishes(c),
           (unsigned long long)c->count[PUBLISH_BAD], BAD_DIR,
           (unsigned long long)c->count[PUBLISH_TRUNCATED],
           (unsigned long long)c->count[PUBLISH_DELETED]);
    printf("soak: the kiosk's log: %llu lines, %llu errors, one \"keeping the content "
           "on show\" per bad version (%llu), none dropped\n",
           (unsigned long long)log->lines, (unsigned long long)log->errors,
           (unsigned long long)log->refusals);
}

static void print_counts(const soak_t *s, const visitor_t *v, uint32_t wraps)
{
    printf("soak: %llu events (%llu keys, %llu ticks), %llu slide changes, "
           "%llu draws, %u wraps crossed\n",
           (unsigned long long)events_fed, (unsigned long long)s->keys,
           (unsigned long long)s->ticks, (unsigned long long)s->slide_changes,
           (unsigned long long)s->draws, wraps);
    printf("soak: visitor phases:");
    for (int p = 0; p < PHASE_COUNT; p++)
        printf(" %s %llu%s", phase_names[p], (unsigned long long)v->phases[p],
               p < PHASE_COUNT - 1 ? "," : "\n");
}

/* --------------------------------------------------------------- main */

/* As main.c starts the kiosk, on the content file, with the hours on a
 * simulated wall clock that reads start_ms at clock 0. Warnings and errors
 * go to the log (see make_directory); info lines (a state change per
 * visitor) are left out, so that the rate limit never drops an error. */
static void start(soak_t *s, const options_t *o, int64_t start_ms)
{
    curator_prepare(&s->curator, o->reload_file);
    log_set_clock(simulated_ms);
    log_set_level(LOG_WARN);
    if (!platform_init()) fail("cannot start the platform (SDL, fonts)");
    curator_check_goods(&s->curator, start_ms);
    start_kiosk(s, start_ms);
    if (!board_open_headless(&s->board, o->w, o->h, 0)) fail("no %dx%d board", o->w, o->h);
    draw(s); /* the first picture is on the panel before anything */
    check_machine(&s->kiosk, 0);
    check_museum(s);
    printf("soak: %u days at %dx%d from %s, %u slides, seed %llu\n", o->days, o->w,
           o->h, wall_text(start_ms).text, s->kiosk.deck.count,
           (unsigned long long)o->seed);
    fflush(stdout);
}

/* How the days went: the baseline and how many wraps were crossed. */
typedef struct {
    memory_t day1;  /* at the end of day 1 */
    uint32_t wraps; /* 32-bit millisecond wraps crossed */
    struct timespec t0;
} run_t;

/* A line per wrap crossed, with where the kiosk was. */
static void note_wrap(const soak_t *s, run_t *r)
{
    if (s->clock_ms / WRAP_MS <= r->wraps) return;
    r->wraps = (uint32_t)(s->clock_ms / WRAP_MS);
    printf("soak: crossed the 32-bit ms wrap #%u on %s (%s, slide %u)\n", r->wraps,
           wall_text(wall_now(s)).text, sm_state_name(s->kiosk.sm.state),
           s->kiosk.sm.slide + 1);
}

/* At the end of each day: day 1's baseline (every size of font opened,
 * every slide drawn in both languages, every version shown), and with
 * --progress a line. */
static void note_day(soak_t *s, uint32_t day, const options_t *o, run_t *r)
{
    if (day == 1) {
        settle(s);
        r->day1 = memory_now();
        print_memory("end of day 1", r->day1);
    }
    if (o->progress) {
        memory_t m = memory_now();
        printf("soak: day %u done (%s), %llu keys, heap %zu B, RSS %zu KiB "
               "(anonymous %zu KiB), %.1f s\n", day, wall_text(wall_now(s)).text,
               (unsigned long long)s->keys, m.heap, m.rss / 1024, m.anon / 1024,
               seconds_since(&r->t0));
    }
    fflush(stdout);
}

static void run_days(soak_t *s, visitor_t *v, const options_t *o, run_t *r)
{
    const uint64_t end = o->days * DAY_MS;
    uint64_t next_wrap_storm = WRAP_MS - WRAP_STORM_MS;
    uint32_t days_done = 0;
    while (s->clock_ms < end) {
        step(s, v, end);
        /* A burst of keys from 3 s before each wrap, across it: fades
         * and timeouts that start on one side and end on the other. */
        if (s->clock_ms >= next_wrap_storm) {
            visitor_begin(v, PHASE_BURST, s->clock_ms, s->museum.open);
            next_wrap_storm += WRAP_MS;
        }
        note_wrap(s, r);
        if (s->clock_ms / DAY_MS > days_done) {
            days_done = (uint32_t)(s->clock_ms / DAY_MS);
            note_day(s, days_done, o, r);
        }
    }
    settle(s);
}

/* The summary, the memory held to its limit, the last line. */
static int finish(soak_t *s, const visitor_t *v, const options_t *o, const run_t *r)
{
    memory_t last = memory_now();
    print_memory("end", last);
    long long heap_growth = growth(last.heap, r->day1.heap);
    long long rss_growth = growth(last.anon, r->day1.anon);
    log_count_t log = check_log(&s->curator);
    print_counts(s, v, r->wraps);
    print_hours(&s->museum);
    print_reloads(&s->curator, &log);
    printf("soak: growth from day 1 to the end: heap %+lld B, anonymous RSS "
           "%+lld B (limit %u B each; all of RSS %+lld B)\n", heap_growth,
           rss_growth, GROWTH_LIMIT_BYTES, growth(last.rss, r->day1.rss));
    board_close(&s->board);
    if (!MEMORY_MEASURED)
        printf("soak: AddressSanitizer build: memory growth not held to the limit "
               "(see MEMORY_MEASURED)\n");
    else if (heap_growth > GROWTH_LIMIT_BYTES || rss_growth > GROWTH_LIMIT_BYTES)
        fail("memory grew: heap %+lld B, anonymous RSS %+lld B over %u days "
             "(limit %u B)", heap_growth, rss_growth, o->days - 1, GROWTH_LIMIT_BYTES);
    curator_clean_up(&s->curator);
    const curator_t *c = &s->curator;
    printf("soak: PASS days=%u events=%llu keys=%llu slides=%llu reloads_good=%llu "
           "reloads_bad=%llu opens=%llu closes=%llu heap=%+lld anon_rss=%+lld "
           "seconds=%.1f\n", o->days, (unsigned long long)events_fed,
           (unsigned long long)s->keys, (unsigned long long)s->slide_changes,
           (unsigned long long)c->count[PUBLISH_GOOD],
           (unsigned long long)bad_publishes(c), (unsigned long long)s->museum.opens,
           (unsigned long long)s->museum.closes, heap_growth, rss_growth,
           seconds_since(&r->t0));
    return 0;
}

int main(int argc, char **argv)
{
    options_t o;
    int64_t start_ms;
    run_t r = {{0, 0, 0}, 0, {0, 0}};
    if (!parse_args(argc, argv, &o)) {
        fprintf(stderr, "usage: soak [--days N] [--seed S] [--size WxH] "
                        "[--start YYYY-MM-DDTHH:MM:SS] [--reload CONTENT_FILE] "
                        "[--progress]\n");
        return 2;
    }
    seed_used = rng_state = o.seed;
    clock_gettime(CLOCK_MONOTONIC, &r.t0);
    use_time_zone();
    if (!wall_parse_local(o.start, &start_ms)) {
        fprintf(stderr, "soak: --start %s: not a local time YYYY-MM-DDTHH:MM:SS\n", o.start);
        return 2;
    }
    start(&soak, &o, start_ms);
    visitor_t v = {0};
    visitor_begin(&v, PHASE_IDLE, 0, soak.museum.open);
    warm_up(&soak);
    soak.curator.next_ms = soak.clock_ms + rng_range(3600000, 12 * 3600000ull);
    run_days(&soak, &v, &o, &r);
    return finish(&soak, &v, &o, &r);
}
