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
    int px_min_body;     /* no text but a label is ever smaller ... */
    int px_min_label;    /* ... nor a label: see view_min_cap_px() */
    bool stacked;        /* groups stacked, not side by side (tall panels) */
    bool tall;           /* a portrait panel: taller than wide */
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
/* A hint of the screen, worded for how the visitor reaches the kiosk: a
 * touch screen has its own words (`name`_touch), keys the label's. */
#define HINT(c, name)                                                   \
    ((c)->view->input == VIEW_INPUT_TOUCH ? LABEL(c, name##_touch)      \
                                          : LABEL(c, name))
/* A translated field of a record, in the column's language. */
#define TR(c, field) ((field)[(c)->lang])

/* Keeps a formatted string in the view, which outlives this call. */
const char *view_string(view_t *v, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A date as the article gives it, kept in the view. */
const char *view_date_string(column_t *c, content_date_t date);

void view_add_fill(view_t *v, view_rect_t r, view_ink_t ink);

/* A frame `t` thick inside r's edges in VIEW_BAND_OUTLINE_INK, four
 * fills (top, bottom, left, right): the band a slide is about. */
void view_add_frame(view_t *v, view_rect_t r, int t);

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

/* Where the view's fills and texts stand: the items placed after it are
 * a group that can be moved together. */
typedef struct {
    uint32_t fill, text;
} view_mark_t;

static inline view_mark_t view_mark(const column_t *c)
{
    return (view_mark_t){c->view->fill_count, c->view->text_count};
}

/* On a portrait panel, spreads the height a slide leaves free: its text
 * block (the items from `block` on, placed top down) and the group
 * anchored at the bottom (from `bottom` up to `block`: a timeline, era
 * bands) move toward each other, so that a third of the free height is
 * above the block, a third between them and a third under the group; a
 * slide with no bottom group (bottom == block) gets its block centred.
 * A tall panel's spare height is then never one band over a third of it
 * (tests/portrait.sh). Nothing moves on a landscape panel. */
void view_settle(column_t *c, view_mark_t bottom, view_mark_t block);

/* Moves the fills and texts from `fill`/`text` on down by dy. */
void view_shift_from(view_t *v, uint32_t fill, uint32_t text, int dy);

/* A text set at the label size or smaller is a label, and so is one set
 * below the body's minimum (the language button's words on a small
 * panel): it could never be body text. */
static inline view_role_t view_role_of(const metrics_t *m, int px)
{
    return px <= m->px_label || px < m->px_min_body ? VIEW_ROLE_LABEL
                                                    : VIEW_ROLE_BODY;
}

/* The smallest size a text set at px may shrink to: its role's minimum. */
static inline int view_floor_px(const metrics_t *m, int px)
{
    return view_role_of(m, px) == VIEW_ROLE_LABEL ? m->px_min_label
                                                  : m->px_min_body;
}

/* The nominal size at which `n` lines of text fit in `budget` pixels: type
 * steps down for a long list instead of pushing records off the slide,
 * but never below the body's minimum. */
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
void view_overview_slide(column_t *c);                    /* view_overview.c */
/* An ambassador slide's foot, when the content has heads of state: the
 * overview's legend, axis and bands (the same geometry on every slide),
 * the row's leader and president framed and its mark on the axis; moves
 * the column's bottom above it. */
void view_overview_strip(column_t *c, uint32_t row);      /* view_overview.c */
void view_agreements_slide(column_t *c, const content_t *ct); /* view_agreements.c */
void view_trade_slide(column_t *c, const content_t *ct);    /* view_trade.c */
void view_missions_slide(column_t *c, const content_t *ct); /* view_missions.c */

/* ------------------------------------------ controls: view_controls.c */

/* A button of the footer (the language button, the speaker button): its
 * height (8% of the panel's shorter side: a finger), the size of its
 * words at that height, and where a tap counts as it (the button and a
 * finger's slack around it, kept on the panel). */
int view_button_height(const view_t *v);
int view_button_px(int h);
view_rect_t view_button_hit(const view_t *v, view_rect_t button);

/* Makes the footer tall enough for the language button. */
void view_controls_reserve(metrics_t *m, int width, int height);

/* The language button, at the right of the footer column `f`, ending at
 * `right`; returns its left edge. */
int view_controls_button(column_t *f, int right);

/* The chevrons at the side edges, for the slide `index`. */
void view_controls_arrows(view_t *v, const metrics_t *m, uint32_t index);

/* The pause notice, laid out in the progress bar's region for when the
 * show is paused: a band with the pause sign and its words. */
void view_controls_pause(column_t *f, view_rect_t region);

/* Moves the controls by (dx, dy), with the rest of the view. */
void view_controls_shift(view_controls_t *c, int dx, int dy);
/* The speaker button at the left end of the footer's region, which it
 * narrows (view_speaker.c); nothing for VIEW_SPEAKER_NONE. Called before
 * the pause notice is laid out in what is left of the region, so that
 * the pause band never covers it. */
void view_speaker_place(column_t *c, view_speaker_state_t state,
                        view_rect_t *region);

#endif
