/* deck.c - the ordered slides; see deck.h. */
#include "deck.h"

#include <stdio.h>
#include <string.h>

#include "kiosk_assert.h"
#include "reading.h"

/* A slide time content_load (or the settings) accepted. */
static bool slide_ms_valid(uint32_t ms)
{
    return ms >= LIMIT_SLIDE_SECONDS_MIN * 1000u &&
           ms <= LIMIT_SLIDE_SECONDS_MAX * 1000u;
}

/* A slide's time in one language: the curator's own time for it, then
 * the show's fixed time, then the time to read it. */
static uint32_t slide_time(const content_t *c, const slide_t *s,
                           uint32_t own_ms, lang_t lang)
{
    if (own_ms) return own_ms;
    if (c->show.slide_ms) return c->show.slide_ms;
    return reading_ms(reading_slide_words(c, s, lang), c->show.reading_wpm,
                      c->show.reading_min_ms);
}

static void add(deck_t *deck, const content_t *c, slide_kind_t kind,
                size_t record, uint32_t own_ms)
{
    /* LIMIT_SLIDES counts a slide for every record the loader may accept,
     * so a valid table never reaches it. */
    KIOSK_ASSERT(deck->count < LIMIT_SLIDES);
    KIOSK_ASSERT(record <= UINT8_MAX);
    /* The state machine divides by a slide's time, and loops until it has
     * passed: never 0. */
    KIOSK_ASSERT(own_ms == 0 || slide_ms_valid(own_ms));
    slide_t *s = &deck->slides[deck->count++];
    s->kind = kind;
    s->record = (uint8_t)record;
    for (int l = 0; l < LANG_COUNT; l++) {
        s->duration_ms[l] = slide_time(c, s, own_ms, (lang_t)l);
        KIOSK_ASSERT(slide_ms_valid(s->duration_ms[l]));
    }
}

/* What content_load checked and the deck relies on: every count within
 * its limit (the deck's fixed array holds them all), the show's fixed
 * slide time unset or in range, and a reading rate to divide by and a
 * floor in range (content_load sets the defaults, the settings theirs). */
static void assert_loaded(const content_t *c)
{
    KIOSK_ASSERT(c->event_count <= LIMIT_EVENTS);
    KIOSK_ASSERT(c->ambassador_count <= LIMIT_AMBASSADORS);
    KIOSK_ASSERT(c->agreement_count <= LIMIT_AGREEMENTS);
    KIOSK_ASSERT(c->trade_count <= LIMIT_TRADE_FACTS);
    KIOSK_ASSERT(c->export_count <= LIMIT_EXPORTS);
    KIOSK_ASSERT(c->mission_count <= LIMIT_MISSIONS);
    KIOSK_ASSERT(c->head_count <= LIMIT_HEADS_OF_STATE);
    KIOSK_ASSERT(c->show.slide_ms == 0 || slide_ms_valid(c->show.slide_ms));
    KIOSK_ASSERT(c->show.reading_wpm >= LIMIT_READING_WPM_MIN &&
                 c->show.reading_wpm <= LIMIT_READING_WPM_MAX);
    KIOSK_ASSERT(slide_ms_valid(c->show.reading_min_ms));
}

void deck_build(const content_t *c, deck_t *deck)
{
    assert_loaded(c);
    deck->count = 0;
    add(deck, c, SLIDE_TITLE, 0, 0);
    for (size_t i = 0; i < c->event_count; i++)
        add(deck, c, SLIDE_EVENT, i, c->events[i].slide_ms);
    /* The overview needs heads of state to place the ambassadors among;
     * with it, the row without a name (relations established) is its
     * start mark, not a slide with no ambassador on it. */
    bool overview = c->ambassador_count && c->head_count;
    if (overview) add(deck, c, SLIDE_OVERVIEW, 0, 0);
    for (size_t i = 0; i < c->ambassador_count; i++)
        if (!overview || c->ambassadors[i].name[0])
            add(deck, c, SLIDE_AMBASSADOR, i, c->ambassadors[i].slide_ms);
    if (c->agreement_count) add(deck, c, SLIDE_AGREEMENTS, 0, 0);
    if (c->trade_count || c->export_count) add(deck, c, SLIDE_TRADE, 0, 0);
    if (c->mission_count) add(deck, c, SLIDE_MISSIONS, 0, 0);
    KIOSK_ASSERT(deck->count >= 1 && deck->count <= LIMIT_SLIDES);
}

const char *deck_kind_name(slide_kind_t kind)
{
    switch (kind) {
    case SLIDE_TITLE: return "title";
    case SLIDE_EVENT: return "event";
    case SLIDE_OVERVIEW: return "overview";
    case SLIDE_AMBASSADOR: return "ambassador";
    case SLIDE_AGREEMENTS: return "agreements";
    case SLIDE_TRADE: return "trade";
    case SLIDE_MISSIONS: return "missions";
    }
    return "?";
}

const char *deck_kind_label(const deck_t *deck, const content_t *c,
                            uint32_t index, lang_t lang)
{
    KIOSK_ASSERT(index < deck->count);
    const content_labels_t *l = &c->labels;
    switch (deck->slides[index].kind) {
    case SLIDE_TITLE: return "";
    case SLIDE_EVENT: return l->history[lang];
    case SLIDE_OVERVIEW: return l->ambassadors[lang];
    case SLIDE_AMBASSADOR: return l->ambassadors[lang];
    case SLIDE_AGREEMENTS: return l->agreements[lang];
    case SLIDE_TRADE: return l->trade[lang];
    case SLIDE_MISSIONS: return l->missions[lang];
    }
    return "";
}

static size_t event_title(const content_t *c, const content_event_t *e,
                          lang_t lang, char *buf, size_t cap)
{
    char date[64];
    content_date_format(c, e->date, lang, date, sizeof date);
    int n = snprintf(buf, cap, "%s: %s", date, e->headline[lang]);
    return n < 0 ? 0 : (size_t)n;
}

/* The row before the first envoy has no name; its observation says what
 * the row records. */
static const char *ambassador_title(const content_ambassador_t *a,
                                    lang_t lang)
{
    return a->name[0] ? a->name : a->observations[lang];
}

size_t deck_slide_title(const deck_t *deck, const content_t *c,
                        uint32_t index, lang_t lang, char *buf, size_t cap)
{
    KIOSK_ASSERT(index < deck->count);
    const slide_t *s = &deck->slides[index];
    const char *title = "";
    switch (s->kind) {
    case SLIDE_TITLE: title = c->show.title[lang]; break;
    case SLIDE_EVENT:
        return event_title(c, &c->events[s->record], lang, buf, cap);
    case SLIDE_OVERVIEW: title = c->labels.overview[lang]; break;
    case SLIDE_AMBASSADOR:
        title = ambassador_title(&c->ambassadors[s->record], lang);
        break;
    case SLIDE_AGREEMENTS: title = c->labels.agreements[lang]; break;
    case SLIDE_TRADE: title = c->labels.trade[lang]; break;
    case SLIDE_MISSIONS: title = c->labels.missions[lang]; break;
    }
    int n = snprintf(buf, cap, "%s", title);
    return n < 0 ? 0 : (size_t)n;
}

size_t deck_slide_key(const deck_t *deck, const content_t *c, uint32_t index,
                      char *buf, size_t cap)
{
    KIOSK_ASSERT(index < deck->count);
    const slide_t *s = &deck->slides[index];
    int n;
    if (s->kind == SLIDE_EVENT) {
        const content_event_t *e = &c->events[s->record];
        n = snprintf(buf, cap, "event %d-%d-%d %s", e->date.year, e->date.month,
                     e->date.day, e->headline[LANG_ES]);
    } else if (s->kind == SLIDE_AMBASSADOR) {
        const content_ambassador_t *a = &c->ambassadors[s->record];
        n = snprintf(buf, cap, "ambassador %s|%s|%s", a->name, a->leader,
                     a->president);
    } else {
        /* One slide of its kind: the kind is its identity. */
        n = snprintf(buf, cap, "%s", deck_kind_name(s->kind));
    }
    return n < 0 ? 0 : (size_t)n;
}

const char *deck_slide_id(const deck_t *deck, const content_t *c,
                          uint32_t index)
{
    KIOSK_ASSERT(index < deck->count);
    const slide_t *s = &deck->slides[index];
    if (s->kind == SLIDE_EVENT) return c->events[s->record].id;
    if (s->kind == SLIDE_AMBASSADOR) return c->ambassadors[s->record].id;
    return deck_kind_name(s->kind);
}

uint32_t deck_find_key(const deck_t *deck, const content_t *c, const char *key)
{
    char other[LIMIT_SHORT_TEXT * 4];
    for (uint32_t i = 0; i < deck->count; i++) {
        deck_slide_key(deck, c, i, other, sizeof other);
        if (strcmp(other, key) == 0) return i;
    }
    return UINT32_MAX;
}
