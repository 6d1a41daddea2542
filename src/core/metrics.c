/* metrics.c - Prometheus text of the kiosk's state; see metrics.h. */
#include "metrics.h"

#include <inttypes.h>

#include "textbuf.h"

static const char *const input_names[METRICS_INPUT_COUNT] = {"key", "touch"};
static const char *const action_names[METRICS_ACTION_COUNT] = {
    "next", "previous", "first", "last", "pause", "language", "narration"};

const char *metrics_input_name(metrics_input_t input)
{
    return (unsigned)input < METRICS_INPUT_COUNT ? input_names[input] : "?";
}

const char *metrics_action_name(uint32_t action)
{
    return action < METRICS_ACTION_COUNT ? action_names[action] : "?";
}

void metrics_count_interaction(metrics_counts_t *c, metrics_input_t input,
                               sm_event_kind_t event, uint64_t now_ms)
{
    /* Time and the museum's hours are not a visitor's doing. */
    uint32_t action;
    if (event >= SM_EV_NEXT && event <= SM_EV_LANG) action = event - SM_EV_NEXT;
    else if (event == SM_EV_NARRATE) action = METRICS_ACTION_COUNT - 1;
    else return;
    if ((unsigned)input >= METRICS_INPUT_COUNT) return;
    c->interactions[input][action]++;
    c->interacted = true;
    c->last_interaction_ms = now_ms;
}

/* ------------------------------------------------------------- output */

/* The HELP and TYPE lines every metric starts with. */
static void head(textbuf_t *o, const char *name, const char *type, const char *help)
{
    textbuf_put(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* Milliseconds as seconds with three decimals, without floating point. */
static void put_seconds(textbuf_t *o, const char *name, int64_t ms)
{
    const char *sign = ms < 0 ? "-" : "";
    uint64_t m = ms < 0 ? (uint64_t)0 - (uint64_t)ms : (uint64_t)ms;
    textbuf_put(o, "%s %s%" PRIu64 ".%03" PRIu64 "\n", name, sign, m / 1000u, m % 1000u);
}

static void gauge_seconds(textbuf_t *o, const char *name, const char *help, int64_t ms)
{
    head(o, name, "gauge", help);
    put_seconds(o, name, ms);
}

static void gauge(textbuf_t *o, const char *name, const char *help, uint64_t v)
{
    head(o, name, "gauge", help);
    textbuf_put(o, "%s %" PRIu64 "\n", name, v);
}

static void counter(textbuf_t *o, const char *name, const char *help, uint64_t v)
{
    head(o, name, "counter", help);
    textbuf_put(o, "%s %" PRIu64 "\n", name, v);
}

static void put_identity(textbuf_t *o, const metrics_t *m)
{
    gauge(o, "kiosk_up", "1 while the kiosk runs; 0 in the file left by a clean exit",
          m->up ? 1u : 0u);
    head(o, "kiosk_build_info", "gauge", "the kiosk's build, as a label");
    textbuf_put(o, "kiosk_build_info{version=\"%s\"} 1\n", m->version ? m->version : "");
    gauge_seconds(o, "kiosk_uptime_seconds", "time since the kiosk started",
                  (int64_t)m->now_ms);
    gauge_seconds(o, "kiosk_start_time_seconds",
                  "wall time the kiosk started, since the epoch",
                  m->wall_ms - (int64_t)m->now_ms);
}

static void put_show(textbuf_t *o, const metrics_t *m)
{
    static const sm_state_t states[] = {SM_ATTRACT, SM_BROWSE, SM_PAUSED, SM_SLEEP};
    head(o, "kiosk_state", "gauge", "1 for the state the slideshow is in");
    for (size_t i = 0; i < sizeof states / sizeof *states; i++)
        textbuf_put(o, "kiosk_state{state=\"%s\"} %d\n", sm_state_name(states[i]),
            m->state == states[i]);
    gauge(o, "kiosk_slide", "the slide on show, from 1", m->slide);
    gauge(o, "kiosk_slides", "the slides in the show", m->slides);
    head(o, "kiosk_language", "gauge", "1 for the language on show");
    for (int l = 0; l < LANG_COUNT; l++)
        textbuf_put(o, "kiosk_language{language=\"%s\"} %d\n", lang_code((lang_t)l),
            m->lang == (lang_t)l);
}

static void put_content(textbuf_t *o, const metrics_t *m)
{
    head(o, "kiosk_content_info", "gauge",
         "the content on show: FNV-1a 64 of its bytes, and their number");
    textbuf_put(o, "kiosk_content_info{fnv1a=\"%016" PRIx64 "\",bytes=\"%" PRIu64 "\"} 1\n",
        m->content_fnv1a, m->content_bytes);
    gauge_seconds(o, "kiosk_content_loaded_timestamp_seconds",
                  "wall time the content on show was loaded (start or reload)",
                  m->counts.content_wall_ms);
    counter(o, "kiosk_content_reloads_total",
            "new content versions switched to", m->counts.reloads);
    counter(o, "kiosk_content_reloads_refused_total",
            "content versions refused (invalid, unreadable, missing)",
            m->counts.reloads_refused);
}

static void put_visitors(textbuf_t *o, const metrics_t *m)
{
    const metrics_counts_t *c = &m->counts;
    head(o, "kiosk_interactions_total", "counter",
         "a visitor's actions, by input and action");
    for (int i = 0; i < METRICS_INPUT_COUNT; i++)
        for (uint32_t a = 0; a < METRICS_ACTION_COUNT; a++)
            textbuf_put(o, "kiosk_interactions_total{input=\"%s\",action=\"%s\"} %" PRIu64 "\n",
                input_names[i], action_names[a], c->interactions[i][a]);
    /* Never touched: as long as the kiosk has run. */
    uint64_t since = c->interacted ? m->now_ms - c->last_interaction_ms : m->now_ms;
    gauge_seconds(o, "kiosk_last_interaction_age_seconds",
                  "time since a visitor's last action (since the start if none)",
                  (int64_t)since);
}

static void put_board(textbuf_t *o, const metrics_t *m)
{
    head(o, "kiosk_display_power", "gauge",
         "1 for the panel's power; off only while closed, on purpose");
    textbuf_put(o, "kiosk_display_power{state=\"on\"} %d\n", m->power.on);
    textbuf_put(o, "kiosk_display_power{state=\"off\"} %d\n", !m->power.on);
    counter(o, "kiosk_display_power_errors_total",
            "panel power requests that failed (command or DPMS)", m->power.errors);
    gauge(o, "kiosk_watchdog_enabled", "1 when a service manager's watchdog is pinged",
          m->watchdog ? 1u : 0u);
    gauge_seconds(o, "kiosk_watchdog_last_ping_timestamp_seconds",
                  "wall time of the last watchdog ping; 0 if none",
                  m->watchdog_ping_wall_ms);
}

size_t metrics_format(const metrics_t *m, char *buf, size_t cap)
{
    if (cap == 0) return 0;
    textbuf_t o = textbuf_start(buf, cap);
    put_identity(&o, m);
    put_show(&o, m);
    put_content(&o, m);
    put_visitors(&o, m);
    put_board(&o, m);
    return textbuf_end(&o);
}
