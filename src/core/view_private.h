/* view_private.h - what the view's files share, and nothing more.
 *
 * The view is one engine (view.c: the panel's metrics, the column a slide
 * is laid out in, the dispatch on the slide's kind, the footer, the
 * bounds check) and one file per slide kind (view_title.c, view_event.c,
 * ...). This header is their contract: the metrics and the column, the
 * column's helpers the slides place their texts and fills with, and one
 * entry point per slide kind. Only src/core/view*.c include it; the rest
 * of the kiosk sees view.h.
 *
 * A new slide kind: a file view_KIND.c with its entry point declared
 * below, and a case in view.c's switch (the compiler asks for it).
 */
#ifndef KIOSK_VIEW_PRIVATE_H
#define KIOSK_VIEW_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "view.h"

/* ------------------------------------------------------------- metrics */

typedef struct {
    int s;               /* the panel's shorter side */
    int margin;          /* around everything */
    int gap;             /* between items */
    int px_display;      /* dates, names, the title, the trade figure */
    int px_headline;
    int px_body;
    int px_list;         /* list items */
    int px_label;        /* kickers, fact labels, the counter */
    bool stacked;        /* groups stacked, not side by side (tall panels) */
    view_rect_t content; /* the slide's own area */
    view_rect_t footer;  /* counter and progress bar */
} metrics_t;

/* -------------------------------------------------------------- column */

/* The free space of a slide that items are placed into, top down (place)
 * or bottom up (place_bottom). */
typedef struct {
    view_t *view;
    const textfit_measure_t *measure;
    const metrics_t *m;
    const content_t *ct; /* for the labels and month names */
    lang_t lang;         /* the language every text is taken in */
    int x, w;       /* the column's horizontal extent */
    int y, bottom;  /* the free space left in it */
} column_t;

/* A label of the screen, in the column's language. */
#define LABEL(c, name) ((c)->ct->labels.name[(c)->lang])
/* A translated field of a record, in the column's language. */
#define TR(c, field) ((field)[(c)->lang])

/* Keeps a formatted string in the view, which outlives this call. */
const char *view_string(view_t *v, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A date as the article gives it, kept in the view. */
const char *view_date_string(column_t *c, content_date_t date);

void view_add_fill(view_t *v, view_rect_t r, view_ink_t ink);

/* Places a text at the top of the free space and moves below it; at most
 * max_h tall (0: all that is left). NULL for an empty text. */
view_text_t *view_place(column_t *c, const char *text, textfit_face_t face,
                        int px, view_ink_t ink, int max_h);

/* Places a text at the bottom of the free space and moves above it. */
view_text_t *view_place_bottom(column_t *c, const char *text,
                               textfit_face_t face, int px, view_ink_t ink,
                               int max_h);

/* Places a text at y in a box as wide as the text itself (no wider than
 * the column: a longer one wraps), its left edge at x moved into the
 * column, so that a label can stand under a mark without leaving it. */
view_text_t *view_place_at(const column_t *c, const char *text,
                           textfit_face_t face, int px, view_ink_t ink,
                           int x, int y, int max_h);

/* Splits a column into `n` side by side (landscape) or keeps it whole. */
column_t view_sub_column(const column_t *c, int i, int n);

/* The small bold caption above a slide's content. */
void view_kicker(column_t *c, const char *label);

/* Moves the fills and texts from `fill`/`text` on down by dy. */
void view_shift_from(view_t *v, uint32_t fill, uint32_t text, int dy);

/* The nominal size at which `n` lines of text fit in `budget` pixels: type
 * steps down for a long list instead of pushing records off the slide. */
int view_px_for(const column_t *c, textfit_face_t face, int nominal,
                int budget, int n);

/* The one-line helpers, inline here so that each file keeps them its own
 * (static) without a prefix. */

static inline void space(column_t *c, int px) { c->y += px; }

static inline void space_bottom(column_t *c, int px) { c->bottom -= px; }

/* Lines of `px` text as pixels, to cap an item at a number of lines. */
static inline int lines(const column_t *c, textfit_face_t face, int px, int n)
{
    return n * c->measure->line_height(c->measure->ctx, face, px);
}

/* A text's width on one line, at px. */
static inline int text_w(const column_t *c, textfit_face_t face, int px,
                         const char *s)
{
    return c->measure->width(c->measure->ctx, face, px, s, strlen(s));
}

static inline int clamp(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* The index of a text of the view, or VIEW_NONE for none. */
static inline uint32_t text_index(const view_t *v, const view_text_t *t)
{
    return t ? (uint32_t)(t - v->texts) : VIEW_NONE;
}

/* Each of n items gets an equal share of what is left of the column. */
static inline int share(const column_t *c, int n, int gap)
{
    return n > 0 ? (c->bottom - c->y - gap * (n - 1)) / n : 0;
}

/* --------------------------------------------------------- slide kinds */

/* One per kind of deck.h, each in its own file: lays the slide out in the
 * content column `c` (the footer is the engine's). */
void view_title_slide(column_t *c, const content_show_t *show); /* view_title.c */
void view_event_slide(column_t *c, uint32_t record);      /* view_event.c */
void view_ambassador_slide(column_t *c, uint32_t record); /* view_ambassador.c */
void view_agreements_slide(column_t *c, const content_t *ct); /* view_agreements.c */
void view_trade_slide(column_t *c, const content_t *ct);    /* view_trade.c */
void view_missions_slide(column_t *c, const content_t *ct); /* view_missions.c */

/* The speaker button at the left end of the footer's region, which it
 * narrows (view_speaker.c); nothing for VIEW_SPEAKER_NONE. */
void view_speaker_place(column_t *c, view_speaker_state_t state,
                        view_rect_t *region);

#endif
