/* content.h - the content table: every fact the kiosk shows, in fixed memory.
 *
 * The table is filled by content_load() from the text format described in
 * README.md ("Content format"). It holds no pointers into the source text,
 * so the source may be freed or changed once loading returns. A table is
 * plain data: copying it with `=` is a complete copy (that is how a second
 * bank will be swapped in on hot reload).
 *
 * Every text a visitor reads exists in each language (lang.h); names,
 * dates and numbers are not translated.
 *
 * Conventions: an empty string means "the article gives nothing here"; such
 * fields are left out on screen, never shown as placeholders. A date carries
 * only the parts the article gives (month and day are 0 when unknown).
 */
#ifndef KIOSK_CONTENT_H
#define KIOSK_CONTENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "content_report.h"
#include "lang.h"
#include "limits.h"

typedef char content_short_t[LIMIT_SHORT_TEXT + 1];
typedef char content_long_t[LIMIT_LONG_TEXT + 1];
/* A translated field: the same text in every language, by lang_t. */
typedef content_short_t content_short_tr_t[LANG_COUNT];
typedef content_long_t content_long_tr_t[LANG_COUNT];
/* What makes a slide's record the same record in another version of the
 * file (--compare): the curator's `id`, or one made from the content
 * (content_id.h). Lower-case ASCII letters, digits and '-'. */
typedef char content_id_t[LIMIT_ID + 1];

typedef struct {
    int16_t year;  /* 0 when no date was given */
    uint8_t month; /* 1..12, or 0 when the source gives only the year */
    uint8_t day;   /* 1..31, or 0 when the source gives no day */
} content_date_t;

/* Which side of the relationship a goods list or a mission belongs to. */
typedef enum {
    SIDE_MEXICO,
    SIDE_NORTH_KOREA,
} content_side_t;

typedef struct {
    content_short_tr_t title;    /* the show's title, on the first slide */
    content_short_tr_t subtitle; /* a line under it */
    content_long_tr_t text;      /* the introduction */
    uint32_t slide_ms;           /* one fixed time for every slide
                                  * (slide_seconds); 0: each slide's
                                  * reading time (reading.h) */
    uint32_t reading_wpm;        /* the reading rule's rate: the settings'
                                  * (content_load: the default) */
    uint32_t reading_min_ms;     /* and its floor, likewise */
} content_show_t;

/* Every word the screen shows that is not content, so that a curator can
 * word (and translate) the whole screen. */
typedef struct {
    content_short_tr_t history, ambassadors, leader, president, term_end;
    content_short_tr_t agreements, trade, missions;
    content_short_tr_t exports_mexico, exports_north_korea;
    content_short_tr_t mexico, north_korea;
    content_short_tr_t invitation, paused, language;
    content_short_tr_t months; /* twelve names, separated by ", " */
    content_short_tr_t closed; /* optional: the closed notice (settings'
                                * closed_notice); empty: "Cerrado" etc. */
    content_short_tr_t listen, listen_stop; /* optional: the speaker
                                * button's words, silent and reading
                                * (narration.h); empty: "Escuchar" etc. */
    /* Optional: the hints as a panel with a touch screen gives them
     * (view_input_t); the loader fills in its own words ("Toca para
     * explorar"...) for those a file leaves out, so content written
     * before touch screens still loads. */
    content_short_tr_t invitation_touch, paused_touch, language_touch;
    /* Optional, likewise: the ambassadors' overview's words (the loader's
     * own when left out): its title, the start mark's words, what a mark
     * is, and the note that the terms' dates are context. */
    content_short_tr_t overview, established, overview_marks, context;
    /* Optional, likewise: the word before an ambassador's accreditation. */
    content_short_tr_t accreditation;
} content_labels_t;

typedef struct {
    content_id_t id;
    content_date_t date;
    content_short_tr_t headline;
    content_long_tr_t text;
    uint32_t slide_ms; /* 0: the show's default */
} content_event_t;

/* One row of the article's table of North Korean ambassadors to Mexico.
 * Names are not translated. */
typedef struct {
    content_id_t id;
    content_short_t name;          /* empty in the row before the first envoy */
    content_short_tr_t era;        /* when, in words: a date the article
                                    * gives, or the term of the row's head
                                    * of state (context, with its years) */
    content_date_t accreditation;  /* the article gives none so far */
    content_long_tr_t observations;
    content_short_t leader;        /* leader of North Korea */
    content_short_t president;     /* head of state of Mexico */
    content_short_tr_t term_end;   /* free text, e.g. "Current" */
    uint32_t slide_ms;
} content_ambassador_t;

/* A head of state of one side, with the term's dates: context from
 * shared/reference/heads-of-state.tsv (the article names them without
 * dates), for the ambassadors' overview (view_overview.c). */
typedef struct {
    content_side_t side;
    content_short_t name;      /* as the ambassador rows write it, so a
                                * row finds its era by name */
    content_short_t short_name;/* what the overview's band shows when
                                * given ("Zedillo"); else the name */
    content_date_t from;       /* the term's first day */
    content_date_t to;         /* its last day; year 0 while in office */
    content_date_t as_of;      /* in office: the day the source saw them
                                * in office (the overview's axis ends
                                * there); year 0 for a past term */
} content_head_t;

typedef struct {
    content_date_t date;
    content_short_tr_t name;
} content_agreement_t;

/* A dated trade fact: an optional headline figure and its explanation. */
typedef struct {
    content_date_t date;
    content_short_tr_t figure; /* e.g. "US$459 thousand"; may be empty */
    content_long_tr_t text;
} content_trade_t;

/* One line of goods one country sells to the other. */
typedef struct {
    content_side_t from;
    content_short_tr_t goods;
} content_export_t;

typedef struct {
    content_side_t side; /* whose mission it is */
    content_long_tr_t text;
} content_mission_t;

typedef struct {
    content_show_t show;
    content_labels_t labels;
    content_event_t events[LIMIT_EVENTS];
    content_ambassador_t ambassadors[LIMIT_AMBASSADORS];
    content_agreement_t agreements[LIMIT_AGREEMENTS];
    content_trade_t trade[LIMIT_TRADE_FACTS];
    content_export_t exports[LIMIT_EXPORTS];
    content_mission_t missions[LIMIT_MISSIONS];
    content_head_t heads[LIMIT_HEADS_OF_STATE];
    uint8_t event_count;
    uint8_t ambassador_count;
    uint8_t agreement_count;
    uint8_t trade_count;
    uint8_t export_count;
    uint8_t mission_count;
    uint8_t head_count;
} content_t;

/* The [labels] keys in the loader's order, for whoever writes a content
 * file (content_format.c): key `i` (without its _es/_en) and the offset
 * of its translated field in content_labels_t; NULL past the last. */
const char *content_label_key(size_t i, size_t *offset);

/* Parses `size` bytes of content text into *out. Returns true when the text
 * is valid (it may have warnings); otherwise *out is unspecified. *report
 * lists every problem found, errors and warnings, in line order. `text` need not be NUL-terminated. */
bool content_load(const char *text, size_t size, content_t *out,
                  content_report_t *report);

/* Formats a date as precisely as the source gives it, in a language, with
 * the month names of the content's labels: "4 September 1980", "June
 * 2009", "2003"; "4 de septiembre de 1980", "Junio de 2009". Returns the
 * length written. */
size_t content_date_format(const content_t *content, content_date_t date,
                           lang_t lang, char *buf, size_t cap);

#endif
