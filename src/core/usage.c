/* usage.c - anonymous visitor counters; see usage.h. */
#include "usage.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "textbuf.h"

/* Most visits end by the idle timeout (60 s by default) after the last
 * action, so the bands are finer around a minute or two. */
const uint32_t usage_band_upper_s[USAGE_BANDS] = {30, 60, 90, 120, 300, 600};

void usage_init(usage_t *u) { memset(u, 0, sizeof *u); }

/* A visitor is at the kiosk: browsing or paused while the museum is open
 * (while it is closed the keys are staff's). */
static bool visiting(const sm_t *sm)
{
    return !sm->closed && (sm->state == SM_BROWSE || sm->state == SM_PAUSED);
}

static uint32_t band_of(uint64_t ms)
{
    uint32_t b = 0;
    while (b < USAGE_BANDS && ms > (uint64_t)usage_band_upper_s[b] * 1000u) b++;
    return b;
}

static void end_visit(usage_t *u, uint64_t now_ms)
{
    uint64_t length = now_ms - u->visit_start_ms;
    u->day.visits++;
    u->day.visit_ms += length;
    u->day.visit_bands[band_of(length)]++;
    u->in_visit = false;
}

static void show(usage_t *u, const sm_t *sm)
{
    u->slide = sm->slide < LIMIT_SLIDES ? sm->slide : LIMIT_SLIDES - 1;
    u->lang = sm->lang;
    u->day.slide_shows[u->slide][u->lang]++;
}

/* The visit under way: the slide's time up to now, then its end, or a
 * new slide or language on show. */
static void track(usage_t *u, const sm_t *sm, uint64_t now_ms)
{
    if (!u->in_visit) return;
    u->day.slide_ms[u->slide][u->lang] += now_ms - u->seen_ms;
    u->seen_ms = now_ms;
    if (!visiting(sm)) end_visit(u, now_ms);
    else if (sm->slide != u->slide || sm->lang != u->lang) show(u, sm);
}

void usage_action(usage_t *u, const sm_t *sm, sm_event_kind_t event,
                  uint64_t now_ms, uint32_t hour)
{
    bool visitor = (event >= SM_EV_NEXT && event <= SM_EV_LANG) ||
                   event == SM_EV_NARRATE;
    if (!visitor || sm->closed) return;
    if (hour >= USAGE_HOURS) hour = USAGE_HOURS - 1;
    u->day.actions[hour]++;
    if (event == SM_EV_LANG) u->day.language_switches++;
    track(u, sm, now_ms);
    if (u->in_visit || !visiting(sm)) return;
    u->in_visit = true;
    u->visit_start_ms = u->seen_ms = now_ms;
    u->day.visits_began[hour]++;
    show(u, sm);
}

void usage_observe(usage_t *u, const sm_t *sm, uint64_t now_ms)
{
    track(u, sm, now_ms);
}

void usage_new_day(usage_t *u, uint64_t now_ms)
{
    if (u->in_visit) u->seen_ms = now_ms;
    memset(&u->day, 0, sizeof u->day);
}

/* -------------------------------------------------------------- write */

static void put_ms(textbuf_t *o, const char *name, const char *keys, uint64_t ms)
{
    if (ms) textbuf_put(o, "%s,%s,%" PRIu64 ".%03" PRIu64 "\n", name, keys, ms / 1000u, ms % 1000u);
}

static void put_count(textbuf_t *o, const char *name, const char *keys, uint64_t n)
{
    if (n) textbuf_put(o, "%s,%s,%" PRIu64 "\n", name, keys, n);
}

static void put_slides(textbuf_t *o, const usage_day_t *d)
{
    char keys[32];
    for (uint32_t s = 0; s < LIMIT_SLIDES; s++)
        for (int l = 0; l < LANG_COUNT; l++) {
            snprintf(keys, sizeof keys, "%" PRIu32 ",%s,", s + 1, lang_code((lang_t)l));
            put_count(o, "slide_shows", keys, d->slide_shows[s][l]);
            put_ms(o, "slide_seconds", keys, d->slide_ms[s][l]);
        }
}

static void put_hours(textbuf_t *o, const char *name, const uint32_t *per_hour)
{
    char keys[16];
    for (uint32_t h = 0; h < USAGE_HOURS; h++) {
        snprintf(keys, sizeof keys, ",,%" PRIu32, h);
        put_count(o, name, keys, per_hour[h]);
    }
}

size_t usage_csv_write(const usage_day_t *d, char *buf, size_t cap)
{
    if (cap == 0) return 0;
    textbuf_t o = textbuf_start(buf, cap);
    char keys[16];
    textbuf_put(&o, "counter,slide,language,hour,value\n");
    put_slides(&o, d);
    put_count(&o, "visits", ",,", d->visits);
    put_ms(&o, "visit_seconds", ",,", d->visit_ms);
    for (uint32_t b = 0; b <= USAGE_BANDS; b++) {
        snprintf(keys, sizeof keys, ",,%" PRIu32, b < USAGE_BANDS ? usage_band_upper_s[b] : 0u);
        put_count(&o, "visits_up_to", keys, d->visit_bands[b]);
    }
    put_hours(&o, "visits_began", d->visits_began);
    put_hours(&o, "actions", d->actions);
    put_count(&o, "language_switches", ",,", d->language_switches);
    return textbuf_end(&o);
}

/* --------------------------------------------------------------- read */

/* One line's fields: counter, slide, language, hour, value. */
typedef struct {
    char counter[24];
    uint32_t slide; /* 0: none */
    int lang;       /* -1: none */
    int64_t hour;   /* -1: none */
    uint64_t value; /* a count, or milliseconds for *_seconds */
} row_t;

static bool parse_uint(const char *s, size_t n, uint64_t *out)
{
    uint64_t v = 0;
    if (n == 0 || n > 15) return false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10u + (uint64_t)(s[i] - '0');
    }
    *out = v;
    return true;
}

/* "12.345" seconds (three decimals, as written) in milliseconds. */
static bool parse_ms(const char *s, size_t n, uint64_t *out)
{
    const char *dot = memchr(s, '.', n);
    uint64_t whole, frac;
    if (!dot || s + n - dot != 4) return false;
    if (!parse_uint(s, (size_t)(dot - s), &whole) || !parse_uint(dot + 1, 3, &frac))
        return false;
    *out = whole * 1000u + frac;
    return true;
}

static bool is_seconds(const char *counter)
{
    size_t n = strlen(counter);
    return n > 8 && strcmp(counter + n - 8, "_seconds") == 0;
}

/* Splits a line into its five fields; false when it has not five. */
static bool split(const char *line, size_t n, const char *field[5], size_t len[5])
{
    int f = 0;
    field[0] = line;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && line[i] != ',') continue;
        if (f == 5) return false;
        len[f] = (size_t)(line + i - field[f]);
        if (++f < 5) field[f] = line + i + 1;
        if (i < n && f == 5) return false;
    }
    return f == 5;
}

static bool parse_row(const char *line, size_t n, row_t *r, char *why, size_t cap)
{
    const char *f[5];
    size_t len[5];
    uint64_t v;
    *r = (row_t){"", 0, -1, -1, 0};
    if (!split(line, n, f, len) || len[0] >= sizeof r->counter) {
        snprintf(why, cap, "expected counter,slide,language,hour,value");
        return false;
    }
    memcpy(r->counter, f[0], len[0]);
    r->counter[len[0]] = '\0';
    if (len[1] && (!parse_uint(f[1], len[1], &v) || v < 1 || v > LIMIT_SLIDES)) {
        snprintf(why, cap, "the slide must be 1 to %d", LIMIT_SLIDES);
        return false;
    }
    r->slide = len[1] ? (uint32_t)v : 0u;
    if (len[2] == 2 && memcmp(f[2], "es", 2) == 0) r->lang = LANG_ES;
    else if (len[2] == 2 && memcmp(f[2], "en", 2) == 0) r->lang = LANG_EN;
    else if (len[2]) {
        snprintf(why, cap, "the language must be es or en");
        return false;
    }
    if (len[3] && !parse_uint(f[3], len[3], &v)) {
        snprintf(why, cap, "the hour column must be a number");
        return false;
    }
    r->hour = len[3] ? (int64_t)v : -1;
    bool ok = is_seconds(r->counter) ? parse_ms(f[4], len[4], &r->value)
                                     : parse_uint(f[4], len[4], &r->value);
    if (!ok) snprintf(why, cap, "the value must be %s", is_seconds(r->counter)
                                    ? "seconds with three decimals" : "a whole number");
    return ok;
}

/* The band whose upper end (seconds) is `upper`, 0 for the last band:
 * its index, or -1 when no band ends there. */
static int band_index(int64_t upper)
{
    if (upper == 0) return USAGE_BANDS;
    for (int b = 0; b < USAGE_BANDS; b++)
        if ((int64_t)usage_band_upper_s[b] == upper) return b;
    return -1;
}

/* Adds a row's value where it belongs; false when its keys do not fit
 * its counter. */
static bool add_row(usage_day_t *d, const row_t *r)
{
    bool slide = r->slide && r->lang >= 0, hour = r->hour >= 0 && r->hour < USAGE_HOURS;
    uint32_t v = (uint32_t)r->value, s = r->slide - 1;
    if (strcmp(r->counter, "slide_shows") == 0 && slide) d->slide_shows[s][r->lang] += v;
    else if (strcmp(r->counter, "slide_seconds") == 0 && slide) d->slide_ms[s][r->lang] += r->value;
    else if (strcmp(r->counter, "visits") == 0) d->visits += v;
    else if (strcmp(r->counter, "visit_seconds") == 0) d->visit_ms += r->value;
    else if (strcmp(r->counter, "visits_up_to") == 0 && band_index(r->hour) >= 0)
        d->visit_bands[band_index(r->hour)] += v;
    else if (strcmp(r->counter, "visits_began") == 0 && hour) d->visits_began[r->hour] += v;
    else if (strcmp(r->counter, "actions") == 0 && hour) d->actions[r->hour] += v;
    else if (strcmp(r->counter, "language_switches") == 0) d->language_switches += v;
    else return false;
    return true;
}

bool usage_csv_read(const char *text, size_t size, usage_day_t *d,
                    uint32_t *bad_line, char *why, size_t cap)
{
    uint32_t line = 0;
    for (size_t pos = 0; pos < size;) {
        const char *nl = memchr(text + pos, '\n', size - pos);
        size_t end = nl ? (size_t)(nl - text) : size, n = end - pos;
        const char *s = text + pos;
        line++;
        pos = end + 1;
        if (n && s[n - 1] == '\r') n--;
        if (n == 0 || (line == 1 && n == 33 && memcmp(s, "counter,slide,language,hour,value", 33) == 0))
            continue;
        row_t r;
        if (!parse_row(s, n, &r, why, cap)) {
            *bad_line = line;
            return false;
        }
        if (!add_row(d, &r)) {
            *bad_line = line;
            snprintf(why, cap, "unknown counter '%s' or keys that do not fit it", r.counter);
            return false;
        }
    }
    return true;
}
