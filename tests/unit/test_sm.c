/* test_sm.c - the kiosk's state machine, driven by events on a simulated
 * clock: every transition of the diagram in sm.h, its timeouts at the
 * exact millisecond, the queries the run loop makes, and the language:
 * L switches it in every state, a return to attract by itself restores
 * the default one. Opening hours: SLEEP, closing from every state, every
 * event asleep, opening, and the staff wake with its end.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/sm.h"

#define DAY_MS (24ull * 60 * 60 * 1000)

static const sm_config_t config = {SM_DEFAULT_IDLE_TIMEOUT_MS,
                                   SM_DEFAULT_PAUSE_TIMEOUT_MS, LANG_ES,
                                   SM_DEFAULT_STAFF_WAKE_MS};
/* The same, for a kiosk whose attract mode speaks English. */
static const sm_config_t config_en = {SM_DEFAULT_IDLE_TIMEOUT_MS,
                                      SM_DEFAULT_PAUSE_TIMEOUT_MS, LANG_EN,
                                      SM_DEFAULT_STAFF_WAKE_MS};

static deck_t even;  /* 4 slides of 10 s */
static deck_t mixed; /* 1, 2, 3 and 4 s: one loop is 10 s */
static sm_t sm;

static int setup_decks(void **state)
{
    (void)state;
    memset(&even, 0, sizeof even);
    memset(&mixed, 0, sizeof mixed);
    even.count = mixed.count = 4;
    for (uint32_t i = 0; i < 4; i++) {
        even.slides[i] = (slide_t){SLIDE_EVENT, (uint8_t)i, {10000, 10000}};
        mixed.slides[i] = (slide_t){SLIDE_EVENT, (uint8_t)i, {(i + 1) * 1000, (i + 1) * 1000}};
    }
    return 0;
}

/* ------------------------------------------------------------ helpers */

static sm_transition_t tick(uint64_t ms)
{
    return sm_step(&sm, (sm_event_t){SM_EV_TICK, ms});
}

static sm_transition_t key(sm_event_kind_t kind)
{
    return sm_step(&sm, (sm_event_t){kind, 0});
}

static void assert_at(sm_state_t state, uint32_t slide)
{
    assert_string_equal(sm_state_name(sm.state), sm_state_name(state));
    assert_int_equal(sm.slide, slide);
}

static void assert_lang(lang_t lang)
{
    assert_string_equal(lang_code(sm.lang), lang_code(lang));
}

static void start(const deck_t *deck, sm_config_t cfg)
{
    sm_init(&sm, cfg, deck);
    assert_at(SM_ATTRACT, 0);
    assert_int_equal(sm.in_state_ms, 0);
    assert_lang(cfg.default_lang);
}

/* Prints one transition, for the trace of a sequence, and the parent
 * state it left the machine in. */
static void trace(const char *what, sm_transition_t t)
{
    printf("  %-10s %s -> %s  slide %u -> %u  (%s)\n", what,
           sm_state_name(t.from), sm_state_name(t.to), t.slide_from + 1,
           t.slide_to + 1, sm_parent_name(sm_parent(&sm)));
}

/* One event of a traced sequence and where it must leave the machine. */
typedef struct {
    sm_event_t ev;
    const char *what;
    sm_state_t state;
    uint32_t slide;
} traced_step_t;

/* Feeds the steps from a fresh start, tracing each transition. */
static void run_traced(const traced_step_t *steps, size_t n)
{
    start(&even, config);
    for (size_t i = 0; i < n; i++) {
        trace(steps[i].what, sm_step(&sm, steps[i].ev));
        assert_at(steps[i].state, steps[i].slide);
    }
}

/* ------------------------------------------------- attract advances */

static void test_attract_advances_after_exact_duration(void **state)
{
    (void)state;
    start(&even, config);
    tick(9999);
    assert_at(SM_ATTRACT, 0);
    assert_int_equal(sm.in_state_ms, 9999);
    sm_transition_t t = tick(1);
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(sm.in_state_ms, 0);
    assert_int_equal(t.from, SM_ATTRACT);
    assert_int_equal(t.to, SM_ATTRACT);
    assert_int_equal(t.slide_from, 0);
    assert_int_equal(t.slide_to, 1);
}

static void test_attract_loops_last_to_first(void **state)
{
    (void)state;
    start(&even, config);
    tick(30000);
    assert_at(SM_ATTRACT, 3);
    tick(9999);
    assert_at(SM_ATTRACT, 3);
    tick(1);
    assert_at(SM_ATTRACT, 0);
}

static void test_attract_uses_each_slides_duration(void **state)
{
    (void)state;
    start(&mixed, config);
    tick(999);
    assert_at(SM_ATTRACT, 0);
    tick(1);
    assert_at(SM_ATTRACT, 1);
    tick(1999);
    assert_at(SM_ATTRACT, 1);
    tick(1);
    assert_at(SM_ATTRACT, 2);
    /* One tick across several slides carries the remainder over. */
    tick(3000 + 4000 + 1500);
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(sm.in_state_ms, 500);
}

static void test_attract_huge_ticks(void **state)
{
    (void)state;
    /* 10 days is a whole number of 10 s loops: 500 ms into slide 3. */
    start(&mixed, config);
    tick(10 * DAY_MS + 3500);
    assert_at(SM_ATTRACT, 2);
    assert_int_equal(sm.in_state_ms, 500);
    /* 2^32 ms = 429496 loops + 7296 ms = 1000 + 2000 + 3000 + 1296. */
    start(&mixed, config);
    tick(1ull << 32);
    assert_at(SM_ATTRACT, 3);
    assert_int_equal(sm.in_state_ms, 1296);
    /* From the middle of a slide, the time already spent counts too. */
    tick(10 * DAY_MS + 2704);
    assert_at(SM_ATTRACT, 0);
    assert_int_equal(sm.in_state_ms, 0);
    /* 40 s loops of the even deck: 10 days + 25 s is slide 3, 5 s in. */
    start(&even, config);
    tick(10 * DAY_MS + 25000);
    assert_at(SM_ATTRACT, 2);
    assert_int_equal(sm.in_state_ms, 5000);
}

/* --------------------------------------------- keys start browsing */

static void test_keys_from_attract_browse(void **state)
{
    (void)state;
    static const struct {
        sm_event_kind_t key;
        uint32_t to;
    } cases[] = {
        {SM_EV_NEXT, 2}, {SM_EV_PREV, 0}, {SM_EV_FIRST, 0}, {SM_EV_LAST, 3}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        start(&even, config);
        tick(10000 + 400); /* on slide 2 */
        assert_at(SM_ATTRACT, 1);
        sm_transition_t t = key(cases[i].key);
        assert_at(SM_BROWSE, cases[i].to);
        assert_int_equal(sm.in_state_ms, 0);
        assert_int_equal(t.from, SM_ATTRACT);
        assert_int_equal(t.to, SM_BROWSE);
        assert_int_equal(t.slide_from, 1);
        assert_int_equal(t.slide_to, cases[i].to);
    }
}

static void test_browse_next_wraps_prev_stops(void **state)
{
    (void)state;
    start(&even, config);
    key(SM_EV_LAST);
    assert_at(SM_BROWSE, 3);
    key(SM_EV_NEXT);
    assert_at(SM_BROWSE, 0);
    key(SM_EV_PREV);
    assert_at(SM_BROWSE, 0); /* no backward wrap */
    key(SM_EV_NEXT);
    key(SM_EV_NEXT);
    assert_at(SM_BROWSE, 2);
    key(SM_EV_PREV);
    assert_at(SM_BROWSE, 1);
    key(SM_EV_FIRST);
    assert_at(SM_BROWSE, 0);
}

static void test_browse_idle_timeout(void **state)
{
    (void)state;
    start(&even, config);
    key(SM_EV_LAST);
    tick(59999); /* browsing ignores the slides' durations */
    assert_at(SM_BROWSE, 3);
    assert_int_equal(sm.in_state_ms, 59999);
    sm_transition_t t = tick(1);
    assert_at(SM_ATTRACT, 0);
    assert_int_equal(sm.in_state_ms, 0);
    assert_int_equal(t.slide_from, 3);
    assert_int_equal(t.slide_to, 0);
}

static void test_browse_key_resets_idle(void **state)
{
    (void)state;
    start(&even, config);
    key(SM_EV_NEXT);
    tick(50000);
    key(SM_EV_NEXT);
    assert_int_equal(sm.in_state_ms, 0);
    tick(50000);
    assert_at(SM_BROWSE, 2);
    tick(9999);
    assert_at(SM_BROWSE, 2);
    tick(1);
    assert_at(SM_ATTRACT, 0);
}

/* A (narration): a key that moves nothing. The attract loop holds the
 * slide (it must not move on mid-sentence), browsing and a pause start
 * their time again, a sleeping kiosk wakes for staff as with any key. */
static void test_narrate_holds_the_slide(void **state)
{
    (void)state;
    start(&even, config);
    tick(14000);
    sm_transition_t t = key(SM_EV_NARRATE);
    assert_at(SM_BROWSE, 1);
    assert_int_equal(t.slide_to, 1);
    tick(59999);
    key(SM_EV_NARRATE);
    tick(59999);
    assert_at(SM_BROWSE, 1);
    key(SM_EV_PAUSE);
    tick(SM_DEFAULT_PAUSE_TIMEOUT_MS - 1);
    key(SM_EV_NARRATE);
    tick(SM_DEFAULT_PAUSE_TIMEOUT_MS - 1);
    assert_at(SM_PAUSED, 1);
    key(SM_EV_CLOSE);
    assert_at(SM_SLEEP, 0);
    key(SM_EV_NARRATE);
    assert_at(SM_BROWSE, 0);
}

/* ------------------------------------------------------------ pause */

static void test_pause_from_attract_and_resume(void **state)
{
    (void)state;
    start(&even, config);
    tick(14000);
    assert_at(SM_ATTRACT, 1);
    key(SM_EV_PAUSE);
    assert_at(SM_PAUSED, 1);
    tick(SM_DEFAULT_PAUSE_TIMEOUT_MS - 1); /* far past the slide's time */
    assert_at(SM_PAUSED, 1);
    key(SM_EV_PAUSE);
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(sm.in_state_ms, 0); /* the slide's time restarts */
    tick(9999);
    assert_at(SM_ATTRACT, 1);
    tick(1);
    assert_at(SM_ATTRACT, 2);
}

static void test_pause_from_browse_and_resume(void **state)
{
    (void)state;
    start(&even, config);
    key(SM_EV_LAST);
    tick(30000);
    key(SM_EV_PAUSE);
    assert_at(SM_PAUSED, 3);
    tick(120000); /* longer than the idle timeout: paused holds */
    assert_at(SM_PAUSED, 3);
    key(SM_EV_PAUSE);
    assert_at(SM_BROWSE, 3);
    assert_int_equal(sm.in_state_ms, 0); /* the idle time restarts */
    tick(59999);
    assert_at(SM_BROWSE, 3);
    tick(1);
    assert_at(SM_ATTRACT, 0);
}

static void test_navigation_leaves_pause_for_browse(void **state)
{
    (void)state;
    start(&even, config);
    tick(20000);
    key(SM_EV_PAUSE);
    key(SM_EV_NEXT);
    assert_at(SM_BROWSE, 3);
    key(SM_EV_PAUSE);
    key(SM_EV_FIRST);
    assert_at(SM_BROWSE, 0);
    key(SM_EV_PAUSE);
    key(SM_EV_PREV);
    assert_at(SM_BROWSE, 0);
    key(SM_EV_PAUSE);
    key(SM_EV_LAST);
    assert_at(SM_BROWSE, 3);
}

static void test_pause_timeout_returns_to_attract(void **state)
{
    (void)state;
    start(&even, config);
    key(SM_EV_LAST);
    key(SM_EV_PAUSE);
    tick(SM_DEFAULT_PAUSE_TIMEOUT_MS - 1);
    assert_at(SM_PAUSED, 3);
    tick(1);
    assert_at(SM_ATTRACT, 0);
    assert_int_equal(sm.in_state_ms, 0);
}

static void test_pause_timeout_zero_never(void **state)
{
    (void)state;
    start(&even, (sm_config_t){60000, 0, LANG_ES, SM_DEFAULT_STAFF_WAKE_MS});
    tick(15000);
    key(SM_EV_PAUSE);
    tick(365 * DAY_MS);
    assert_at(SM_PAUSED, 1);
    assert_true(sm_ms_until_due(&sm) == UINT64_MAX);
}

/* ------------------------------------------------ run-loop queries */

static void test_ms_until_due(void **state)
{
    (void)state;
    start(&mixed, config);
    assert_int_equal(sm_ms_until_due(&sm), 1000);
    tick(1250); /* 250 ms into the 2 s slide */
    assert_int_equal(sm_ms_until_due(&sm), 1750);
    key(SM_EV_NEXT);
    assert_int_equal(sm_ms_until_due(&sm), 60000);
    tick(10000);
    assert_int_equal(sm_ms_until_due(&sm), 50000);
    key(SM_EV_PAUSE);
    assert_int_equal(sm_ms_until_due(&sm), 300000);
    tick(1000);
    assert_int_equal(sm_ms_until_due(&sm), 299000);
}

static void test_progress_permille(void **state)
{
    (void)state;
    start(&even, config);
    assert_int_equal(sm_progress_permille(&sm), 0);
    tick(2500);
    assert_int_equal(sm_progress_permille(&sm), 250);
    tick(7499);
    assert_int_equal(sm_progress_permille(&sm), 999);
    tick(1);
    assert_int_equal(sm_progress_permille(&sm), 0); /* the next slide */
    tick(5000);
    key(SM_EV_PAUSE);
    assert_int_equal(sm_progress_permille(&sm), 0);
    key(SM_EV_NEXT);
    tick(5000);
    assert_int_equal(sm_progress_permille(&sm), 0);
}

static void test_state_names(void **state)
{
    (void)state;
    static const sm_state_t all[] = {SM_ATTRACT, SM_BROWSE, SM_PAUSED,
                                     SM_SLEEP};
    assert_string_equal(sm_state_name(SM_ATTRACT), "attract");
    assert_string_equal(sm_state_name(SM_BROWSE), "browse");
    assert_string_equal(sm_state_name(SM_PAUSED), "paused");
    assert_string_equal(sm_state_name(SM_SLEEP), "sleep");
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        sm_state_t parsed = (sm_state_t)99;
        assert_true(sm_state_parse(sm_state_name(all[i]), &parsed));
        assert_int_equal(parsed, all[i]);
    }
    static const char *const bad[] = {"", "pause", "Attract", "browse ",
                                      "idle", "sleeping", "Sleep"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sm_state_t parsed = SM_BROWSE;
        assert_false(sm_state_parse(bad[i], &parsed));
        assert_int_equal(parsed, SM_BROWSE); /* left alone */
    }
}

/* -------------------------------------------------- a whole visit */

/* A visitor's session as the run loop would feed it, traced. */
static void test_visit_sequence_traced(void **state)
{
    (void)state;
    static const traced_step_t steps[] = {
        {{SM_EV_TICK, 10000}, "tick 10s", SM_ATTRACT, 1},
        {{SM_EV_TICK, 25000}, "tick 25s", SM_ATTRACT, 3},
        {{SM_EV_TICK, 5000}, "tick 5s", SM_ATTRACT, 0},
        {{SM_EV_NEXT, 0}, "right", SM_BROWSE, 1},
        {{SM_EV_NEXT, 0}, "right", SM_BROWSE, 2},
        {{SM_EV_PAUSE, 0}, "space", SM_PAUSED, 2},
        {{SM_EV_TICK, 90000}, "tick 90s", SM_PAUSED, 2},
        {{SM_EV_PAUSE, 0}, "space", SM_BROWSE, 2},
        {{SM_EV_PREV, 0}, "left", SM_BROWSE, 1},
        {{SM_EV_TICK, 60000}, "tick 60s", SM_ATTRACT, 0},
        {{SM_EV_PAUSE, 0}, "space", SM_PAUSED, 0},
        {{SM_EV_TICK, 300000}, "tick 300s", SM_ATTRACT, 0},
        {{SM_EV_LAST, 0}, "end", SM_BROWSE, 3},
    };
    run_traced(steps, sizeof steps / sizeof steps[0]);
}

/* --------------------------------------------------------- language */

static void test_init_takes_the_default_language(void **state)
{
    (void)state;
    start(&even, config);
    assert_lang(LANG_ES);
    start(&even, config_en);
    assert_lang(LANG_EN);
    /* Ticking through the show does not change it. */
    tick(25000);
    assert_at(SM_ATTRACT, 2);
    assert_lang(LANG_EN);
}

/* L in attract: the other language on the same slide, whose time starts
 * again: a slide 9 s into its 10 needs its full 10 s once more. */
static void test_lang_in_attract(void **state)
{
    (void)state;
    start(&even, config);
    tick(10000 + 9000);
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(sm.in_state_ms, 9000);
    assert_int_equal(sm_ms_until_due(&sm), 1000);
    sm_transition_t t = key(SM_EV_LANG);
    assert_lang(LANG_EN);
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(t.from, SM_ATTRACT);
    assert_int_equal(t.to, SM_ATTRACT);
    assert_int_equal(t.slide_from, 1);
    assert_int_equal(t.slide_to, 1);
    assert_int_equal(sm.in_state_ms, 0);
    assert_int_equal(sm_ms_until_due(&sm), 10000);
    assert_int_equal(sm_progress_permille(&sm), 0);
    tick(9999);
    assert_at(SM_ATTRACT, 1);
    tick(1);
    assert_at(SM_ATTRACT, 2);
    assert_lang(LANG_EN); /* the show goes on in English */
    /* L again: back to Spanish, the slide's time restarted again. */
    tick(4000);
    key(SM_EV_LANG);
    assert_lang(LANG_ES);
    assert_at(SM_ATTRACT, 2);
    assert_int_equal(sm.in_state_ms, 0);
    /* With slides of their own lengths, the slide's own duration. */
    start(&mixed, config);
    tick(1000 + 1500); /* 1.5 s into the 2 s slide */
    key(SM_EV_LANG);
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(sm_ms_until_due(&sm), 2000);
    tick(1999);
    assert_at(SM_ATTRACT, 1);
    tick(1);
    assert_at(SM_ATTRACT, 2);
}

/* L in attract has no idle timeout: the other language lasts until the
 * loop goes round to the first slide, then the default returns for the
 * next visitor. One huge tick that covers a whole loop does the same. */
static void test_attract_loop_restores_default_lang(void **state)
{
    (void)state;
    start(&even, config);
    tick(10000);
    key(SM_EV_LANG);
    assert_lang(LANG_EN);
    tick(10000 * 2 + 9999); /* slides 2, 3 and most of 4 in English */
    assert_at(SM_ATTRACT, 3);
    assert_lang(LANG_EN);
    tick(1); /* round to the first slide */
    assert_at(SM_ATTRACT, 0);
    assert_lang(LANG_ES);
    key(SM_EV_LANG);
    tick(10ull * 40000); /* ten whole loops in one tick */
    assert_at(SM_ATTRACT, 0);
    assert_lang(LANG_ES);
    /* With English as the default, the loop returns to English. */
    start(&even, config_en);
    key(SM_EV_LANG);
    assert_lang(LANG_ES);
    tick(40000);
    assert_lang(LANG_EN);
}

/* L in browse: same slide, and the idle time starts again. */
/* Reading time depends on the language: each slide's time in the one on
 * show, L mid-slide starts the new language's time, and the loop going
 * round returns to Spanish with Spanish times. */
static void test_attract_times_by_language(void **state)
{
    (void)state;
    static deck_t two;
    memset(&two, 0, sizeof two);
    two.count = 3;
    for (uint32_t i = 0; i < 3; i++)
        two.slides[i] = (slide_t){SLIDE_EVENT, (uint8_t)i,
                                  {(i + 3) * 1000, (i + 6) * 1000}};
    start(&two, config); /* es: 3, 4, 5 s; en: 6, 7, 8 s */
    tick(2999);
    assert_at(SM_ATTRACT, 0);
    tick(1);
    assert_at(SM_ATTRACT, 1);
    tick(3000); /* 1 s left in Spanish */
    key(SM_EV_LANG);
    assert_lang(LANG_EN);
    assert_int_equal(sm_ms_until_due(&sm), 7000);
    tick(3500);
    assert_int_equal(sm_progress_permille(&sm), 500);
    tick(3499);
    assert_at(SM_ATTRACT, 1);
    tick(1);
    assert_at(SM_ATTRACT, 2);
    assert_int_equal(sm_ms_until_due(&sm), 8000);
    /* Round the loop in one tick: 8 s of English, then Spanish 3 s + 1 s. */
    tick(8000 + 3000 + 1000);
    assert_lang(LANG_ES);
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(sm.in_state_ms, 1000);
    assert_int_equal(sm_ms_until_due(&sm), 3000);
    /* Whole loops skipped count in Spanish: 12 s a loop. */
    key(SM_EV_LANG);
    tick(7000 + 8000 + 12000 * 5 + 3000 + 2000);
    assert_lang(LANG_ES);
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(sm.in_state_ms, 2000);
}

static void test_lang_in_browse(void **state)
{
    (void)state;
    start(&even, config);
    key(SM_EV_NEXT);
    tick(50000);
    assert_at(SM_BROWSE, 1);
    sm_transition_t t = key(SM_EV_LANG);
    assert_at(SM_BROWSE, 1);
    assert_lang(LANG_EN);
    assert_int_equal(t.from, SM_BROWSE);
    assert_int_equal(t.to, SM_BROWSE);
    assert_int_equal(t.slide_to, 1);
    assert_int_equal(sm.in_state_ms, 0);
    assert_int_equal(sm_ms_until_due(&sm), SM_DEFAULT_IDLE_TIMEOUT_MS);
    tick(SM_DEFAULT_IDLE_TIMEOUT_MS - 1);
    assert_at(SM_BROWSE, 1);
    assert_lang(LANG_EN);
    tick(1);
    assert_at(SM_ATTRACT, 0);
    assert_lang(LANG_ES);
}

/* L while paused: still paused on the same slide, in the other language;
 * Space then resumes the state it paused, keeping the new language. */
static void test_lang_in_paused(void **state)
{
    (void)state;
    start(&even, config);
    tick(14000);
    key(SM_EV_PAUSE);
    tick(100000);
    assert_at(SM_PAUSED, 1);
    sm_transition_t t = key(SM_EV_LANG);
    assert_at(SM_PAUSED, 1);
    assert_lang(LANG_EN);
    assert_int_equal(t.from, SM_PAUSED);
    assert_int_equal(t.to, SM_PAUSED);
    assert_int_equal(sm.in_state_ms, 0); /* the pause's time too */
    assert_int_equal(sm_ms_until_due(&sm), SM_DEFAULT_PAUSE_TIMEOUT_MS);
    assert_int_equal(sm_progress_permille(&sm), 0);
    tick(SM_DEFAULT_PAUSE_TIMEOUT_MS - 1);
    assert_at(SM_PAUSED, 1);
    assert_lang(LANG_EN);
    key(SM_EV_PAUSE);
    assert_at(SM_ATTRACT, 1);
    assert_lang(LANG_EN); /* Space is a visitor's: the language stays */

    /* Paused from browse, it still resumes browse. */
    start(&even, config);
    key(SM_EV_LAST);
    key(SM_EV_PAUSE);
    key(SM_EV_LANG);
    assert_at(SM_PAUSED, 3);
    assert_lang(LANG_EN);
    key(SM_EV_PAUSE);
    assert_at(SM_BROWSE, 3);
    assert_lang(LANG_EN);
}

/* The idle timeout brings back attract in the default language, whichever
 * that is and whichever the visitor chose. */
static void test_idle_timeout_restores_default_lang(void **state)
{
    (void)state;
    static const sm_config_t *const configs[] = {&config, &config_en};
    for (size_t i = 0; i < 2; i++) {
        lang_t home = configs[i]->default_lang;
        start(&even, *configs[i]);
        key(SM_EV_LANG);
        assert_lang(lang_other(home));
        key(SM_EV_NEXT);
        assert_at(SM_BROWSE, 1);
        assert_lang(lang_other(home));
        tick(SM_DEFAULT_IDLE_TIMEOUT_MS);
        assert_at(SM_ATTRACT, 0);
        assert_lang(home);
        /* A visitor who switched twice is back home already, and stays. */
        key(SM_EV_LANG);
        key(SM_EV_NEXT);
        key(SM_EV_LANG);
        tick(SM_DEFAULT_IDLE_TIMEOUT_MS);
        assert_at(SM_ATTRACT, 0);
        assert_lang(home);
    }
}

/* So does the pause timeout, from a pause of attract or of browse. */
static void test_pause_timeout_restores_default_lang(void **state)
{
    (void)state;
    static const sm_config_t *const configs[] = {&config, &config_en};
    for (size_t i = 0; i < 2; i++) {
        lang_t home = configs[i]->default_lang;
        start(&even, *configs[i]);
        tick(15000);
        key(SM_EV_LANG);
        key(SM_EV_PAUSE);
        assert_at(SM_PAUSED, 1);
        assert_lang(lang_other(home));
        tick(SM_DEFAULT_PAUSE_TIMEOUT_MS - 1);
        assert_lang(lang_other(home));
        tick(1);
        assert_at(SM_ATTRACT, 0);
        assert_lang(home);

        start(&even, *configs[i]);
        key(SM_EV_LAST);
        key(SM_EV_LANG);
        key(SM_EV_PAUSE);
        tick(SM_DEFAULT_PAUSE_TIMEOUT_MS);
        assert_at(SM_ATTRACT, 0);
        assert_lang(home);
    }
}

/* A visitor's keys other than L leave the language alone, in every state
 * and every transition they cause. */
static void test_navigation_keeps_lang(void **state)
{
    (void)state;
    static const sm_event_kind_t keys[] = {SM_EV_NEXT, SM_EV_PREV,
                                           SM_EV_FIRST, SM_EV_LAST,
                                           SM_EV_PAUSE};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        /* From attract (to browse, or to paused). */
        start(&even, config_en);
        key(SM_EV_LANG);
        tick(12000);
        key(keys[i]);
        assert_lang(LANG_ES);
        /* From browse. */
        start(&even, config);
        key(SM_EV_NEXT);
        key(SM_EV_LANG);
        tick(30000);
        key(keys[i]);
        assert_lang(LANG_EN);
        /* From paused (to browse, or back to attract). */
        start(&even, config);
        key(SM_EV_LANG);
        key(SM_EV_PAUSE);
        key(keys[i]);
        assert_lang(LANG_EN);
    }
    /* A longer visit in English: it stays English until the visitor
     * leaves, then Spanish again. */
    start(&even, config);
    key(SM_EV_LANG);
    key(SM_EV_NEXT);
    key(SM_EV_NEXT);
    key(SM_EV_PREV);
    key(SM_EV_PAUSE);
    tick(SM_DEFAULT_PAUSE_TIMEOUT_MS - 1);
    key(SM_EV_PAUSE);
    key(SM_EV_LAST);
    key(SM_EV_FIRST);
    tick(SM_DEFAULT_IDLE_TIMEOUT_MS - 1);
    assert_at(SM_BROWSE, 0);
    assert_lang(LANG_EN);
    tick(1);
    assert_at(SM_ATTRACT, 0);
    assert_lang(LANG_ES);
}

/* A visit with the language switched, traced with the language. */
static void test_lang_sequence_traced(void **state)
{
    (void)state;
    static const struct {
        sm_event_t ev;
        const char *what;
        sm_state_t state;
        uint32_t slide;
        lang_t lang;
    } steps[] = {
        {{SM_EV_TICK, 19000}, "tick 19s", SM_ATTRACT, 1, LANG_ES},
        {{SM_EV_LANG, 0}, "l", SM_ATTRACT, 1, LANG_EN},
        {{SM_EV_TICK, 9999}, "tick 9.999s", SM_ATTRACT, 1, LANG_EN},
        {{SM_EV_TICK, 1}, "tick 1ms", SM_ATTRACT, 2, LANG_EN},
        {{SM_EV_NEXT, 0}, "right", SM_BROWSE, 3, LANG_EN},
        {{SM_EV_LANG, 0}, "l", SM_BROWSE, 3, LANG_ES},
        {{SM_EV_PAUSE, 0}, "space", SM_PAUSED, 3, LANG_ES},
        {{SM_EV_LANG, 0}, "l", SM_PAUSED, 3, LANG_EN},
        {{SM_EV_PAUSE, 0}, "space", SM_BROWSE, 3, LANG_EN},
        {{SM_EV_TICK, 60000}, "tick 60s", SM_ATTRACT, 0, LANG_ES},
    };
    start(&even, config);
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        trace(steps[i].what, sm_step(&sm, steps[i].ev));
        assert_at(steps[i].state, steps[i].slide);
        assert_lang(steps[i].lang);
    }
}

/* ------------------------------------------------ opening hours: sleep */

/* The museum closes: SM_EV_CLOSE. */
static sm_transition_t close_museum(void)
{
    return sm_step(&sm, (sm_event_t){SM_EV_CLOSE, 0});
}

static sm_transition_t open_museum(void)
{
    return sm_step(&sm, (sm_event_t){SM_EV_OPEN, 0});
}

static void assert_asleep(void)
{
    assert_at(SM_SLEEP, 0);
    assert_true(sm.closed);
    assert_true(sm_ms_until_due(&sm) == UINT64_MAX);
    assert_int_equal(sm_progress_permille(&sm), 0);
}

/* Whatever shows, in whichever language, closing time puts it to sleep on
 * the first slide in the default language. */
static void test_close_from_every_state(void **state)
{
    (void)state;
    static const sm_config_t *const configs[] = {&config, &config_en};
    for (size_t i = 0; i < 2; i++) {
        lang_t home = configs[i]->default_lang;
        /* ATTRACT, on slide 3, in the other language. */
        start(&even, *configs[i]);
        tick(25000);
        key(SM_EV_LANG);
        sm_transition_t t = close_museum();
        assert_asleep();
        assert_lang(home);
        assert_int_equal(sm.in_state_ms, 0);
        assert_int_equal(t.from, SM_ATTRACT);
        assert_int_equal(t.to, SM_SLEEP);
        assert_int_equal(t.slide_from, 2);
        assert_int_equal(t.slide_to, 0);
        /* BROWSE, on the last slide. */
        start(&even, *configs[i]);
        key(SM_EV_LAST);
        key(SM_EV_LANG);
        tick(30000);
        t = close_museum();
        assert_asleep();
        assert_lang(home);
        assert_int_equal(t.from, SM_BROWSE);
        /* PAUSED from attract and from browse. */
        start(&even, *configs[i]);
        tick(12000);
        key(SM_EV_PAUSE);
        t = close_museum();
        assert_asleep();
        assert_int_equal(t.from, SM_PAUSED);
        start(&even, *configs[i]);
        key(SM_EV_NEXT);
        key(SM_EV_PAUSE);
        key(SM_EV_LANG);
        close_museum();
        assert_asleep();
        assert_lang(home);
        /* SLEEP: stays asleep, its time going on. */
        tick(5000);
        t = close_museum();
        assert_asleep();
        assert_int_equal(sm.in_state_ms, 5000);
        assert_int_equal(t.from, SM_SLEEP);
        assert_int_equal(t.to, SM_SLEEP);
    }
}

/* Asleep, time passes and nothing changes, however long. */
static void test_sleep_lets_time_pass(void **state)
{
    (void)state;
    start(&mixed, config);
    tick(2500);
    close_museum();
    sm_transition_t t = tick(365 * DAY_MS);
    assert_asleep();
    assert_int_equal(t.from, SM_SLEEP);
    assert_int_equal(t.to, SM_SLEEP);
    assert_int_equal(sm.in_state_ms, 365 * DAY_MS);
    for (int i = 0; i < 1000; i++) tick(7);
    assert_asleep();
}

/* Every event in SLEEP: time and closing leave it asleep, opening starts
 * the attract loop, each key wakes it for staff on the first slide, in the
 * default language (the key only wakes it: Right does not also move on,
 * L does not also switch). */
static void test_every_event_in_sleep(void **state)
{
    (void)state;
    static const struct {
        sm_event_kind_t kind;
        sm_state_t to;
    } cases[] = {
        {SM_EV_TICK, SM_SLEEP},   {SM_EV_NEXT, SM_BROWSE},
        {SM_EV_PREV, SM_BROWSE},  {SM_EV_FIRST, SM_BROWSE},
        {SM_EV_LAST, SM_BROWSE},  {SM_EV_PAUSE, SM_BROWSE},
        {SM_EV_LANG, SM_BROWSE},  {SM_EV_CLOSE, SM_SLEEP},
        {SM_EV_OPEN, SM_ATTRACT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        start(&even, config_en);
        tick(15000);
        close_museum();
        tick(1000);
        sm_transition_t t = sm_step(&sm, (sm_event_t){cases[i].kind, 1000});
        assert_at(cases[i].to, 0);
        assert_lang(LANG_EN);
        assert_int_equal(t.from, SM_SLEEP);
        assert_int_equal(t.to, cases[i].to);
        assert_int_equal(t.slide_to, 0);
        /* Closed still, unless it opened. */
        assert_true(sm.closed == (cases[i].to != SM_ATTRACT));
        if (cases[i].to == SM_BROWSE) {
            assert_int_equal(sm.in_state_ms, 0);
            assert_int_equal(sm.staff_idle_ms, 0);
            assert_int_equal(sm_ms_until_due(&sm), SM_DEFAULT_IDLE_TIMEOUT_MS);
        }
    }
}

/* Opening time: the attract loop from the first slide, in the default
 * language, its slides timed from the opening. */
static void test_open_wakes_to_attract(void **state)
{
    (void)state;
    static const sm_config_t *const configs[] = {&config, &config_en};
    for (size_t i = 0; i < 2; i++) {
        start(&even, *configs[i]);
        tick(25000);
        key(SM_EV_LANG);
        close_museum();
        tick(15 * 3600 * 1000ull);
        sm_transition_t t = open_museum();
        assert_at(SM_ATTRACT, 0);
        assert_lang(configs[i]->default_lang);
        assert_false(sm.closed);
        assert_int_equal(sm.in_state_ms, 0);
        assert_int_equal(t.from, SM_SLEEP);
        assert_int_equal(t.to, SM_ATTRACT);
        assert_int_equal(sm_ms_until_due(&sm), 10000);
        tick(9999);
        assert_at(SM_ATTRACT, 0);
        tick(1);
        assert_at(SM_ATTRACT, 1);
        /* Open, a visitor's keys do as ever; no staff time applies. */
        key(SM_EV_NEXT);
        tick(SM_DEFAULT_STAFF_WAKE_MS - 1);
        assert_at(SM_ATTRACT, 0); /* the idle timeout, not sleep */
        tick(DAY_MS);
        assert_int_equal(sm.state, SM_ATTRACT);
    }
}

/* SM_EV_OPEN while the museum is open (awake and not closed) changes
 * nothing: not the slide, not its time. */
static void test_open_while_open_changes_nothing(void **state)
{
    (void)state;
    start(&even, config);
    tick(14000);
    open_museum();
    assert_at(SM_ATTRACT, 1);
    assert_int_equal(sm.in_state_ms, 4000);
    key(SM_EV_NEXT);
    open_museum();
    assert_at(SM_BROWSE, 2);
    key(SM_EV_PAUSE);
    open_museum();
    assert_at(SM_PAUSED, 2);
    assert_false(sm.closed);
}

/* A key at night wakes it for staff; staff_wake_ms after the last key it
 * sleeps again, whichever state it reached meanwhile (here the idle
 * timeout took it back to the attract loop). */
static void test_staff_wake_and_its_end(void **state)
{
    (void)state;
    start(&even, config);
    close_museum();
    tick(3600000);
    key(SM_EV_NEXT);
    assert_at(SM_BROWSE, 0);
    assert_true(sm.closed);
    key(SM_EV_NEXT);
    assert_at(SM_BROWSE, 1); /* awake, keys move as ever */
    assert_int_equal(sm_ms_until_due(&sm), SM_DEFAULT_IDLE_TIMEOUT_MS);
    tick(SM_DEFAULT_IDLE_TIMEOUT_MS);
    assert_at(SM_ATTRACT, 0);
    /* The slide's 10 s come before the staff time's end... */
    assert_int_equal(sm_ms_until_due(&sm), 10000);
    tick(230000); /* 290 s after the last key */
    assert_int_equal(sm.state, SM_ATTRACT);
    assert_int_equal(sm_ms_until_due(&sm), 10000);
    tick(5000);
    /* ... and then the staff time's end is due first. */
    assert_int_equal(sm_ms_until_due(&sm), 5000);
    tick(4999);
    assert_int_equal(sm.state, SM_ATTRACT);
    sm_transition_t t = tick(1);
    assert_asleep();
    assert_int_equal(t.from, SM_ATTRACT);
    assert_int_equal(t.to, SM_SLEEP);
    /* A key wakes it again, as often as staff need. */
    key(SM_EV_FIRST);
    assert_at(SM_BROWSE, 0);
    tick(SM_DEFAULT_STAFF_WAKE_MS);
    assert_asleep();
}

/* Every key while awake at night starts the staff time again. */
static void test_staff_keys_restart_staff_time(void **state)
{
    (void)state;
    static const sm_event_kind_t keys[] = {SM_EV_NEXT, SM_EV_PREV,
                                           SM_EV_FIRST, SM_EV_LAST,
                                           SM_EV_PAUSE, SM_EV_LANG};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        start(&even, config);
        close_museum();
        key(SM_EV_NEXT);
        tick(SM_DEFAULT_STAFF_WAKE_MS - 1000);
        key(keys[i]);
        assert_int_equal(sm.staff_idle_ms, 0);
        tick(SM_DEFAULT_STAFF_WAKE_MS - 1);
        assert_true(sm.state != SM_SLEEP);
        tick(1);
        assert_asleep();
    }
}

/* The staff time ends in every state it can reach: browse, paused (of
 * browse and of attract: a pause holds the slide but not the night), and
 * attract; PAUSED with no pause timeout has nothing else due. */
static void test_staff_wake_in_every_state(void **state)
{
    (void)state;
    const sm_config_t short_staff = {SM_DEFAULT_IDLE_TIMEOUT_MS, 0, LANG_ES,
                                     120000};
    start(&even, short_staff);
    close_museum();
    key(SM_EV_LAST);
    assert_at(SM_BROWSE, 0);
    tick(119999);
    assert_at(SM_ATTRACT, 0); /* idle timeout after 60 s */
    tick(1);
    assert_asleep();

    start(&even, short_staff);
    close_museum();
    key(SM_EV_LAST);
    key(SM_EV_PAUSE);
    assert_at(SM_PAUSED, 0);
    assert_int_equal(sm_ms_until_due(&sm), 120000); /* no pause timeout */
    tick(119999);
    assert_at(SM_PAUSED, 0);
    tick(1);
    assert_asleep();

    /* Paused from attract: the idle timeout brought it to attract. */
    start(&even, short_staff);
    close_museum();
    key(SM_EV_LAST);
    tick(60000);
    key(SM_EV_PAUSE);
    assert_at(SM_PAUSED, 0);
    tick(120000);
    assert_asleep();
    assert_lang(LANG_ES);
}

/* Opening time during a staff wake: the museum is open, the state goes
 * on as it is and no staff time ends it any more. */
static void test_opening_during_staff_wake(void **state)
{
    (void)state;
    start(&even, config);
    close_museum();
    key(SM_EV_NEXT);
    key(SM_EV_LAST);
    tick(1000);
    sm_transition_t t = open_museum();
    assert_at(SM_BROWSE, 3);
    assert_false(sm.closed);
    assert_int_equal(t.from, SM_BROWSE);
    assert_int_equal(t.to, SM_BROWSE);
    assert_int_equal(sm_ms_until_due(&sm), SM_DEFAULT_IDLE_TIMEOUT_MS - 1000);
    key(SM_EV_PAUSE);
    tick(SM_DEFAULT_PAUSE_TIMEOUT_MS);
    assert_at(SM_ATTRACT, 0);
    tick(DAY_MS);
    assert_int_equal(sm.state, SM_ATTRACT);
}

/* Closing time (again) during a staff wake: asleep at once. */
static void test_close_during_staff_wake(void **state)
{
    (void)state;
    start(&even, config);
    close_museum();
    key(SM_EV_NEXT);
    key(SM_EV_NEXT);
    tick(1000);
    close_museum();
    assert_asleep();
    key(SM_EV_NEXT);
    assert_at(SM_BROWSE, 0);
    assert_int_equal(sm.staff_idle_ms, 0);
}

/* staff_wake_ms 0: keys leave it asleep. */
static void test_staff_wake_off(void **state)
{
    (void)state;
    start(&even, (sm_config_t){60000, 300000, LANG_ES, 0});
    close_museum();
    static const sm_event_kind_t keys[] = {SM_EV_NEXT, SM_EV_PREV,
                                           SM_EV_FIRST, SM_EV_LAST,
                                           SM_EV_PAUSE, SM_EV_LANG};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        key(keys[i]);
        assert_asleep();
        assert_lang(LANG_ES);
    }
    open_museum();
    assert_at(SM_ATTRACT, 0);
}

/* The parent state: AWAKE while open, none (top) asleep, STAFF while
 * awake at night, whichever waking state it is in; opening time makes a
 * staff wake AWAKE. */
static void test_parent_states(void **state)
{
    (void)state;
    assert_string_equal(sm_parent_name(SM_TOP), "top");
    assert_string_equal(sm_parent_name(SM_AWAKE), "awake");
    assert_string_equal(sm_parent_name(SM_STAFF), "staff");
    start(&even, config);
    assert_int_equal(sm_parent(&sm), SM_AWAKE);
    key(SM_EV_NEXT);
    key(SM_EV_PAUSE);
    assert_int_equal(sm_parent(&sm), SM_AWAKE);
    close_museum();
    assert_int_equal(sm_parent(&sm), SM_TOP);
    key(SM_EV_NEXT);
    assert_at(SM_BROWSE, 0);
    assert_int_equal(sm_parent(&sm), SM_STAFF);
    key(SM_EV_PAUSE);
    assert_at(SM_PAUSED, 0);
    assert_int_equal(sm_parent(&sm), SM_STAFF);
    key(SM_EV_PAUSE);
    tick(SM_DEFAULT_IDLE_TIMEOUT_MS);
    assert_at(SM_ATTRACT, 0);
    assert_int_equal(sm_parent(&sm), SM_STAFF);
    open_museum();
    assert_at(SM_ATTRACT, 0);
    assert_int_equal(sm_parent(&sm), SM_AWAKE);
}

/* A machine given what it must never be given: KIOSK_ASSERT stops it (the
 * hook of tests/unit/assert_hook.c hands that to cmocka) rather than read
 * past the deck's slides. */
static void test_assert_fires_on_a_slide_past_the_deck(void **state)
{
    (void)state;
    start(&even, config);
    sm.slide = even.count; /* no such slide */
    expect_assert_failure(sm_progress_permille(&sm));
    expect_assert_failure(tick(1));
    static const deck_t empty = {.count = 0};
    expect_assert_failure(sm_init(&sm, config, &empty));
}

/* 64-bit time: asleep across 2^32 ms (49.7 days), then a staff wake
 * whose one tick is 2^32 ms long, then the attract loop across it. */
static void test_sleep_across_2_32_ms(void **state)
{
    (void)state;
    start(&mixed, config);
    close_museum();
    tick((1ull << 32) - 1);
    tick(2);
    assert_asleep();
    assert_int_equal(sm.in_state_ms, (1ull << 32) + 1);
    key(SM_EV_NEXT);
    tick(1ull << 32);
    assert_asleep();
    open_museum();
    /* 2^32 ms = 429496 loops of 10 s + 7296 ms: slide 4, 1296 ms in. */
    tick(1ull << 32);
    assert_at(SM_ATTRACT, 3);
    assert_int_equal(sm.in_state_ms, 1296);
}

/* A museum's day as the app feeds it, traced: opening, a visitor,
 * closing, a guard's key at night, sleep again, the next opening. */
static void test_day_sequence_traced(void **state)
{
    (void)state;
    static const traced_step_t steps[] = {
        {{SM_EV_CLOSE, 0}, "close", SM_SLEEP, 0},
        {{SM_EV_TICK, 3600000}, "tick 1h", SM_SLEEP, 0},
        {{SM_EV_OPEN, 0}, "open", SM_ATTRACT, 0},
        {{SM_EV_TICK, 25000}, "tick 25s", SM_ATTRACT, 2},
        {{SM_EV_NEXT, 0}, "right", SM_BROWSE, 3},
        {{SM_EV_TICK, 30000}, "tick 30s", SM_BROWSE, 3},
        {{SM_EV_CLOSE, 0}, "close", SM_SLEEP, 0},
        {{SM_EV_TICK, 7200000}, "tick 2h", SM_SLEEP, 0},
        {{SM_EV_LAST, 0}, "end", SM_BROWSE, 0},
        {{SM_EV_LAST, 0}, "end", SM_BROWSE, 3},
        {{SM_EV_TICK, 60000}, "tick 60s", SM_ATTRACT, 0},
        {{SM_EV_TICK, 240000}, "tick 240s", SM_SLEEP, 0},
        {{SM_EV_TICK, 36000000}, "tick 10h", SM_SLEEP, 0},
        {{SM_EV_OPEN, 0}, "open", SM_ATTRACT, 0},
    };
    run_traced(steps, sizeof steps / sizeof steps[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attract_advances_after_exact_duration),
        cmocka_unit_test(test_attract_loops_last_to_first),
        cmocka_unit_test(test_attract_uses_each_slides_duration),
        cmocka_unit_test(test_attract_huge_ticks),
        cmocka_unit_test(test_attract_times_by_language),
        cmocka_unit_test(test_keys_from_attract_browse),
        cmocka_unit_test(test_browse_next_wraps_prev_stops),
        cmocka_unit_test(test_browse_idle_timeout),
        cmocka_unit_test(test_browse_key_resets_idle),
        cmocka_unit_test(test_narrate_holds_the_slide),
        cmocka_unit_test(test_pause_from_attract_and_resume),
        cmocka_unit_test(test_pause_from_browse_and_resume),
        cmocka_unit_test(test_navigation_leaves_pause_for_browse),
        cmocka_unit_test(test_pause_timeout_returns_to_attract),
        cmocka_unit_test(test_pause_timeout_zero_never),
        cmocka_unit_test(test_ms_until_due),
        cmocka_unit_test(test_progress_permille),
        cmocka_unit_test(test_state_names),
        cmocka_unit_test(test_visit_sequence_traced),
        cmocka_unit_test(test_init_takes_the_default_language),
        cmocka_unit_test(test_lang_in_attract),
        cmocka_unit_test(test_attract_loop_restores_default_lang),
        cmocka_unit_test(test_lang_in_browse),
        cmocka_unit_test(test_lang_in_paused),
        cmocka_unit_test(test_idle_timeout_restores_default_lang),
        cmocka_unit_test(test_pause_timeout_restores_default_lang),
        cmocka_unit_test(test_navigation_keeps_lang),
        cmocka_unit_test(test_lang_sequence_traced),
        cmocka_unit_test(test_close_from_every_state),
        cmocka_unit_test(test_sleep_lets_time_pass),
        cmocka_unit_test(test_every_event_in_sleep),
        cmocka_unit_test(test_open_wakes_to_attract),
        cmocka_unit_test(test_open_while_open_changes_nothing),
        cmocka_unit_test(test_staff_wake_and_its_end),
        cmocka_unit_test(test_staff_keys_restart_staff_time),
        cmocka_unit_test(test_staff_wake_in_every_state),
        cmocka_unit_test(test_opening_during_staff_wake),
        cmocka_unit_test(test_close_during_staff_wake),
        cmocka_unit_test(test_staff_wake_off),
        cmocka_unit_test(test_parent_states),
        cmocka_unit_test(test_assert_fires_on_a_slide_past_the_deck),
        cmocka_unit_test(test_sleep_across_2_32_ms),
        cmocka_unit_test(test_day_sequence_traced),
    };
    return cmocka_run_group_tests(tests, setup_decks, NULL);
}
