/* kiosk.h - the whole chain in one place: content -> deck -> state
 * machine -> screen. The live loop and the headless runner both drive a
 * kiosk_t; they differ only in where events and time come from. */
#ifndef KIOSK_KIOSK_H
#define KIOSK_KIOSK_H

#include <stdbool.h>

#include "../core/content.h"
#include "../core/deck.h"
#include "../core/metrics.h"
#include "../core/narration.h"
#include "../core/settings.h"
#include "../core/sm.h"
#include "../core/usage.h"
#include "reload.h"
#include "screen.h"

/* The opening hours on a wall clock (wall.h): the app, not the core,
 * reads the clock and tells the machine SM_EV_OPEN and SM_EV_CLOSE. */
typedef struct {
    bool on;          /* hours apply: kiosk_hours_start was called and the
                       * hours are not "always" */
    bool simulated;   /* headless: the wall clock is start_ms + now_ms */
    int64_t start_ms; /* simulated: the wall clock when now_ms was 0 */
    bool open;        /* what the machine was last told */
    int64_t next_ms;  /* wall time of the next opening or closing */
    int64_t last_ms;  /* wall time of the last check */
} kiosk_hours_t;

typedef struct kiosk {
    content_t content;
    deck_t deck;
    sm_t sm;
    screen_t screen;
    uint64_t now_ms; /* the kiosk's clock: the sum of every tick fed in */
    settings_t settings; /* as it runs: defaults, file, command line */
    reload_t reload;     /* watches the content file, if there is one */
    kiosk_hours_t hours; /* open or closed by the wall clock */
    narrator_t narrator; /* reading slides aloud: when (narrate.h) */
    /* For a fleet's monitoring (metrics.h): what the run loops count and
     * set; fleet.c reads it. */
    metrics_counts_t counts;  /* visitors' actions, reloads */
    metrics_power_t power;    /* the panel's power, as power.c set it */
    bool watchdog;            /* a service manager's watchdog is pinged */
    int64_t watchdog_ping_wall_ms; /* the last ping; 0: none yet */
    /* Anonymous visitor counts (usage.h), kept only with analytics_dir
     * set; analytics.c writes them. */
    usage_t usage;
} kiosk_t;

/* Loads content (a file, or the built-in one when path is NULL or the file
 * is invalid), builds the deck, starts the machine in ATTRACT. */
bool kiosk_start(kiosk_t *k, const settings_t *settings);

/* Feeds one event to the state machine (a tick also moves the kiosk's
 * clock); logs changes of state and language. */
void kiosk_event(kiosk_t *k, sm_event_t event);

/* A visitor's action (SM_EV_NEXT..SM_EV_LANG, SM_EV_NARRATE) from a key
 * or a touch: counted for the metrics, fed to the machine as kiosk_event,
 * and counted for the visitor analytics at the local hour of the wall
 * clock. */
void kiosk_visitor(kiosk_t *k, metrics_input_t input, sm_event_kind_t event);

/* The kiosk's state for the metrics file, now. */
void kiosk_metrics(const kiosk_t *k, metrics_t *out);

/* Shows new, valid content in place of the current one, keeping the
 * visitor on the same slide where it still exists (hot reload). */
void kiosk_switch_content(kiosk_t *k, const content_t *content);

/* Hot reload, between two events: checks the content file when due (at
 * once with `now`, as on SIGHUP) and switches to a new valid version.
 * The run loops call it after each tick. True when it switched. */
bool kiosk_check_content(kiosk_t *k, bool now);

/* Applies the opening hours from now on, on the real wall clock or
 * (simulated) on one that read start_ms when the kiosk's clock read 0 and
 * moves with it. Outside the hours the machine sleeps at once. Without
 * this call (--shots, --compare, --list) the kiosk never sleeps. */
void kiosk_hours_start(kiosk_t *k, bool simulated, int64_t start_ms);

/* The wall clock: real, or simulated. */
int64_t kiosk_wall_ms(const kiosk_t *k);

/* Tells the machine SM_EV_OPEN or SM_EV_CLOSE when the museum opened or
 * closed since the last check; nothing otherwise (changes only). */
void kiosk_hours_check(kiosk_t *k);

/* Milliseconds until the next opening or closing; UINT64_MAX when none. */
uint64_t kiosk_ms_to_hours_change(const kiosk_t *k);

/* Headless: moves the clock on by ms, stopping at every opening and
 * closing on the way, so each happens at its minute even inside a wait
 * of weeks. */
void kiosk_advance(kiosk_t *k, uint64_t ms);

/* The words of the screen's hints: of touch when the settings say so
 * (touch = yes), or, with touch = auto, when the board has a touch
 * screen (touch_screen: one is there, or a finger was seen); of keys
 * otherwise. Logged when it changes; the slide is drawn again. */
void kiosk_set_touch(kiosk_t *k, bool touch_screen);

/* Brings the framebuffer up to date; see screen_update. */
int kiosk_draw(kiosk_t *k, fb_t *fb, fb_rect_t *dirty);

#endif
