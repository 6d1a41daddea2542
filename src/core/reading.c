/* reading.c - a slide's words and reading time; see reading.h. */
#include "reading.h"

#include <stdbool.h>

#include "kiosk_assert.h"
#include "limits.h"

/* ------------------------------------------------------------- words */

static bool is_space(unsigned char b)
{
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
}

/* Whether the character starting at `p` is a letter or digit (see
 * reading.h); *len is its length in bytes. */
static bool is_letter(const unsigned char *p, uint32_t *len)
{
    unsigned char b = p[0];
    *len = 1;
    if (b < 0x80)
        return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
    /* A continuation byte alone (never in text the loader passed): skip. */
    if (b < 0xC0) return false;
    *len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    for (uint32_t i = 1; i < *len; i++)
        if ((p[i] & 0xC0) != 0x80) { *len = i; return false; }
    if (b == 0xC2) return false;                            /* U+0080-U+00BF */
    if (b == 0xE2 && (p[1] == 0x80 || p[1] == 0x81)) return false; /* U+2000-U+207F */
    return true;
}

uint32_t reading_words(const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    uint32_t words = 0;
    bool in_run = false, counted = false;
    while (*p) {
        if (is_space(*p)) {
            in_run = false;
            p++;
            continue;
        }
        if (!in_run) counted = false;
        in_run = true;
        uint32_t len;
        if (is_letter(p, &len) && !counted) {
            words++;
            counted = true;
        }
        p += len;
    }
    return words;
}

/* ------------------------------------------------------- slide words */

/* A date as the slide shows it, in the language. */
static uint32_t date_words(const content_t *c, content_date_t d, lang_t lang)
{
    if (d.year == 0) return 0; /* undated: not shown */
    char buf[64];
    content_date_format(c, d, lang, buf, sizeof buf);
    return reading_words(buf);
}

static uint32_t title_words(const content_t *c, lang_t lang)
{
    return reading_words(c->show.title[lang]) +
           reading_words(c->show.subtitle[lang]) +
           reading_words(c->show.text[lang]) +
           reading_words(c->labels.invitation[lang]);
}

static uint32_t event_words(const content_t *c, size_t i, lang_t lang)
{
    const content_event_t *e = &c->events[i];
    return reading_words(c->labels.history[lang]) +
           date_words(c, e->date, lang) + reading_words(e->headline[lang]) +
           reading_words(e->text[lang]);
}

/* The name, its era line and the observations, then the era bands (each
 * a label and a name) and the end of the term (its label shows only with
 * a value). */
static uint32_t ambassador_words(const content_t *c, size_t i, lang_t lang)
{
    const content_ambassador_t *a = &c->ambassadors[i];
    const char *end = a->term_end[lang];
    return reading_words(c->labels.ambassadors[lang]) +
           reading_words(a->name) + reading_words(a->era[lang]) +
           reading_words(a->observations[lang]) +
           reading_words(c->labels.leader[lang]) + reading_words(a->leader) +
           reading_words(c->labels.president[lang]) +
           reading_words(a->president) +
           (end[0] ? reading_words(c->labels.term_end[lang]) +
                         reading_words(end)
                   : 0);
}

static uint32_t agreements_words(const content_t *c, lang_t lang)
{
    uint32_t n = reading_words(c->labels.agreements[lang]);
    for (size_t i = 0; i < c->agreement_count; i++)
        n += date_words(c, c->agreements[i].date, lang) +
             reading_words(c->agreements[i].name[lang]);
    return n;
}

/* The facts (a date and a text; the first, the headline one, also its
 * figure), then each side's heading and goods; a heading shows only over
 * goods. */
static uint32_t trade_words(const content_t *c, lang_t lang)
{
    uint32_t n = reading_words(c->labels.trade[lang]);
    for (size_t i = 0; i < c->trade_count; i++)
        n += date_words(c, c->trade[i].date, lang) +
             (i == 0 ? reading_words(c->trade[i].figure[lang]) : 0) +
             reading_words(c->trade[i].text[lang]);
    bool side[2] = {false, false};
    for (size_t i = 0; i < c->export_count; i++) {
        n += reading_words(c->exports[i].goods[lang]);
        side[c->exports[i].from == SIDE_MEXICO ? 0 : 1] = true;
    }
    if (side[0]) n += reading_words(c->labels.exports_mexico[lang]);
    if (side[1]) n += reading_words(c->labels.exports_north_korea[lang]);
    return n;
}

static uint32_t missions_words(const content_t *c, lang_t lang)
{
    uint32_t n = reading_words(c->labels.missions[lang]);
    for (size_t i = 0; i < c->mission_count; i++) {
        const content_mission_t *m = &c->missions[i];
        n += reading_words(m->side == SIDE_MEXICO ? c->labels.mexico[lang]
                                                  : c->labels.north_korea[lang]) +
             reading_words(m->text[lang]);
    }
    return n;
}

/* The overview: its title and legend, the heads' and the envoys' names
 * (a glance at a chart, but each name is read). */
static uint32_t overview_words(const content_t *c, lang_t lang)
{
    const content_labels_t *l = &c->labels;
    uint32_t n = reading_words(l->overview[lang]) +
                 reading_words(l->leader[lang]) +
                 reading_words(l->president[lang]) +
                 reading_words(l->overview_marks[lang]) +
                 reading_words(l->context[lang]) +
                 reading_words(l->established[lang]);
    for (size_t i = 0; i < c->head_count; i++)
        n += reading_words(c->heads[i].short_name[0] ? c->heads[i].short_name
                                                     : c->heads[i].name);
    for (size_t i = 0; i < c->ambassador_count; i++)
        n += reading_words(c->ambassadors[i].name);
    return n;
}

uint32_t reading_slide_words(const content_t *c, const slide_t *s, lang_t lang)
{
    KIOSK_ASSERT(lang < LANG_COUNT);
    switch (s->kind) {
    case SLIDE_TITLE: return title_words(c, lang);
    case SLIDE_EVENT: return event_words(c, s->record, lang);
    case SLIDE_OVERVIEW: return overview_words(c, lang);
    case SLIDE_AMBASSADOR: return ambassador_words(c, s->record, lang);
    case SLIDE_AGREEMENTS: return agreements_words(c, lang);
    case SLIDE_TRADE: return trade_words(c, lang);
    case SLIDE_MISSIONS: return missions_words(c, lang);
    }
    return 0;
}

/* -------------------------------------------------------------- time */

uint32_t reading_ms(uint32_t words, uint32_t wpm, uint32_t min_ms)
{
    /* The deck divides by it; the settings allow 60 to 600. */
    KIOSK_ASSERT(wpm > 0);
    uint64_t read_s = ((uint64_t)words * 60u + wpm - 1u) / wpm;
    uint64_t ms = (read_s + READING_LOOK_SECONDS) * 1000u;
    if (ms < min_ms) ms = min_ms;
    /* A slide time the state machine accepts, however long the text. */
    if (ms > LIMIT_SLIDE_SECONDS_MAX * 1000u) ms = LIMIT_SLIDE_SECONDS_MAX * 1000u;
    return (uint32_t)ms;
}
