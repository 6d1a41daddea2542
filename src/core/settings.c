/* settings.c - the settings file; see settings.h.
 *
 * Like content.c, and for the same reasons (Debian's inih has a 200-byte
 * line limit and gives no line numbers), a small line parser of its own;
 * the settings are few, so each has a function that checks and stores it.
 */
#include "settings.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "reading.h"
#include "utf8.h"

void settings_defaults(settings_t *s)
{
    memset(s, 0, sizeof *s);
    s->lang = LANG_DEFAULT;
    s->reading_wpm = READING_DEFAULT_WPM;
    s->reading_min_ms = READING_DEFAULT_MIN_MS;
    s->idle_timeout_ms = 60000;
    s->pause_timeout_ms = 300000;
    s->transition_ms = 500;
    hours_always(&s->hours);
    s->staff_wake_ms = 5u * 60000u;
    s->burn_in_shift = true;
    s->log_level = SETTINGS_LOG_INFO;
    settings_parse_chord("ctrl+alt+shift+q", &s->exit_chord);
    s->exit_hold_ms = 3000;
    s->narration = NARRATION_ON_REQUEST;
    s->narration_volume = 80;
    /* A little slower than espeak-ng's 175: a museum's visitors listen in
     * a second language too. */
    s->narration_rate = 160;
}

typedef struct {
    settings_t *s;
    const settings_lookup_t *lookup; /* the platform's names; NULL: none */
    content_report_t *report;
    uint32_t line;
    uint32_t seen[32]; /* line each setting was given on, by table index */
} reader_t;

static bool report(reader_t *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Adds an error on the current line; always false, for `return`. */
static bool report(reader_t *r, const char *fmt, ...)
{
    content_report_t *rep = r->report;
    rep->total++;
    if (rep->kept >= LIMIT_ERRORS) return false;
    content_error_t *e = &rep->errors[rep->kept++];
    e->line = r->line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    return false;
}

/* ------------------------------------------------------------- values */

static bool parse_uint(const char *v, uint32_t lo, uint32_t hi, uint32_t *out)
{
    uint32_t n = 0;
    if (!*v || strlen(v) > 9) return false;
    for (; *v; v++) {
        if (*v < '0' || *v > '9') return false;
        n = n * 10 + (uint32_t)(*v - '0');
    }
    if (n < lo || n > hi) return false;
    *out = n;
    return true;
}

static bool parse_switch(const char *v, bool *out)
{
    if (strcmp(v, "on") == 0 || strcmp(v, "yes") == 0 || strcmp(v, "true") == 0)
        *out = true;
    else if (strcmp(v, "off") == 0 || strcmp(v, "no") == 0 || strcmp(v, "false") == 0)
        *out = false;
    else
        return false;
    return true;
}

bool settings_parse_chord(const char *text, settings_chord_t *out)
{
    settings_chord_t c = {0, ""};
    char buf[LIMIT_SETTING_TEXT + 1];
    snprintf(buf, sizeof buf, "%s", text);
    for (char *tok = buf, *next; tok; tok = next) {
        next = strchr(tok, '+');
        if (next) *next++ = '\0';
        if (strcmp(tok, "ctrl") == 0) c.mods |= CHORD_CTRL;
        else if (strcmp(tok, "alt") == 0) c.mods |= CHORD_ALT;
        else if (strcmp(tok, "shift") == 0) c.mods |= CHORD_SHIFT;
        else if (c.key[0] || !*tok || strlen(tok) >= sizeof c.key) return false;
        else memcpy(c.key, tok, strlen(tok) + 1); /* fits: checked above */
    }
    if (!c.key[0]) return false;
    *out = c;
    return true;
}

/* ----------------------------------------------------------- settings */

/* Each setting: its key and the function that checks and stores it. */
typedef bool (*setter_t)(reader_t *r, const char *v);

static bool set_content(reader_t *r, const char *v)
{
    if (strlen(v) > LIMIT_SETTING_TEXT)
        return report(r, "'content' is longer than %d bytes", LIMIT_SETTING_TEXT);
    snprintf(r->s->content, sizeof r->s->content, "%s", v);
    return true;
}

static bool set_language(reader_t *r, const char *v)
{
    return lang_parse(v, &r->s->lang) ||
           report(r, "'language' must be es or en, not '%s'", v);
}

static bool set_seconds(reader_t *r, const char *key, const char *v,
                        uint32_t lo, uint32_t hi, uint64_t *out)
{
    uint32_t n;
    if (!parse_uint(v, lo, hi, &n))
        return report(r, "'%s' must be a whole number from %" PRIu32 " to %" PRIu32 ", not '%s'",
                      key, lo, hi, v);
    *out = (uint64_t)n * 1000u;
    return true;
}

/* A slide time in seconds (as a content's `seconds`), kept in 32 bits. */
static bool set_slide_time(reader_t *r, const char *key, const char *v,
                           uint32_t *out)
{
    uint64_t ms = 0;
    if (!set_seconds(r, key, v, LIMIT_SLIDE_SECONDS_MIN,
                     LIMIT_SLIDE_SECONDS_MAX, &ms))
        return false;
    *out = (uint32_t)ms;
    return true;
}

static bool set_slide(reader_t *r, const char *v)
{
    return set_slide_time(r, "slide_seconds", v, &r->s->slide_ms);
}

static bool set_wpm(reader_t *r, const char *v)
{
    return parse_uint(v, LIMIT_READING_WPM_MIN, LIMIT_READING_WPM_MAX,
                      &r->s->reading_wpm) ||
           report(r, "'reading_wpm' must be a whole number from %d to %d, not '%s'",
                  LIMIT_READING_WPM_MIN, LIMIT_READING_WPM_MAX, v);
}

static bool set_reading_min(reader_t *r, const char *v)
{
    return set_slide_time(r, "reading_min_seconds", v, &r->s->reading_min_ms);
}

static bool set_idle(reader_t *r, const char *v)
{
    return set_seconds(r, "idle_seconds", v, 5, 3600, &r->s->idle_timeout_ms);
}

static bool set_pause(reader_t *r, const char *v)
{
    return set_seconds(r, "pause_seconds", v, 0, 86400, &r->s->pause_timeout_ms);
}

static bool set_transition(reader_t *r, const char *v)
{
    return parse_uint(v, 0, 5000, &r->s->transition_ms) ||
           report(r, "'transition_ms' must be from 0 to 5000, not '%s'", v);
}

static bool set_rotate(reader_t *r, const char *v)
{
    uint32_t d;
    if (!parse_uint(v, 0, 270, &d) || d % 90)
        return report(r, "'rotate' must be 0, 90, 180 or 270, not '%s'", v);
    r->s->rotate = (int)d;
    return true;
}

static bool set_hours(reader_t *r, const char *v)
{
    char err[120];
    hours_t h;
    if (!hours_parse(v, &h, err, sizeof err))
        return report(r, "'hours': %s", err);
    r->s->hours = h;
    return true;
}

static bool set_notice(reader_t *r, const char *v)
{
    return parse_switch(v, &r->s->closed_notice) ||
           report(r, "'closed_notice' must be on or off, not '%s'", v);
}

static bool set_staff(reader_t *r, const char *v)
{
    uint32_t n;
    if (!parse_uint(v, 1, 120, &n))
        return report(r, "'staff_minutes' must be from 1 to 120, not '%s'", v);
    r->s->staff_wake_ms = n * 60000u;
    return true;
}

static bool set_burn_in(reader_t *r, const char *v)
{
    return parse_switch(v, &r->s->burn_in_shift) ||
           report(r, "'burn_in_shift' must be on or off, not '%s'", v);
}

static bool set_log_level(reader_t *r, const char *v)
{
    static const char *const names[] = {"error", "warn", "info"};
    for (int i = 0; i < 3; i++)
        if (strcmp(v, names[i]) == 0) {
            r->s->log_level = (settings_log_t)i;
            return true;
        }
    return report(r, "'log_level' must be error, warn or info, not '%s'", v);
}

/* auto, or a switch's words: a panel with or without a touch screen. */
static bool set_touch(reader_t *r, const char *v)
{
    bool on;
    if (strcmp(v, "auto") == 0) {
        r->s->touch = SETTINGS_TOUCH_AUTO;
        return true;
    }
    if (!parse_switch(v, &on))
        return report(r, "'touch' must be auto, yes or no, not '%s'", v);
    r->s->touch = on ? SETTINGS_TOUCH_YES : SETTINGS_TOUCH_NO;
    return true;
}

static int mod_count(uint8_t mods)
{
    return !!(mods & CHORD_CTRL) + !!(mods & CHORD_ALT) + !!(mods & CHORD_SHIFT);
}

static bool set_chord(reader_t *r, const char *v)
{
    settings_chord_t c;
    if (!settings_parse_chord(v, &c))
        return report(r, "'exit_chord' must be modifiers and a key, like "
                         "ctrl+alt+shift+q, not '%s'", v);
    if (mod_count(c.mods) < SETTINGS_CHORD_MODS_MIN)
        return report(r, "'exit_chord' needs at least two of ctrl, alt and "
                         "shift: a visitor could hold '%s'", v);
    const settings_lookup_t *l = r->lookup;
    if (l && l->key_known && !l->key_known(c.key))
        return report(r, "'exit_chord': no key is named '%s'", c.key);
    r->s->exit_chord = c;
    return true;
}

static bool set_hold(reader_t *r, const char *v)
{
    uint32_t n;
    if (!parse_uint(v, 1, 30, &n))
        return report(r, "'exit_hold_seconds' must be from 1 to 30, not '%s'", v);
    r->s->exit_hold_ms = n * 1000u;
    return true;
}

/* Empty: the system's zone. A name the C library would not find is caught
 * here: it would silently take it as UTC. */
static bool set_zone(reader_t *r, const char *v)
{
    char why[LIMIT_ERROR_TEXT + 1];
    const settings_lookup_t *l = r->lookup;
    if (strlen(v) > LIMIT_SETTING_TEXT)
        return report(r, "'timezone' is longer than %d bytes", LIMIT_SETTING_TEXT);
    if (*v && l && l->zone_known && !l->zone_known(v, why, sizeof why))
        return report(r, "'timezone': %s", why);
    snprintf(r->s->zone, sizeof r->s->zone, "%s", v);
    return true;
}

static bool set_narration(reader_t *r, const char *v)
{
    return narration_mode_parse(v, &r->s->narration) ||
           report(r, "'narration' must be off, on-request or always, not '%s'", v);
}

static bool set_narration_volume(reader_t *r, const char *v)
{
    return parse_uint(v, 0, 100, &r->s->narration_volume) ||
           report(r, "'narration_volume' must be a percentage from 0 to 100, "
                     "not '%s'", v);
}

static bool set_narration_rate(reader_t *r, const char *v)
{
    return parse_uint(v, SETTINGS_NARRATION_RATE_MIN,
                      SETTINGS_NARRATION_RATE_MAX, &r->s->narration_rate) ||
           report(r, "'narration_rate' must be words a minute from %d to %d, "
                     "not '%s'", SETTINGS_NARRATION_RATE_MIN,
                  SETTINGS_NARRATION_RATE_MAX, v);
}

/* A path or a command, as given: what it names is checked where it is
 * used (a path that cannot be written is logged then, rate-limited). */
static bool set_text(reader_t *r, const char *key, const char *v, char *out)
{
    if (strlen(v) > LIMIT_SETTING_TEXT)
        return report(r, "'%s' is longer than %d bytes", key, LIMIT_SETTING_TEXT);
    memcpy(out, v, strlen(v) + 1); /* fits: checked above */
    return true;
}

/* A file the kiosk writes: a path, and a file's, not a folder's. */
static bool set_file(reader_t *r, const char *key, const char *v, char *out)
{
    size_t n = strlen(v);
    if (n && v[n - 1] == '/')
        return report(r, "'%s' must name a file, not the folder '%s'", key, v);
    return set_text(r, key, v, out);
}

static bool set_metrics(reader_t *r, const char *v)
{
    return set_file(r, "metrics_file", v, r->s->metrics_file);
}

static bool set_snapshot(reader_t *r, const char *v)
{
    return set_file(r, "snapshot_file", v, r->s->snapshot_file);
}

static bool set_snapshot_request(reader_t *r, const char *v)
{
    return set_file(r, "snapshot_request", v, r->s->snapshot_request);
}

static bool set_off_command(reader_t *r, const char *v)
{
    return set_text(r, "display_off_command", v, r->s->display_off_command);
}

static bool set_on_command(reader_t *r, const char *v)
{
    return set_text(r, "display_on_command", v, r->s->display_on_command);
}

static bool set_analytics(reader_t *r, const char *v)
{
    return set_text(r, "analytics_dir", v, r->s->analytics_dir);
}

static const struct {
    const char *key;
    setter_t set;
} setters[] = {
    {"content", set_content},         {"language", set_language},
    {"slide_seconds", set_slide},     {"reading_wpm", set_wpm},
    {"reading_min_seconds", set_reading_min}, {"idle_seconds", set_idle},
    {"pause_seconds", set_pause},     {"transition_ms", set_transition},
    {"rotate", set_rotate},           {"hours", set_hours},
    {"closed_notice", set_notice},    {"staff_minutes", set_staff},
    {"burn_in_shift", set_burn_in},   {"log_level", set_log_level},
    {"exit_chord", set_chord},        {"exit_hold_seconds", set_hold},
    {"timezone", set_zone},           {"touch", set_touch},
    {"metrics_file", set_metrics},    {"snapshot_file", set_snapshot},
    {"snapshot_request", set_snapshot_request},
    {"display_off_command", set_off_command},
    {"display_on_command", set_on_command},
    {"analytics_dir", set_analytics},
    {"narration", set_narration},     {"narration_volume", set_narration_volume},
    {"narration_rate", set_narration_rate},
};
#define SETTERS (sizeof setters / sizeof setters[0])
_Static_assert(SETTERS <= sizeof ((reader_t *)0)->seen / sizeof(uint32_t),
               "reader_t.seen has a slot for every setting");

/* -------------------------------------------------------------- lines */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static void set_line(reader_t *r, char *key, char *value)
{
    for (size_t i = 0; i < SETTERS; i++) {
        if (strcmp(key, setters[i].key) != 0) continue;
        if (r->seen[i]) {
            report(r, "'%s' is given twice (first on line %" PRIu32 ")", key, r->seen[i]);
            return;
        }
        r->seen[i] = r->line;
        setters[i].set(r, value);
        return;
    }
    report(r, "unknown setting '%s'", key);
}

static void read_line(reader_t *r, char *line)
{
    char *s = trim(line);
    if (!*s || *s == '#' || *s == ';') return;
    if (strcmp(s, "[kiosk]") == 0) return;
    if (*s == '[') {
        report(r, "unknown section %s: settings go under [kiosk] or none", s);
        return;
    }
    char *eq = strchr(s, '=');
    if (!eq) {
        report(r, "expected 'setting = value'");
        return;
    }
    *eq = '\0';
    set_line(r, trim(s), trim(eq + 1));
}

bool settings_load(const char *text, size_t size, const settings_lookup_t *lookup,
                   settings_t *s, content_report_t *rep)
{
    memset(rep, 0, sizeof *rep);
    reader_t r = {s, lookup, rep, 0, {0}};
    char buf[LIMIT_LINE + 1];
    /* A byte-order mark is no part of the first line (as in content.c). */
    for (size_t pos = utf8_bom_length(text, size); pos < size;) {
        const char *nl = memchr(text + pos, '\n', size - pos);
        size_t end = nl ? (size_t)(nl - text) : size, n = end - pos;
        r.line++;
        size_t bad;
        if (n > LIMIT_LINE) report(&r, "line longer than %d bytes", LIMIT_LINE);
        else if (memchr(text + pos, '\0', n) || !utf8_valid(text + pos, n, &bad))
            report(&r, "not UTF-8 text");
        else {
            memcpy(buf, text + pos, n);
            buf[n] = '\0';
            read_line(&r, buf);
        }
        pos = end + 1;
    }
    return rep->total == 0;
}
