/* kiosk.c - content to screen; see kiosk.h. */
#include "kiosk.h"

#include "../platform/log.h"
#include "content_source.h"
#include "narrate.h"
#include "wall.h"

/* The deck of the content on show. The settings' fixed slide time
 * replaces the content's, and their reading rate and floor time the
 * rest; a slide's own time in the content still wins: it is the
 * curator's choice. */
static void build_deck(kiosk_t *k)
{
    if (k->settings.slide_ms) k->content.show.slide_ms = k->settings.slide_ms;
    k->content.show.reading_wpm = k->settings.reading_wpm;
    k->content.show.reading_min_ms = k->settings.reading_min_ms;
    deck_build(&k->content, &k->deck);
}

bool kiosk_start(kiosk_t *k, const settings_t *s)
{
    k->settings = *s;
    const char *path = s->content[0] ? s->content : NULL;
    content_digest_t shown;
    if (!content_source_for_kiosk(path, &k->content, &shown)) return false;
    build_deck(k);
    sm_config_t config = {s->idle_timeout_ms, s->pause_timeout_ms, s->lang,
                          s->staff_wake_ms};
    sm_init(&k->sm, config, &k->deck);
    screen_init(&k->screen, &k->content, &k->deck, s->transition_ms,
                s->burn_in_shift);
    k->screen.closed_notice = s->closed_notice;
    kiosk_set_touch(k, false);
    k->now_ms = 0;
    k->hours = (kiosk_hours_t){0};
    /* Silent until a run mode opens a voice (narrate_open). */
    narrator_init(&k->narrator, s->narration, false);
    reload_init(&k->reload, path, k->now_ms, shown);
    k->counts = (metrics_counts_t){0};
    k->power = (metrics_power_t){true, 0};
    k->watchdog = false;
    k->watchdog_ping_wall_ms = 0;
    usage_init(&k->usage);
    return true;
}

void kiosk_event(kiosk_t *k, sm_event_t event)
{
    lang_t lang = k->sm.lang;
    if (event.kind == SM_EV_TICK) k->now_ms += event.elapsed_ms;
    sm_transition_t t = sm_step(&k->sm, event);
    /* Only changes of state: a slide change every ten seconds for months
     * would bury everything else in the journal. */
    if (t.from != t.to)
        log_info("%s -> %s on slide %u", sm_state_name(t.from),
                 sm_state_name(t.to), t.slide_to + 1);
    if (k->sm.lang != lang) log_info("language: %s", lang_code(k->sm.lang));
    narrate_follow(k, event.kind, event.elapsed_ms);
    if (k->settings.analytics_dir[0]) usage_observe(&k->usage, &k->sm, k->now_ms);
}

void kiosk_visitor(kiosk_t *k, metrics_input_t input, sm_event_kind_t event)
{
    metrics_count_interaction(&k->counts, input, event, k->now_ms);
    kiosk_event(k, (sm_event_t){event, 0});
    if (!k->settings.analytics_dir[0]) return;
    char date[11];
    uint32_t hour;
    wall_local_day(kiosk_wall_ms(k), date, &hour);
    usage_action(&k->usage, &k->sm, event, k->now_ms, hour);
}

void kiosk_metrics(const kiosk_t *k, metrics_t *m)
{
    *m = (metrics_t){0};
    m->up = true;
    m->state = k->sm.state;
    m->slide = k->sm.slide + 1;
    m->slides = k->deck.count;
    m->lang = k->sm.lang;
    m->content_fnv1a = k->reload.shown.fnv1a;
    m->content_bytes = k->reload.shown.size;
    m->counts = k->counts;
    m->counts.reloads_refused = k->reload.refused;
    m->now_ms = k->now_ms;
    m->wall_ms = kiosk_wall_ms(k);
    m->power = k->power;
    m->watchdog = k->watchdog;
    m->watchdog_ping_wall_ms = k->watchdog_ping_wall_ms;
}

void kiosk_set_touch(kiosk_t *k, bool touch_screen)
{
    settings_touch_t t = k->settings.touch;
    bool touch = t == SETTINGS_TOUCH_YES || (t == SETTINGS_TOUCH_AUTO && touch_screen);
    view_input_t input = touch ? VIEW_INPUT_TOUCH : VIEW_INPUT_KEYS;
    if (input != k->screen.input)
        log_info("the screen's hints speak of %s", touch ? "touch" : "keys");
    k->screen.input = input;
}

int kiosk_draw(kiosk_t *k, fb_t *fb, fb_rect_t *dirty)
{
    return screen_update(&k->screen, fb, &k->sm, k->now_ms, dirty);
}

void kiosk_switch_content(kiosk_t *k, const content_t *content)
{
    char key[LIMIT_SHORT_TEXT * 4];
    deck_slide_key(&k->deck, &k->content, k->sm.slide, key, sizeof key);
    k->content = *content;
    build_deck(k);
    uint32_t same = deck_find_key(&k->deck, &k->content, key);
    /* Where the slide is gone, the nearest place: the same position. */
    bool found = same != UINT32_MAX;
    sm_rebase(&k->sm, &k->deck, found ? same : k->sm.slide, found);
    screen_new_content(&k->screen);
}

bool kiosk_check_content(kiosk_t *k, bool now)
{
    if (reload_poll(&k->reload, k->now_ms, now) != RELOAD_NEW_CONTENT)
        return false;
    kiosk_switch_content(k, reload_bank());
    k->counts.reloads++;
    k->counts.content_wall_ms = kiosk_wall_ms(k);
    return true;
}

/* ------------------------------------------------------ opening hours */

static void log_hours(const kiosk_hours_t *h)
{
    char when[64] = "never";
    if (h->next_ms != WALL_NEVER) wall_format(h->next_ms, when, sizeof when);
    log_info("%s by the opening hours, until %s", h->open ? "open" : "closed",
             when);
}

void kiosk_hours_start(kiosk_t *k, bool simulated, int64_t start_ms)
{
    /* "always" never changes: nothing to watch, and nothing to cost. */
    k->hours = (kiosk_hours_t){!k->settings.hours.always, simulated, start_ms,
                               true, INT64_MIN, INT64_MIN};
    kiosk_hours_check(k);
    if (k->hours.on && k->hours.open) log_hours(&k->hours);
    /* The wall clock (real or simulated) is known from here on: the
     * content on show was loaded at the start. */
    k->counts.content_wall_ms = kiosk_wall_ms(k);
}

int64_t kiosk_wall_ms(const kiosk_t *k)
{
    return k->hours.simulated ? k->hours.start_ms + (int64_t)k->now_ms
                              : wall_now_ms();
}

void kiosk_hours_check(kiosk_t *k)
{
    kiosk_hours_t *h = &k->hours;
    if (!h->on) return;
    int64_t now = kiosk_wall_ms(k);
    /* Between changes nothing is worked out; a clock set back (by NTP,
     * say) is worked out again. */
    bool due = now >= h->next_ms || now < h->last_ms;
    h->last_ms = now;
    if (!due) return;
    bool open = wall_open_at(&k->settings.hours, now, &h->next_ms);
    if (open == h->open) return;
    h->open = open;
    log_hours(h);
    kiosk_event(k, (sm_event_t){open ? SM_EV_OPEN : SM_EV_CLOSE, 0});
}

uint64_t kiosk_ms_to_hours_change(const kiosk_t *k)
{
    if (!k->hours.on || k->hours.next_ms == WALL_NEVER) return UINT64_MAX;
    int64_t now = kiosk_wall_ms(k);
    return k->hours.next_ms > now ? (uint64_t)(k->hours.next_ms - now) : 0;
}

void kiosk_advance(kiosk_t *k, uint64_t ms)
{
    if (k->hours.on && k->hours.simulated) {
        /* next_ms always lies ahead after a check: each step moves on. */
        for (uint64_t step; (step = kiosk_ms_to_hours_change(k)) <= ms; ms -= step) {
            kiosk_event(k, (sm_event_t){SM_EV_TICK, step});
            kiosk_hours_check(k);
        }
    }
    kiosk_event(k, (sm_event_t){SM_EV_TICK, ms});
    kiosk_hours_check(k);
}
