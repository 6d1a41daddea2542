/* content.c - the content loader: text in, content table out.
 *
 * Why not inih: Debian's libinih is built with a 200-byte line limit (a
 * longer line is silently split into two), gives its handler no line
 * number, and treats " ;" inside a value as a comment. Our texts are longer
 * than 200 bytes and every error must name its line, so this file has its
 * own small line parser. The format is still INI: "[kind]" starts a
 * record, "key = value" sets a field, "#" starts a comment line.
 *
 * Every field is described once in a table (kind, key, type, required,
 * offset), so checking and storing are the same code for every kind.
 * Nothing here allocates: all state is on the stack or in *out.
 */
#include "content.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "content_id.h"
#include "reading.h"
#include "utf8.h"

/* ---------------------------------------------------------------- schema */

typedef enum {
    FIELD_SHORT,   /* content_short_t */
    FIELD_LONG,    /* content_long_t */
    FIELD_DATE,    /* content_date_t, YYYY[-MM[-DD]] */
    FIELD_SECONDS, /* uint32_t milliseconds, written in whole seconds */
    FIELD_SIDE,    /* content_side_t: "mexico" or "north_korea" */
    FIELD_MONTHS,  /* content_short_t: twelve names separated by ", " */
    FIELD_ID,      /* content_id_t: the curator's id (content_id.h) */
    FIELD_TERM,    /* content_date_t, a head of state's term: context
                    * from the reference, so years outside the article's
                    * are expected, not warned about */
} field_type_t;

typedef struct {
    const char *key;
    field_type_t type;
    bool required;
    bool translated; /* one key per language: key_es, key_en */
    size_t offset;   /* of the field (its array when translated) */
} field_spec_t;

/* A field in one language, and one in every language. */
#define PLAIN(rec, member, type, required) \
    { #member, type, required, false, offsetof(rec, member) }
#define TRANSLATED(rec, member, type, required) \
    { #member, type, required, true, offsetof(rec, member) }
#define LABEL(member) TRANSLATED(content_labels_t, member, FIELD_SHORT, true)

static const field_spec_t show_fields[] = {
    TRANSLATED(content_show_t, title, FIELD_SHORT, true),
    TRANSLATED(content_show_t, subtitle, FIELD_SHORT, false),
    TRANSLATED(content_show_t, text, FIELD_LONG, false),
    {"slide_seconds", FIELD_SECONDS, false, false,
     offsetof(content_show_t, slide_ms)},
};
static const field_spec_t label_fields[] = {
    LABEL(history),        LABEL(ambassadors),
    LABEL(leader),         LABEL(president),
    LABEL(term_end),       LABEL(agreements),
    LABEL(trade),          LABEL(missions),
    LABEL(exports_mexico), LABEL(exports_north_korea),
    LABEL(mexico),         LABEL(north_korea),
    LABEL(invitation),     LABEL(paused),
    LABEL(language),
    TRANSLATED(content_labels_t, months, FIELD_MONTHS, true),
    TRANSLATED(content_labels_t, closed, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, listen, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, listen_stop, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, invitation_touch, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, paused_touch, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, language_touch, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, overview, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, established, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, overview_marks, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, context, FIELD_SHORT, false),
    TRANSLATED(content_labels_t, accreditation, FIELD_SHORT, false),
};
static const field_spec_t event_fields[] = {
    PLAIN(content_event_t, id, FIELD_ID, false),
    PLAIN(content_event_t, date, FIELD_DATE, true),
    TRANSLATED(content_event_t, headline, FIELD_SHORT, true),
    TRANSLATED(content_event_t, text, FIELD_LONG, true),
    {"seconds", FIELD_SECONDS, false, false, offsetof(content_event_t, slide_ms)},
};
static const field_spec_t ambassador_fields[] = {
    PLAIN(content_ambassador_t, id, FIELD_ID, false),
    PLAIN(content_ambassador_t, name, FIELD_SHORT, false),
    TRANSLATED(content_ambassador_t, era, FIELD_SHORT, false),
    PLAIN(content_ambassador_t, accreditation, FIELD_DATE, false),
    TRANSLATED(content_ambassador_t, observations, FIELD_LONG, false),
    PLAIN(content_ambassador_t, leader, FIELD_SHORT, true),
    PLAIN(content_ambassador_t, president, FIELD_SHORT, true),
    TRANSLATED(content_ambassador_t, term_end, FIELD_SHORT, false),
    {"seconds", FIELD_SECONDS, false, false,
     offsetof(content_ambassador_t, slide_ms)},
};
static const field_spec_t head_fields[] = {
    PLAIN(content_head_t, side, FIELD_SIDE, true),
    PLAIN(content_head_t, name, FIELD_SHORT, true),
    PLAIN(content_head_t, short_name, FIELD_SHORT, false),
    PLAIN(content_head_t, from, FIELD_TERM, true),
    PLAIN(content_head_t, to, FIELD_TERM, false),
    PLAIN(content_head_t, as_of, FIELD_TERM, false),
};
static const field_spec_t agreement_fields[] = {
    PLAIN(content_agreement_t, date, FIELD_DATE, true),
    TRANSLATED(content_agreement_t, name, FIELD_SHORT, true),
};
static const field_spec_t trade_fields[] = {
    PLAIN(content_trade_t, date, FIELD_DATE, true),
    TRANSLATED(content_trade_t, figure, FIELD_SHORT, false),
    TRANSLATED(content_trade_t, text, FIELD_LONG, true),
};
static const field_spec_t export_fields[] = {
    PLAIN(content_export_t, from, FIELD_SIDE, true),
    TRANSLATED(content_export_t, goods, FIELD_SHORT, true),
};
static const field_spec_t mission_fields[] = {
    PLAIN(content_mission_t, side, FIELD_SIDE, true),
    TRANSLATED(content_mission_t, text, FIELD_LONG, true),
};

/* The most fields any kind has; sizes the per-record "seen" table. */
#define MAX_FIELDS 27
/* Every field table must fit the "seen" table: checked, not trusted. */
#define FITS(table) _Static_assert(sizeof table / sizeof table[0] <= MAX_FIELDS, \
                                   #table " has more fields than MAX_FIELDS")
FITS(show_fields);
FITS(label_fields);

const char *content_label_key(size_t i, size_t *offset)
{
    if (i >= sizeof label_fields / sizeof label_fields[0]) return NULL;
    *offset = label_fields[i].offset;
    return label_fields[i].key;
}
FITS(event_fields);
FITS(ambassador_fields);
FITS(agreement_fields);
FITS(trade_fields);
FITS(export_fields);
FITS(mission_fields);
FITS(head_fields);
/* Record counts are uint8_t in content_t. */
_Static_assert(LIMIT_EVENTS <= 255 && LIMIT_AMBASSADORS <= 255 &&
               LIMIT_AGREEMENTS <= 255 && LIMIT_TRADE_FACTS <= 255 &&
               LIMIT_EXPORTS <= 255 && LIMIT_MISSIONS <= 255 &&
               LIMIT_HEADS_OF_STATE <= 255,
               "record counts are uint8_t: raise their type with the limit");

typedef struct {
    const char *kind; /* the name between brackets */
    const field_spec_t *fields;
    size_t field_count;
    size_t capacity;     /* records of this kind the table holds */
    const char *limit;   /* the constant that sets it, for error messages */
    size_t stride;       /* sizeof one record */
    size_t array_offset; /* of the record (array) inside content_t */
    size_t count_offset; /* of its uint8_t count; 0 for a single record */
} record_spec_t;

#define RECORD(kind, fields, array, count, limit, type)                     \
    { kind, fields, sizeof fields / sizeof fields[0], limit, #limit,        \
      sizeof(type), offsetof(content_t, array), offsetof(content_t, count) }
/* A record that appears exactly once. */
#define SINGLE(kind, fields, member, type)                                  \
    { kind, fields, sizeof fields / sizeof fields[0], 1, "1",               \
      sizeof(type), offsetof(content_t, member), 0 }

enum { SINGLE_SHOW, SINGLE_LABELS, SINGLE_KINDS };

static const record_spec_t single_specs[SINGLE_KINDS] = {
    [SINGLE_SHOW] = SINGLE("show", show_fields, show, content_show_t),
    [SINGLE_LABELS] = SINGLE("labels", label_fields, labels, content_labels_t),
};

static const record_spec_t record_specs[] = {
    RECORD("event", event_fields, events, event_count, LIMIT_EVENTS,
           content_event_t),
    RECORD("ambassador", ambassador_fields, ambassadors, ambassador_count,
           LIMIT_AMBASSADORS, content_ambassador_t),
    RECORD("agreement", agreement_fields, agreements, agreement_count,
           LIMIT_AGREEMENTS, content_agreement_t),
    RECORD("trade", trade_fields, trade, trade_count, LIMIT_TRADE_FACTS,
           content_trade_t),
    RECORD("export", export_fields, exports, export_count, LIMIT_EXPORTS,
           content_export_t),
    RECORD("mission", mission_fields, missions, mission_count,
           LIMIT_MISSIONS, content_mission_t),
    RECORD("head_of_state", head_fields, heads, head_count,
           LIMIT_HEADS_OF_STATE, content_head_t),
};
#define RECORD_KINDS (sizeof record_specs / sizeof record_specs[0])

/* ----------------------------------------------------------------- state */

typedef struct {
    content_t *out;
    content_report_t *report;
    uint32_t line;                /* the line being parsed, 1-based */
    const record_spec_t *spec;    /* the open record's kind, or NULL */
    char *record;                 /* the open record's storage */
    uint32_t record_line;         /* line of its [kind] header */
    uint32_t seen[MAX_FIELDS][LANG_COUNT]; /* line each field was set on,
                                            * per language; 0 = unset */
    bool filled[MAX_FIELDS][LANG_COUNT]; /* ... and not to an empty value */
    bool damaged;                 /* a line of the open record was unusable:
                                   * its missing fields are no news */
    bool have_single[SINGLE_KINDS]; /* [show] and [labels] were read */
    bool ended;                   /* the [end] line was read */
    content_date_t last_event_date; /* the event before, for their order */
    uint32_t last_event_line;     /* its date's line; 0: none yet */
    uint32_t event_lines[LIMIT_EVENTS];           /* each record's [kind] */
    uint32_t ambassador_lines[LIMIT_AMBASSADORS]; /* line, for messages */
} parser_t;

static void report(parser_t *p, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void warn(parser_t *p, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* An error: the file cannot be shown. */
static void report(parser_t *p, uint32_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    content_report_vadd(p->report, CONTENT_ERROR, line, fmt, ap);
    va_end(ap);
}

/* A warning: the file shows, but a curator should look (content_report.h). */
static void warn(parser_t *p, uint32_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    content_report_vadd(p->report, CONTENT_WARNING, line, fmt, ap);
    va_end(ap);
}

/* --------------------------------------------------------------- values */

/* The years a date may name: before the first contact and after this
 * kiosk's service life are both certainly typos. */
#define DATE_YEAR_MIN 1900
#define DATE_YEAR_MAX 2100

/* The years the source article covers: relations established in 1980,
 * its latest figure from 2023. A date outside them is possible (a curator
 * adds a later event) but is more often a typo (1890, 2203): a warning,
 * not an error. */
#define ARTICLE_FIRST_YEAR 1980
#define ARTICLE_LAST_YEAR 2023

static void warn_outside_article(parser_t *p, const char *key, int year)
{
    if (year >= ARTICLE_FIRST_YEAR && year <= ARTICLE_LAST_YEAR) return;
    warn(p, p->line, "'%s' is in %d, outside the years the article covers "
                     "(%d to %d): a typo?", key, year, ARTICLE_FIRST_YEAR,
         ARTICLE_LAST_YEAR);
}

static bool parse_date(parser_t *p, const char *key, const char *v,
                       content_date_t *out, bool article)
{
    size_t n = strlen(v);
    bool shape = n == 4 || (n == 7 && v[4] == '-') ||
                 (n == 10 && v[4] == '-' && v[7] == '-');
    int year = shape ? calendar_digits(v, 4) : -1;
    int month = n >= 7 && shape ? calendar_digits(v + 5, 2) : 0;
    int day = n == 10 && shape ? calendar_digits(v + 8, 2) : 0;
    if (year < 0 || month < 0 || day < 0) {
        report(p, p->line,
               "malformed date '%s' in '%s': expected YYYY, YYYY-MM or "
               "YYYY-MM-DD", v, key);
        return false;
    }
    if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX) {
        report(p, p->line, "year %d in '%s' is out of range (%d..%d)", year,
               key, DATE_YEAR_MIN, DATE_YEAR_MAX);
        return false;
    }
    if (n >= 7 && (month < 1 || month > 12)) {
        report(p, p->line, "month %d in '%s' is out of range (1..12)", month,
               key);
        return false;
    }
    if (n == 10 && (day < 1 || day > calendar_days_in_month(year, month))) {
        report(p, p->line, "day %d in '%s' does not exist in %04d-%02d", day,
               key, year, month);
        return false;
    }
    out->year = (int16_t)year;
    out->month = (uint8_t)month;
    out->day = (uint8_t)day;
    if (article) warn_outside_article(p, key, year);
    return true;
}

static bool parse_seconds(parser_t *p, const char *key, const char *v,
                          uint32_t *out_ms)
{
    size_t n = strlen(v);
    int secs = n >= 1 && n <= 4 ? calendar_digits(v, n) : -1;
    if (secs < LIMIT_SLIDE_SECONDS_MIN || secs > LIMIT_SLIDE_SECONDS_MAX) {
        report(p, p->line,
               "'%s' must be a whole number of seconds from %d to %d, not '%s'",
               key, LIMIT_SLIDE_SECONDS_MIN, LIMIT_SLIDE_SECONDS_MAX, v);
        return false;
    }
    *out_ms = (uint32_t)secs * 1000u;
    return true;
}

static bool parse_side(parser_t *p, const char *key, const char *v,
                       content_side_t *out)
{
    if (strcmp(v, "mexico") == 0) *out = SIDE_MEXICO;
    else if (strcmp(v, "north_korea") == 0) *out = SIDE_NORTH_KOREA;
    else {
        report(p, p->line, "'%s' must be 'mexico' or 'north_korea', not '%s'",
               key, v);
        return false;
    }
    return true;
}

static bool store_text(parser_t *p, const char *key, const char *v,
                       char *dst, size_t cap)
{
    size_t n = strlen(v);
    if (n > cap) {
        report(p, p->line,
               "'%s' is %zu bytes long; the limit is %zu (src/core/limits.h)",
               key, n, cap);
        return false;
    }
    memcpy(dst, v, n + 1);
    return true;
}

static bool parse_id(parser_t *p, const char *key, const char *v, char *out)
{
    if (!content_id_valid(v)) {
        report(p, p->line, "'%s' must be 1 to %d lower-case letters, digits "
                           "and '-', not '%s'", key, LIMIT_ID, v);
        return false;
    }
    /* The slides that are one of a kind have their kind as id (deck.h). */
    static const char *const reserved[] = {"title", "overview", "agreements",
                                           "trade", "missions"};
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(v, reserved[i]) == 0) {
            report(p, p->line, "'%s' cannot be '%s': that is the id of the "
                               "%s slide", key, v, v);
            return false;
        }
    memcpy(out, v, strlen(v) + 1);
    return true;
}

/* Twelve non-empty names separated by ", ", as the date format needs. */
static bool check_months(parser_t *p, const char *key, const char *v)
{
    int names = 1;
    bool empty = v[0] == ',';
    for (const char *c = v; *c; c++)
        if (*c == ',') {
            names++;
            const char *next = c + 1;
            while (*next == ' ') next++;
            if (*next == ',' || *next == '\0') empty = true;
        }
    if (names != 12) {
        report(p, p->line, "'%s' must name the twelve months, separated by "
                           "commas (it has %d)", key, names);
        return false;
    }
    if (empty) {
        report(p, p->line, "'%s' has an empty month name between its commas",
               key);
        return false;
    }
    for (const char *c = v; *c;) {
        /* Measured as the date format takes it (content_date.c): the
         * spaces after a comma separate, they are not part of the name. */
        while (*c == ' ') c++;
        size_t n = strcspn(c, ",");
        if (n > LIMIT_MONTH_NAME) {
            report(p, p->line, "'%s' has a month name longer than %d bytes "
                               "(LIMIT_MONTH_NAME)", key, LIMIT_MONTH_NAME);
            return false;
        }
        c += n + (c[n] == ',');
    }
    return true;
}

/* Where a field's value goes: its own place, or its language's slot. */
static void *field_slot(const parser_t *p, const field_spec_t *f, lang_t lang)
{
    char *base = p->record + f->offset;
    if (!f->translated) return base;
    size_t size = f->type == FIELD_LONG ? sizeof(content_long_t)
                                        : sizeof(content_short_t);
    return base + size * (size_t)lang;
}

static void store_value(parser_t *p, const field_spec_t *f, lang_t lang,
                        const char *key, const char *v)
{
    void *dst = field_slot(p, f, lang);
    switch (f->type) {
    case FIELD_SHORT: store_text(p, key, v, dst, LIMIT_SHORT_TEXT); break;
    case FIELD_LONG: store_text(p, key, v, dst, LIMIT_LONG_TEXT); break;
    case FIELD_DATE: parse_date(p, key, v, dst, true); break;
    case FIELD_TERM: parse_date(p, key, v, dst, false); break;
    case FIELD_SECONDS: parse_seconds(p, key, v, dst); break;
    case FIELD_SIDE: parse_side(p, key, v, dst); break;
    case FIELD_MONTHS:
        if (check_months(p, key, v)) store_text(p, key, v, dst, LIMIT_SHORT_TEXT);
        break;
    case FIELD_ID: parse_id(p, key, v, dst); break;
    }
}

/* --------------------------------------------------------------- records */

/* An optional translated field left empty in one language and filled
 * in another: visitors of one language would miss what the others read. */
static void check_filled_alike(parser_t *p, const field_spec_t *f,
                               const uint32_t seen[LANG_COUNT],
                               const bool filled[LANG_COUNT])
{
    int with = -1, without = -1;
    for (int l = 0; l < LANG_COUNT; l++) {
        if (!seen[l]) continue;
        if (filled[l]) with = l;
        else without = l;
    }
    if (with < 0 || without < 0) return;
    report(p, seen[without], "'%s_%s' is empty but '%s_%s' (line %" PRIu32 ") is not: "
           "fill both or leave both empty", f->key, lang_code((lang_t)without),
           f->key, lang_code((lang_t)with), seen[with]);
}

/* A translated field must be given in every language or in none, and
 * filled in all of them or in none. */
static void check_translated(parser_t *p, const field_spec_t *f,
                             const uint32_t seen[LANG_COUNT],
                             const bool filled[LANG_COUNT])
{
    if (!f->required) check_filled_alike(p, f, seen, filled);
    uint32_t given = 0;
    for (int l = 0; l < LANG_COUNT; l++)
        if (seen[l]) given = seen[l];
    for (int l = 0; l < LANG_COUNT; l++) {
        if (seen[l]) continue;
        if (f->required)
            report(p, p->record_line, "[%s] has no '%s_%s', which is required",
                   p->spec->kind, f->key, lang_code((lang_t)l));
        else if (given)
            report(p, p->record_line, "[%s] has '%s' in one language (line "
                   "%" PRIu32 ") but no '%s_%s': give every language", p->spec->kind,
                   f->key, given, f->key, lang_code((lang_t)l));
    }
}

/* ------------------------------------------------- whole-record checks */

static int find_field(const record_spec_t *spec, const char *key,
                      lang_t *lang);

/* A translation is likely missing when one language's text is under 40%
 * of the other's: Spanish runs 15 to 30% longer than English, and the
 * real content's pairs stay above 56%, while a text left untranslated is
 * usually a stub ("TODO", "pendiente") or a sentence cut short. Texts
 * under 40 characters are not compared: there one word may rightly
 * translate a phrase ("Pasta", "Pastas alimenticias"). */
#define TRANSLATION_MIN_PERCENT 40
#define TRANSLATION_MIN_CHARS 40

/* Characters, not bytes: "é" is one, as a reader counts. */
static size_t char_count(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

static void check_translation_length(parser_t *p, size_t i)
{
    const field_spec_t *f = &p->spec->fields[i];
    if (!f->translated || f->type == FIELD_MONTHS) return;
    size_t len[LANG_COUNT];
    int shortest = 0, longest = 0;
    for (int l = 0; l < LANG_COUNT; l++) {
        len[l] = char_count(field_slot(p, f, (lang_t)l));
        /* Empty: not given, or refused and reported already. */
        if (len[l] == 0) return;
        if (len[l] < len[shortest]) shortest = l;
        if (len[l] > len[longest]) longest = l;
    }
    if (len[longest] < TRANSLATION_MIN_CHARS ||
        len[shortest] * 100 >= len[longest] * TRANSLATION_MIN_PERCENT)
        return;
    warn(p, p->seen[i][shortest], "'%s_%s' has %zu characters, under %d%% of "
         "'%s_%s' (line %" PRIu32 ", %zu characters): a translation left out?", f->key,
         lang_code((lang_t)shortest), len[shortest], TRANSLATION_MIN_PERCENT,
         f->key, lang_code((lang_t)longest), p->seen[i][longest],
         len[longest]);
}

/* "2009-06", as precise as the date is, for messages. */
static void date_text(content_date_t d, char *buf, size_t cap)
{
    if (d.month == 0) snprintf(buf, cap, "%04d", d.year);
    else if (d.day == 0) snprintf(buf, cap, "%04d-%02u", d.year, d.month);
    else snprintf(buf, cap, "%04d-%02u-%02u", d.year, d.month, d.day);
}

/* Negative when a is before b, compared only as far as both are precise:
 * "2017" is neither before nor after "2017-09-07". */
static int date_order(content_date_t a, content_date_t b)
{
    if (a.year != b.year) return a.year - b.year;
    if (a.month == 0 || b.month == 0 || a.month != b.month)
        return a.month && b.month ? a.month - b.month : 0;
    if (a.day == 0 || b.day == 0) return 0;
    return a.day - b.day;
}

/* The line a field of the open record was set on, or its header's. */
static uint32_t field_line(const parser_t *p, const char *key)
{
    lang_t lang;
    int i = find_field(p->spec, key, &lang);
    return i >= 0 && p->seen[i][0] ? p->seen[i][0] : p->record_line;
}

/* Events show in file order: one dated before the event above it sends
 * the history back in time, usually a record pasted in the wrong place. */
static void check_event_order(parser_t *p, content_date_t date)
{
    uint32_t line = field_line(p, "date");
    if (p->last_event_line && date_order(date, p->last_event_date) < 0) {
        char now[16], before[16];
        date_text(date, now, sizeof now);
        date_text(p->last_event_date, before, sizeof before);
        warn(p, line, "this [event] (%s) is dated before the one above it "
                      "(%s, line %" PRIu32 "): events show in file order, so the "
                      "history would run backwards here", now, before,
             p->last_event_line);
    }
    p->last_event_date = date;
    p->last_event_line = line;
}

/* An id another slide's record already has (`self` is the record's own
 * storage, skipped); returns that record's line, or 0. */
static uint32_t id_taken(const parser_t *p, const char *id, const void *self)
{
    const content_t *c = p->out;
    for (size_t i = 0; i < c->event_count; i++)
        if ((const void *)&c->events[i] != self && c->events[i].id[0] &&
            strcmp(c->events[i].id, id) == 0)
            return p->event_lines[i];
    for (size_t i = 0; i < c->ambassador_count; i++)
        if ((const void *)&c->ambassadors[i] != self &&
            c->ambassadors[i].id[0] && strcmp(c->ambassadors[i].id, id) == 0)
            return p->ambassador_lines[i];
    return 0;
}

/* Ids tell slides apart across versions (--compare): two alike would make
 * one slide look like the other. A curator's id taken twice is an error;
 * a made one that another record has (two records of one date and
 * headline) gets "-2", "-3"... in file order, which is as stable as the
 * file's order. */
static void settle_id(parser_t *p, char *id, bool given, const void *self)
{
    uint32_t other = id_taken(p, id, self);
    if (!other) return;
    if (given) {
        report(p, field_line(p, "id"), "the id '%s' is also the id of the "
               "record on line %" PRIu32 ": give each record an id of its own", id,
               other);
        return;
    }
    /* Room for "-NN": a file holds fewer than 100 slides' records. */
    size_t base = strlen(id);
    if (base > LIMIT_ID - 3) base = LIMIT_ID - 3;
    for (unsigned n = 2; n < 100 && id_taken(p, id, self); n++) {
        char suffix[8];
        snprintf(suffix, sizeof suffix, "-%u", n);
        /* The id's bytes past its end stay zero, as a given id's are. */
        memset(id + base, 0, LIMIT_ID + 1 - base);
        memcpy(id + base, suffix, strlen(suffix) + 1);
    }
}

/* True when the open record sets `key` itself. */
static bool given(const parser_t *p, const char *key)
{
    lang_t lang;
    int i = find_field(p->spec, key, &lang);
    return i >= 0 && p->seen[i][0] != 0;
}

static void finish_event(parser_t *p)
{
    content_event_t *e = (content_event_t *)(void *)p->record;
    p->event_lines[p->out->event_count - 1] = p->record_line;
    if (!e->id[0]) content_id_make(e->id, "event", e->date, e->headline[LANG_EN]);
    settle_id(p, e->id, given(p, "id"), e);
    if (e->date.year) check_event_order(p, e->date);
}

static void finish_ambassador(parser_t *p)
{
    content_ambassador_t *a = (content_ambassador_t *)(void *)p->record;
    p->ambassador_lines[p->out->ambassador_count - 1] = p->record_line;
    /* The row before the first envoy has no name: its words name it. */
    const char *words = a->name[0] ? a->name : a->observations[LANG_EN];
    content_date_t none = {0, 0, 0};
    if (!a->id[0]) content_id_make(a->id, "ambassador", none, words);
    settle_id(p, a->id, given(p, "id"), a);
}

/* True when the open record gives `key` a value, not left empty: stored,
 * or refused with an error of its own (then no second error here). */
static bool filled_in(const parser_t *p, const char *key)
{
    lang_t lang;
    int i = find_field(p->spec, key, &lang);
    return i >= 0 && p->filled[i][0];
}

/* A term ends once: on its last day, or (in office) it is seen going on
 * on a day, where the overview's axis ends. Neither day is before the
 * first. Dates missing or refused were reported already. */
static void finish_head(parser_t *p)
{
    const content_head_t *h = (const content_head_t *)(const void *)p->record;
    /* Filled, not only given: "to =" left empty is no end. */
    bool to = filled_in(p, "to"), as_of = filled_in(p, "as_of");
    if (to == as_of) {
        report(p, p->record_line, to ? "[head_of_state] has both 'to' and "
               "'as_of': a term has ended or goes on, not both"
               : "[head_of_state] has neither 'to' (the term's last day) "
               "nor 'as_of' (in office: the day the source saw it so)");
        return;
    }
    content_date_t end = to ? h->to : h->as_of;
    if (h->from.year && end.year && date_order(end, h->from) < 0) {
        char a[16], b[16];
        date_text(end, a, sizeof a);
        date_text(h->from, b, sizeof b);
        report(p, field_line(p, to ? "to" : "as_of"), "'%s' (%s) is before "
               "'from' (%s): the term would end before it began",
               to ? "to" : "as_of", a, b);
    }
}

/* What can be judged only once a record is whole. */
static void check_record(parser_t *p)
{
    for (size_t i = 0; i < p->spec->field_count; i++)
        check_translation_length(p, i);
    if (strcmp(p->spec->kind, "event") == 0) finish_event(p);
    else if (strcmp(p->spec->kind, "ambassador") == 0) finish_ambassador(p);
    else if (strcmp(p->spec->kind, "head_of_state") == 0) finish_head(p);
}

static void close_record(parser_t *p)
{
    if (!p->spec) return;
    for (size_t i = 0; i < p->spec->field_count && !p->damaged; i++) {
        const field_spec_t *f = &p->spec->fields[i];
        if (f->translated) check_translated(p, f, p->seen[i], p->filled[i]);
        else if (f->required && !p->seen[i][0])
            report(p, p->record_line, "[%s] has no '%s', which is required",
                   p->spec->kind, f->key);
    }
    if (!p->damaged) check_record(p);
    p->spec = NULL;
    p->record = NULL;
}

/* Opens a record of a kind with an array; reports overflow. */
static void open_array_record(parser_t *p, const record_spec_t *spec)
{
    uint8_t *count = (uint8_t *)p->out + spec->count_offset;
    if (*count >= spec->capacity) {
        report(p, p->line, "too many [%s] records: the limit is %zu (%s)",
               spec->kind, spec->capacity, spec->limit);
        return;
    }
    p->spec = spec;
    p->record = (char *)p->out + spec->array_offset + spec->stride * *count;
    (*count)++;
}

/* Opens [show] or [labels], which appear exactly once. */
static void open_single_record(parser_t *p, int which)
{
    const record_spec_t *spec = &single_specs[which];
    if (p->have_single[which]) {
        report(p, p->line, "a second [%s] record: there can be only one",
               spec->kind);
        return;
    }
    p->have_single[which] = true;
    p->spec = spec;
    p->record = (char *)p->out + spec->array_offset;
}

static void open_record(parser_t *p, const char *kind)
{
    close_record(p);
    memset(p->seen, 0, sizeof p->seen);
    memset(p->filled, 0, sizeof p->filled);
    p->damaged = false;
    p->record_line = p->line;
    if (strcmp(kind, "end") == 0) {
        p->ended = true;
        return;
    }
    for (int i = 0; i < SINGLE_KINDS; i++)
        if (strcmp(kind, single_specs[i].kind) == 0) {
            open_single_record(p, i);
            return;
        }
    for (size_t i = 0; i < RECORD_KINDS; i++)
        if (strcmp(kind, record_specs[i].kind) == 0) {
            open_array_record(p, &record_specs[i]);
            return;
        }
    report(p, p->line,
           "unknown record kind [%s]: expected show, labels, event, "
           "ambassador, head_of_state, agreement, trade, export, mission "
           "or end", kind);
}

/* Finds the field a key names: "date", or "headline_es" for the Spanish
 * of a translated field. -1 when no field matches. */
static int find_field(const record_spec_t *spec, const char *key,
                      lang_t *lang)
{
    size_t n = strlen(key);
    for (size_t i = 0; i < spec->field_count; i++) {
        const field_spec_t *f = &spec->fields[i];
        size_t k = strlen(f->key);
        if (!f->translated) {
            if (strcmp(key, f->key) == 0) return (int)i;
            continue;
        }
        if (n == k + 3 && strncmp(key, f->key, k) == 0 && key[k] == '_' &&
            lang_parse(key + k + 1, lang))
            return (int)i;
    }
    return -1;
}

/* A translated field's bare name, "headline" for "headline_es". */
static bool is_translated_base(const record_spec_t *spec, const char *key)
{
    for (size_t i = 0; i < spec->field_count; i++)
        if (spec->fields[i].translated && strcmp(key, spec->fields[i].key) == 0)
            return true;
    return false;
}

/* Appends ", key" (or "key" first) to buf[0..*n). */
static void append_key(char *buf, size_t cap, size_t *n, const char *key,
                       const char *lang)
{
    if (*n >= cap) return;
    int w = snprintf(buf + *n, cap - *n, "%s%s%s%s", *n ? ", " : "", key,
                     lang ? "_" : "", lang ? lang : "");
    *n += w < 0 ? 0 : (size_t)w;
}

/* The keys a kind takes, as a curator writes them: "id, date,
 * headline_es, headline_en, ...". */
static void list_keys(const record_spec_t *spec, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < spec->field_count; i++) {
        const field_spec_t *f = &spec->fields[i];
        if (!f->translated) append_key(buf, cap, &n, f->key, NULL);
        else
            for (int l = 0; l < LANG_COUNT; l++)
                append_key(buf, cap, &n, f->key, lang_code((lang_t)l));
    }
}

/* A typo'd key is fixed faster when the right ones are in sight. */
static void report_unknown_key(parser_t *p, const char *key)
{
    char keys[LIMIT_ERROR_TEXT];
    list_keys(p->spec, keys, sizeof keys);
    report(p, p->line, "unknown key '%s' in [%s]; its keys are: %s", key,
           p->spec->kind, keys);
}

static void set_field(parser_t *p, const char *key, const char *value)
{
    if (!p->spec) {
        /* Either before the first record, or in a record already
         * reported (overflow, unknown kind): only the first is news. */
        if (p->record_line == 0)
            report(p, p->line, "'%s' is outside any record: start one with "
                               "a [kind] line", key);
        return;
    }
    lang_t lang = LANG_ES;
    int i = find_field(p->spec, key, &lang);
    if (i < 0) {
        if (is_translated_base(p->spec, key))
            report(p, p->line, "'%s' needs a language: write %s_es and %s_en",
                   key, key, key);
        else
            report_unknown_key(p, key);
        return;
    }
    const field_spec_t *f = &p->spec->fields[i];
    uint32_t *seen = &p->seen[i][f->translated ? lang : 0];
    if (*seen) {
        report(p, p->line, "'%s' is given twice in this [%s] (first on line %" PRIu32 ")",
               key, p->spec->kind, *seen);
        return;
    }
    *seen = p->line;
    p->filled[i][f->translated ? lang : 0] = value[0] != '\0';
    if (value[0] == '\0') {
        /* An empty value is an empty cell: fine when optional. */
        if (f->required)
            report(p, p->line, "'%s' is empty, but it is required", key);
        return;
    }
    store_value(p, f, lang, key, value);
}

/* ----------------------------------------------------------------- lines */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) s[--n] = '\0';
    return s;
}

static bool is_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

static void parse_header(parser_t *p, char *s)
{
    size_t n = strlen(s);
    if (s[n - 1] != ']') {
        report(p, p->line, "a record header must end with ']'");
        /* Its keys belong to no record: drop them rather than let them
         * land in the record before (they are reported once, here). */
        close_record(p);
        p->record_line = p->line;
        return;
    }
    s[n - 1] = '\0';
    open_record(p, trim(s + 1));
}

static void parse_assignment(parser_t *p, char *s)
{
    char *eq = strchr(s, '=');
    if (!eq) {
        report(p, p->line, "expected 'key = value', a [kind] header or a "
                           "# comment");
        return;
    }
    *eq = '\0';
    char *key = trim(s);
    for (const char *k = key; *k; k++)
        if (!is_key_char(*k)) {
            report(p, p->line, "'%s' is not a valid key (lower-case letters, "
                               "digits and '_')", key);
            return;
        }
    if (key[0] == '\0') {
        report(p, p->line, "a line starts with '=' but names no key");
        return;
    }
    set_field(p, key, trim(eq + 1));
}

static void parse_line(parser_t *p, char *s)
{
    s = trim(s);
    if (strncmp(s, "\xEF\xBB\xBF", 3) == 0) {
        /* Reported, then the line read as it would be without it. */
        report(p, p->line, "a byte-order mark in the middle of the file: was "
                           "another file pasted in?");
        s = trim(s + 3);
    }
    if (s[0] == '\0' || s[0] == '#') return;
    if (p->ended) {
        report(p, p->line, "text after the [end] line");
        return;
    }
    if (s[0] == '[') parse_header(p, s);
    else parse_assignment(p, s);
}

/* Copies one raw line into buf after checking it; false if unusable. */
static bool take_line(parser_t *p, const char *raw, size_t n, char *buf)
{
    if (n > 0 && raw[n - 1] == '\r') n--; /* CRLF files are fine */
    if (memchr(raw, '\0', n)) {
        report(p, p->line, "line contains a NUL byte: is this a text file?");
        return false;
    }
    /* Control characters would reach the screen as boxes or garble a
     * terminal; a lone CR is an old Mac line end. Tabs are fine. */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)raw[i];
        if (c == '\r') {
            report(p, p->line, "a lone CR (an old Mac line end) at column %zu: "
                               "save the file with LF or CRLF line ends", i + 1);
            return false;
        }
        if ((c < 0x20 && c != '\t') || c == 0x7F) {
            report(p, p->line, "control character 0x%02X at column %zu", c, i + 1);
            return false;
        }
    }
    if (n > LIMIT_LINE) {
        report(p, p->line, "line is %zu bytes long; the limit is %d "
                           "(LIMIT_LINE)", n, LIMIT_LINE);
        return false;
    }
    size_t bad;
    if (!utf8_valid(raw, n, &bad)) {
        report(p, p->line, "invalid UTF-8 at column %zu: save the file as "
                           "UTF-8", bad + 1);
        return false;
    }
    memcpy(buf, raw, n);
    buf[n] = '\0';
    return true;
}

static void parse_all(parser_t *p, const char *text, size_t size)
{
    size_t pos = utf8_bom_length(text, size);
    char buf[LIMIT_LINE + 1];
    while (pos < size) {
        const char *nl = memchr(text + pos, '\n', size - pos);
        size_t end = nl ? (size_t)(nl - text) : size;
        p->line++;
        if (take_line(p, text + pos, end - pos, buf)) parse_line(p, buf);
        else p->damaged = true;
        pos = end + 1;
    }
}

/* Whether a [head_of_state] of `side` is named `name`. */
static bool head_named(const content_t *c, content_side_t side,
                       const char *name)
{
    for (size_t i = 0; i < c->head_count; i++)
        if (c->heads[i].side == side && strcmp(c->heads[i].name, name) == 0)
            return true;
    return false;
}

/* The overview places an ambassador in the era of its leader and
 * president, found by name: once the file has heads of state, a name no
 * record has would leave the row nowhere. */
static void check_eras_named(parser_t *p)
{
    const content_t *c = p->out;
    if (c->head_count == 0) return;
    for (size_t i = 0; i < c->ambassador_count; i++) {
        const content_ambassador_t *a = &c->ambassadors[i];
        if (!head_named(c, SIDE_NORTH_KOREA, a->leader))
            report(p, p->ambassador_lines[i], "[ambassador] 'leader' is '%s', "
                   "which no [head_of_state] of north_korea is named: the "
                   "overview could not place the row", a->leader);
        if (!head_named(c, SIDE_MEXICO, a->president))
            report(p, p->ambassador_lines[i], "[ambassador] 'president' is "
                   "'%s', which no [head_of_state] of mexico is named: the "
                   "overview could not place the row", a->president);
    }
}

static void check_whole(parser_t *p)
{
    close_record(p);
    check_eras_named(p);
    if (!p->have_single[SINGLE_SHOW])
        report(p, 0, "no [show] record: the title slide needs one");
    if (!p->have_single[SINGLE_LABELS])
        report(p, 0, "no [labels] record: the screen's own words are missing");
    if (!p->ended)
        report(p, p->line, "the file ends before its [end] line: it may be "
                           "truncated (an unfinished copy?)");
    if (p->out->event_count == 0 && p->out->ambassador_count == 0)
        report(p, 0, "no [event] or [ambassador] records: nothing to show");
}

/* The optional labels a file left out (both languages, or the loader has
 * already refused it): the kiosk's own words, so that a content file
 * written before touch screens still speaks of touch on one. */
static void default_optional_labels(content_labels_t *l)
{
    static const struct {
        size_t offset;
        const char *words[LANG_COUNT];
    } defaults[] = {
        {offsetof(content_labels_t, invitation_touch),
         {[LANG_ES] = "Toca para explorar", [LANG_EN] = "Touch to explore"}},
        {offsetof(content_labels_t, paused_touch),
         {[LANG_ES] = "En pausa \xC2\xB7 Toca para continuar",
          [LANG_EN] = "Paused \xC2\xB7 Touch to continue"}},
        {offsetof(content_labels_t, language_touch),
         {[LANG_ES] = "English", [LANG_EN] = "Espa\xC3\xB1ol"}},
        /* The overview's words came with it: likewise defaulted, so
         * content written before it still loads. */
        {offsetof(content_labels_t, overview),
         {[LANG_ES] = "Los embajadores en su tiempo",
          [LANG_EN] = "The ambassadors in their time"}},
        {offsetof(content_labels_t, established),
         {[LANG_ES] = "Relaciones establecidas",
          [LANG_EN] = "Relations established"}},
        {offsetof(content_labels_t, overview_marks),
         {[LANG_ES] = "Embajador, en el mandato que le da el art\xC3\xAD" "culo",
          [LANG_EN] = "Ambassador, in the term the article gives"}},
        {offsetof(content_labels_t, context),
         {[LANG_ES] = "Fechas de los mandatos: contexto, no del art\xC3\xAD" "culo",
          [LANG_EN] = "Terms' dates: context, not from the article"}},
        {offsetof(content_labels_t, accreditation),
         {[LANG_ES] = "Acreditaci\xC3\xB3n", [LANG_EN] = "Accreditation"}},
    };
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
        content_short_t *field =
            (content_short_t *)((char *)l + defaults[i].offset);
        for (int lang = 0; lang < LANG_COUNT; lang++)
            if (!field[lang][0])
                snprintf(field[lang], sizeof field[lang], "%s",
                         defaults[i].words[lang]);
    }
}

bool content_load(const char *text, size_t size, content_t *out,
                  content_report_t *rep)
{
    memset(out, 0, sizeof *out);
    memset(rep, 0, sizeof *rep);
    parser_t p = {.out = out, .report = rep};
    if (size > LIMIT_FILE_BYTES) {
        report(&p, 0, "file is %zu bytes; the limit is %d (LIMIT_FILE_BYTES)",
               size, LIMIT_FILE_BYTES);
        return false;
    }
    parse_all(&p, text, size);
    check_whole(&p);
    content_report_sort(rep);
    /* No file sets these: the settings do (kiosk.c); these are theirs. */
    out->show.reading_wpm = READING_DEFAULT_WPM;
    out->show.reading_min_ms = READING_DEFAULT_MIN_MS;
    default_optional_labels(&out->labels);
    return content_report_errors(rep) == 0;
}
