/* deck.h - the ordered slides, derived from the content table.
 *
 * The deck tells the story: the title slide, the history's events in the
 * order the content lists them, the ambassadors' overview (when the
 * content has heads of state to place them among), the ambassadors (the
 * row without a name is the overview's start mark, not a slide of its
 * own, when there is an overview), then one slide each for
 * the agreements, the trade and the diplomatic missions (each only when
 * the content has records of that kind). A slide refers to its record by
 * index; it copies no text.
 */
#ifndef KIOSK_DECK_H
#define KIOSK_DECK_H

#include <stddef.h>
#include <stdint.h>

#include "content.h"
#include "lang.h"

typedef enum {
    SLIDE_TITLE,
    SLIDE_EVENT,
    SLIDE_OVERVIEW,   /* the ambassadors among the heads of state */
    SLIDE_AMBASSADOR,
    SLIDE_AGREEMENTS,
    SLIDE_TRADE,
    SLIDE_MISSIONS,
} slide_kind_t;

typedef struct {
    slide_kind_t kind;
    uint8_t record;       /* index into the kind's table (events, ...) */
    uint32_t duration_ms[LANG_COUNT]; /* how long attract mode shows it,
                                       * in each language (never 0) */
} slide_t;

typedef struct {
    slide_t slides[LIMIT_SLIDES];
    uint32_t count;
} deck_t;

/* Builds the deck for a loaded content table. Always yields at least the
 * title slide. A slide's time, in each language: its own `seconds`; else
 * the show's slide_ms when set (one fixed time for every slide); else its
 * reading time (reading.h) at the show's reading_wpm and reading_min_ms. */
void deck_build(const content_t *content, deck_t *deck);

/* The kind as a lower-case word, as --list prints it: "title", "event"... */
const char *deck_kind_name(slide_kind_t kind);

/* The kind as the screen words it, in a language, from the content's
 * labels ("Historia", "Embajadores de Corea del Norte en México"...), for
 * a curator's contact sheet; "" for the title slide, whose title says
 * what it is. */
const char *deck_kind_label(const deck_t *deck, const content_t *content,
                            uint32_t index, lang_t lang);

/* What makes a slide the same slide in another version of the content:
 * its kind and its record's identity (an event's date and headline, an
 * ambassador's row). Hot reload keeps a visitor on the slide with the same
 * key. */
size_t deck_slide_key(const deck_t *deck, const content_t *content,
                      uint32_t index, char *buf, size_t cap);

/* A slide's id, as --shots records it and --compare matches it: its
 * record's id (content_id.h) for an event or an ambassador, the kind's
 * name for the slides that are one of a kind ("title", "overview",
 * "agreements", "trade", "missions"). Points into the content or is a constant. */
const char *deck_slide_id(const deck_t *deck, const content_t *content,
                          uint32_t index);

/* The index of the slide whose key is `key`, or UINT32_MAX. */
uint32_t deck_find_key(const deck_t *deck, const content_t *content,
                       const char *key);

/* A one-line title for a slide in a language, for --list and logs. */
size_t deck_slide_title(const deck_t *deck, const content_t *content,
                        uint32_t index, lang_t lang, char *buf, size_t cap);

#endif
