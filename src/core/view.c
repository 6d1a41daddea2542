/* view.c - composing a slide from the panel's size; see view.h.
 *
 * Every size comes from the panel's shorter side `s`, so a slide keeps its
 * proportions from 800x480 to 3840x2160, and a portrait panel gets the
 * same type as a landscape one of the same width, with more room below.
 *
 * A slide is laid out in a column: items anchored to the bottom (an
 * event's timeline, an ambassador's era bands, the invitation) are placed
 * first, bottom up; the rest flows top down in the space left. Each text
 * is fitted (textfit.h) into the space it may take, so nothing can run
 * into the next item or off the panel.
 */
#include "view.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>


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

/* Proportions in thousandths of the shorter side, chosen on 1920x1080
 * (px in brackets): type that reads from two metres on a wall panel. */
/* The smallest label size, in pixels. */
#define LABEL_MIN_PX 15

static metrics_t metrics_for(int w, int h, bool stacked)
{
    metrics_t m;
    /* The type follows the panel's height, but no further than 4/5 of its
     * width: lines on a square or portrait panel are short, and type sized
     * for its height would wrap into too many of them. (9/10 cut text on a
     * square panel; 4/5 fits every slide from 480x800 to 3840x2160.) */
    m.s = h < w * 4 / 5 ? h : w * 4 / 5;
    m.margin = m.s * 64 / 1000;       /* 69 */
    m.gap = m.s * 22 / 1000;          /* 23 */
    m.px_display = m.s * 100 / 1000;  /* 108 */
    m.px_headline = m.s * 56 / 1000;  /* 60 */
    m.px_body = m.s * 44 / 1000;      /* 47 */
    m.px_list = m.s * 38 / 1000;      /* 41 */
    m.px_label = m.s * 26 / 1000;     /* 28 */
    /* Kickers, the counter and the labels stay readable on a small panel
     * (12 px at 800x480 was too small to read at arm's length). */
    if (m.px_label < LABEL_MIN_PX) m.px_label = LABEL_MIN_PX;
    m.stacked = stacked;
    int footer_h = m.s * 50 / 1000;
    if (footer_h < m.px_label * 7 / 4) footer_h = m.px_label * 7 / 4;
    m.footer = (view_rect_t){m.margin, h - m.margin - footer_h,
                             w - 2 * m.margin, footer_h};
    m.content = (view_rect_t){m.margin, m.margin, w - 2 * m.margin,
                              m.footer.y - m.gap - m.margin};
    return m;
}

/* -------------------------------------------------------------- column */

typedef struct {
    view_t *view;
    const textfit_measure_t *measure;
    const metrics_t *m;
    const content_t *ct; /* for the labels and month names */
    lang_t lang;         /* the language every text is taken in */
    int x, w;       /* the column's horizontal extent */
    int y, bottom;  /* the free space left in it */
} column_t;

static column_t column(view_t *v, const textfit_measure_t *measure,
                       const metrics_t *m, const content_t *ct, lang_t lang,
                       view_rect_t r)
{
    return (column_t){v, measure, m, ct, lang, r.x, r.w, r.y, r.y + r.h};
}

/* A label of the screen, in the column's language. */
#define LABEL(c, name) ((c)->ct->labels.name[(c)->lang])
/* A translated field of a record, in the column's language. */
#define TR(c, field) ((field)[(c)->lang])

static const char *view_string(view_t *v, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Keeps a formatted string in the view, which outlives this call. */
static const char *view_string(view_t *v, const char *fmt, ...)
{
    if (v->string_count >= LIMIT_VIEW_TEXTS) return "";
    char *s = v->strings[v->string_count++];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s, VIEW_STRING_LEN, fmt, ap);
    va_end(ap);
    return s;
}

/* A date as the article gives it, kept in the view. */
static const char *date_string(column_t *c, content_date_t date)
{
    view_t *v = c->view;
    if (v->string_count >= LIMIT_VIEW_TEXTS) return "";
    char *s = v->strings[v->string_count++];
    content_date_format(c->ct, date, c->lang, s, VIEW_STRING_LEN);
    return s;
}

static void add_fill(view_t *v, view_rect_t r, view_ink_t ink)
{
    if (v->fill_count < LIMIT_VIEW_FILLS)
        v->fills[v->fill_count++] = (view_fill_t){r, ink};
}

/* Fits a text into the column at most max_h tall (0: all that is left) and
 * returns it, positioned at the top of the free space; the caller decides
 * whether it goes there or at the bottom. NULL when the view is full. */
static view_text_t *fit_text(column_t *c, const char *text,
                             textfit_face_t face, int px, view_ink_t ink,
                             int max_h)
{
    view_t *v = c->view;
    if (v->text_count >= LIMIT_VIEW_TEXTS || text[0] == '\0') return NULL;
    int avail = c->bottom - c->y;
    if (max_h == 0 || max_h > avail) max_h = avail;
    if (max_h < 0) max_h = 0;
    view_text_t *t = &v->texts[v->text_count++];
    memset(t, 0, sizeof *t);
    t->text = text;
    t->ink = ink;
    textfit_fit(c->measure, text, face, px, c->w, max_h, &t->fit);
    t->box = (view_rect_t){c->x, c->y, c->w, t->fit.height};
    if (t->fit.ellipsized) v->ellipsized++;
    return t;
}

/* Places a text at the top of the free space and moves below it. */
static view_text_t *place(column_t *c, const char *text, textfit_face_t face,
                          int px, view_ink_t ink, int max_h)
{
    view_text_t *t = fit_text(c, text, face, px, ink, max_h);
    if (t) c->y += t->fit.height;
    return t;
}

/* Places a text at the bottom of the free space and moves above it. */
static view_text_t *place_bottom(column_t *c, const char *text,
                                 textfit_face_t face, int px, view_ink_t ink,
                                 int max_h)
{
    view_text_t *t = fit_text(c, text, face, px, ink, max_h);
    if (!t) return NULL;
    c->bottom -= t->fit.height;
    t->box.y = c->bottom;
    return t;
}

static void space(column_t *c, int px) { c->y += px; }

static void space_bottom(column_t *c, int px) { c->bottom -= px; }

/* Lines of `px` text as pixels, to cap an item at a number of lines. */
static int lines(const column_t *c, textfit_face_t face, int px, int n)
{
    return n * c->measure->line_height(c->measure->ctx, face, px);
}

/* Splits a column into `n` side by side (landscape) or keeps it whole. */
static column_t sub_column(const column_t *c, int i, int n)
{
    column_t s = *c;
    int gutter = c->m->gap * 2;
    s.w = (c->w - gutter * (n - 1)) / n;
    s.x = c->x + i * (s.w + gutter);
    return s;
}

/* The small bold caption above a slide's content. */
static void kicker(column_t *c, const char *label)
{
    place(c, label, FACE_BOLD, c->m->px_label, INK_MUTED,
          lines(c, FACE_BOLD, c->m->px_label, 1));
    space(c, c->m->gap);
}

/* ------------------------------------------------------------- slides */

/* Moves the fills and texts from `fill`/`text` on down by dy. */
static void shift_from(view_t *v, uint32_t fill, uint32_t text, int dy)
{
    for (uint32_t i = fill; i < v->fill_count; i++) v->fills[i].rect.y += dy;
    for (uint32_t i = text; i < v->text_count; i++) v->texts[i].box.y += dy;
}

/* The title, two bars in the countries' colours, the subtitle and the
 * introduction; the invitation at the bottom. The block sits a third of
 * the way down the space it leaves free, not glued to the top. */
static void title_slide(column_t *c, const content_show_t *show)
{
    const metrics_t *m = c->m;
    place_bottom(c, LABEL(c, invitation), FACE_BOLD, m->px_headline, INK_ACCENT,
                 lines(c, FACE_BOLD, m->px_headline, 2));
    space_bottom(c, m->gap * 2);
    uint32_t first_fill = c->view->fill_count, first_text = c->view->text_count;
    place(c, TR(c, show->title), FACE_BOLD, m->px_display, INK_TEXT,
          lines(c, FACE_BOLD, m->px_display, 3));
    space(c, m->gap);
    int bar_w = c->w / 6, bar_h = m->s * 12 / 1000;
    add_fill(c->view, (view_rect_t){c->x, c->y, bar_w, bar_h}, INK_MEXICO);
    add_fill(c->view, (view_rect_t){c->x + bar_w, c->y, bar_w, bar_h},
             INK_NORTH_KOREA);
    space(c, bar_h + m->gap * 2);
    place(c, TR(c, show->subtitle), FACE_REGULAR, m->px_headline, INK_MUTED,
          lines(c, FACE_REGULAR, m->px_headline, 3));
    space(c, m->gap * 2);
    place(c, TR(c, show->text), FACE_REGULAR, m->px_body, INK_TEXT, 0);
    if (c->bottom > c->y)
        shift_from(c->view, first_fill, first_text, (c->bottom - c->y) / 3);
}

/* A text's width on one line, at px. */
static int text_w(const column_t *c, textfit_face_t face, int px,
                  const char *s)
{
    return c->measure->width(c->measure->ctx, face, px, s, strlen(s));
}

static int clamp(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* Places a text at y in a box as wide as the text itself (no wider than
 * the column: a longer one wraps), its left edge at x moved into the
 * column, so that a label can stand under a mark without leaving it. */
static view_text_t *place_at(const column_t *c, const char *text,
                             textfit_face_t face, int px, view_ink_t ink,
                             int x, int y, int max_h)
{
    column_t t = *c;
    int w = text_w(c, face, px, text);
    t.w = w < c->w ? w : c->w;
    t.x = clamp(x, c->x, c->x + c->w - t.w);
    t.y = y;
    return place(&t, text, face, px, ink, max_h);
}

/* The index of a text of the view, or VIEW_NONE for none. */
static uint32_t text_index(const view_t *v, const view_text_t *t)
{
    return t ? (uint32_t)(t - v->texts) : VIEW_NONE;
}

/* ----------------------------------------------------------- timeline */

typedef struct {
    int first, last; /* 0, 0: the content has no dated record */
} year_span_t;

static void span_add(year_span_t *s, content_date_t d)
{
    if (d.year == 0) return; /* undated: an ambassador's accreditation */
    if (s->first == 0 || d.year < s->first) s->first = d.year;
    if (d.year > s->last) s->last = d.year;
}

/* The years of every dated record in the content, so the timeline spans
 * what the show tells of (1980 to 2023 today) and grows with it. */
static year_span_t content_years(const content_t *ct)
{
    year_span_t s = {0, 0};
    for (size_t i = 0; i < ct->event_count; i++)
        span_add(&s, ct->events[i].date);
    for (size_t i = 0; i < ct->ambassador_count; i++)
        span_add(&s, ct->ambassadors[i].accreditation);
    for (size_t i = 0; i < ct->agreement_count; i++)
        span_add(&s, ct->agreements[i].date);
    for (size_t i = 0; i < ct->trade_count; i++)
        span_add(&s, ct->trade[i].date);
    return s;
}

/* A date in thousandths of a year since the start of first_year: year +
 * (month - 1) / 12 + day / 365. What the source leaves out is taken at its
 * middle: a year alone at mid-year, a month alone at mid-month. The mark
 * is then at most half the unknown span off, where the start would set
 * every "2017" before all else of that year. */
static int64_t date_permille(content_date_t d, int first_year)
{
    int64_t t = (int64_t)(d.year - first_year) * 1000;
    if (d.month == 0) return t + 500;
    t += (d.month - 1) * 1000 / 12;
    return t + (d.day ? d.day * 1000 / 365 : 1000 / 24);
}

/* A rectangle of w x h centred on (x, y), moved into the axis' width. */
static view_rect_t mark_rect(view_rect_t axis, int x, int y, int w, int h)
{
    return (view_rect_t){clamp(x - w / 2, axis.x, axis.x + axis.w - w),
                         y - h / 2, w, h};
}

/* The axis, a short tick at each end, and a mark per event at its date;
 * the slide's own event larger and amber. */
static void timeline_marks(column_t *c, uint32_t record, year_span_t y,
                           view_rect_t axis, int mark)
{
    view_t *v = c->view;
    const content_t *ct = c->ct;
    /* Thin ticks, so that events days apart still show as two. */
    int mid = axis.y + axis.h / 2, tick_w = c->m->s * 3 / 1000 + 1;
    int tick_h = mark * 3 / 4;
    int64_t span = (int64_t)(y.last - y.first + 1) * 1000;
    add_fill(v, axis, INK_TRACK);
    add_fill(v, mark_rect(axis, axis.x, mid, tick_w, tick_h), INK_TRACK);
    add_fill(v, mark_rect(axis, axis.x + axis.w, mid, tick_w, tick_h),
             INK_TRACK);
    v->timeline.axis = axis;
    v->timeline.marks.first = v->fill_count;
    for (uint32_t i = 0; i < ct->event_count; i++) {
        int x = axis.x + (int)(axis.w * date_permille(ct->events[i].date,
                                                      y.first) / span);
        bool own = i == record;
        add_fill(v, mark_rect(axis, x, mid, own ? mark : tick_w,
                              own ? mark : tick_h),
                 own ? INK_ACCENT : INK_MUTED);
    }
    v->timeline.marks.count = v->fill_count - v->timeline.marks.first;
    v->timeline.current = v->timeline.marks.first + record;
    /* Painted once more on top: an event a few days later must not draw
     * its tick across the highlighted mark. */
    if (v->timeline.current < v->fill_count)
        add_fill(v, v->fills[v->timeline.current].rect, INK_ACCENT);
}

static bool apart(view_rect_t a, view_rect_t b, int gap)
{
    return a.x + a.w + gap <= b.x || b.x + b.w + gap <= a.x;
}

/* The first and last years under the axis' ends, and the event's year
 * under its mark, unless it would run into them (then the end labels
 * and the large date above say enough). */
static void timeline_years(column_t *c, year_span_t y, int event_year, int top)
{
    view_t *v = c->view;
    int px = c->m->px_label;
    view_text_t *first = place_at(c, view_string(v, "%d", y.first),
                                  FACE_REGULAR, px, INK_MUTED, c->x, top, 0);
    view_text_t *last = place_at(c, view_string(v, "%d", y.last), FACE_REGULAR,
                                 px, INK_MUTED, c->x + c->w, top, 0);
    if (!first || !last) return;
    const char *year = view_string(v, "%d", event_year);
    view_rect_t mark = v->fills[v->timeline.current].rect;
    int w = text_w(c, FACE_BOLD, px, year);
    view_rect_t r = {clamp(mark.x + mark.w / 2 - w / 2, c->x, c->x + c->w - w),
                     top, w, first->box.h};
    if (apart(r, first->box, c->m->gap) && apart(r, last->box, c->m->gap))
        place_at(c, year, FACE_BOLD, px, INK_ACCENT, r.x, top, 0);
}

/* Where in the content's years the event lies: a strip reserved at the
 * bottom of the column before anything else flows, so no text can reach
 * it. Left out when there is no room for it (or nothing dated). */
static void timeline(column_t *c, uint32_t record)
{
    const metrics_t *m = c->m;
    year_span_t y = content_years(c->ct);
    int mark = m->s * 22 / 1000, label_h = lines(c, FACE_BOLD, m->px_label, 1);
    int top = c->bottom - label_h - m->gap / 2 - mark;
    if (y.first == 0 || record >= c->ct->event_count || top < c->y) return;
    int axis_h = m->s * 3 / 1000 + 1;
    view_rect_t axis = {c->x, top + (mark - axis_h) / 2, c->w, axis_h};
    timeline_marks(c, record, y, axis, mark);
    timeline_years(c, y, c->ct->events[record].date.year,
                   c->bottom - label_h);
    /* Wider apart than the texts above are from each other: the strip is
     * a figure of its own, not a line of the text. */
    c->bottom = top - m->gap * 3;
}

static void event_slide(column_t *c, uint32_t record)
{
    const metrics_t *m = c->m;
    const content_event_t *e = &c->ct->events[record];
    kicker(c, LABEL(c, history));
    timeline(c, record);
    place(c, date_string(c, e->date), FACE_BOLD, m->px_display,
          INK_ACCENT, lines(c, FACE_BOLD, m->px_display, 1));
    space(c, m->gap);
    place(c, TR(c, e->headline), FACE_BOLD, m->px_headline, INK_TEXT,
          lines(c, FACE_BOLD, m->px_headline, 3));
    space(c, m->gap * 2);
    place(c, TR(c, e->text), FACE_REGULAR, m->px_body, INK_TEXT, 0);
}

/* ---------------------------------------------------------- era bands */

/* The article gives no dates for the leaders' and presidents' eras, only
 * the ambassadors' rows in order; so a band shows the eras' order, and a
 * segment is as wide as the rows of its era, not as long as its years. */

static const struct {
    view_ink_t full, tint[2];
} era_ink[ERA_COUNT] = {
    [ERA_LEADER] = {INK_NORTH_KOREA,
                    {INK_NORTH_KOREA_DIM, INK_NORTH_KOREA_DIMMER}},
    [ERA_PRESIDENT] = {INK_MEXICO, {INK_MEXICO_DIM, INK_MEXICO_DIMMER}},
};

static const char *era_name(const content_ambassador_t *a, view_era_t era)
{
    return era == ERA_LEADER ? a->leader : a->president;
}

static const char *era_label(const column_t *c, view_era_t era)
{
    return era == ERA_LEADER ? LABEL(c, leader) : LABEL(c, president);
}

/* The row after the run of equal names that starts at `row`. */
static size_t run_end(const content_t *ct, view_era_t era, size_t row)
{
    const char *name = era_name(&ct->ambassadors[row], era);
    size_t end = row + 1;
    while (end < ct->ambassador_count &&
           strcmp(era_name(&ct->ambassadors[end], era), name) == 0)
        end++;
    return end;
}

/* The left edge of row r of n: the rows share the column's width, rounded
 * so that they tile it with no gap and no overlap. */
static int row_x(const column_t *b, size_t r, size_t n)
{
    return b->x + (int)((int64_t)b->w * (int64_t)r / (int64_t)n);
}

/* A band's proportions: the bar, the marker under it (one marker's height
 * apart), and where the name starts below the bar's top. */
typedef struct {
    int bar_h, mark_h, name_dy;
} band_size_t;

static band_size_t band_size(const metrics_t *m)
{
    band_size_t b = {m->s * 18 / 1000, m->s * 5 / 1000 + 1, 0};
    b.name_dy = b.bar_h + 2 * b.mark_h + m->gap / 2;
    return b;
}

/* A segment per run of equal names, the two tints by turns (counted over
 * every segment, so a segment keeps its tint from slide to slide), the
 * slide's own run in the full colour. Returns the own segment. */
static view_rect_t band_segments(column_t *b, view_era_t era, size_t row,
                                 int y, int h)
{
    view_t *v = b->view;
    size_t n = b->ct->ambassador_count;
    view_band_t *band = &v->bands[era];
    view_rect_t own_rect = {b->x, y, 0, h};
    band->segments.first = v->fill_count;
    for (size_t start = 0, k = 0; start < n; k++) {
        size_t end = run_end(b->ct, era, start);
        int x0 = row_x(b, start, n);
        view_rect_t r = {x0, y, row_x(b, end, n) - x0, h};
        bool own = row >= start && row < end;
        if (own) {
            band->current = v->fill_count;
            own_rect = r;
        }
        add_fill(v, r, own ? era_ink[era].full : era_ink[era].tint[k % 2]);
        start = end;
    }
    band->segments.count = v->fill_count - band->segments.first;
    return own_rect;
}

/* One band with its bar's top at y (its label already above): the
 * segments, a short bright bar under the ambassador's own row, and the
 * era's name under that, from the segment's left edge but kept inside the
 * band. Returns the bottom. */
static int band(column_t *b, view_era_t era, size_t row, int y)
{
    const metrics_t *m = b->m;
    view_t *v = b->view;
    band_size_t sz = band_size(m);
    size_t n = b->ct->ambassador_count;
    view_rect_t own = band_segments(b, era, row, y, sz.bar_h);
    int row_w = row_x(b, row + 1, n) - row_x(b, row, n);
    /* Half the row: it points at the row, it is not one more segment. */
    int mark_w = row_w / 2 > 2 ? row_w / 2 : row_w;
    v->bands[era].marker = v->fill_count;
    add_fill(v, (view_rect_t){row_x(b, row, n) + (row_w - mark_w) / 2,
                              y + sz.bar_h + sz.mark_h, mark_w, sz.mark_h},
             INK_TEXT);
    /* Three lines: a long name wraps, even shrinks, but is never cut. */
    view_text_t *name = place_at(b, era_name(&b->ct->ambassadors[row], era),
                                 FACE_REGULAR, m->px_body, INK_TEXT, own.x,
                                 y + sz.name_dy,
                                 lines(b, FACE_REGULAR, m->px_body, 3));
    v->bands[era].name = text_index(v, name);
    return name ? name->box.y + name->box.h : y + sz.name_dy;
}

/* A band's label at y; returns the height it takes. */
static int band_label(column_t *b, view_era_t era, int y)
{
    column_t l = *b;
    l.y = y;
    view_text_t *t = place(&l, era_label(b, era), FACE_BOLD, b->m->px_label,
                           era_ink[era].full,
                           lines(b, FACE_BOLD, b->m->px_label, 2));
    return t ? t->fit.height + b->m->gap / 2 : 0;
}

/* The term end as a small labelled fact: the label at y, the value under
 * it, or lower at value_y (level with the bands' names). Returns the
 * bottom. */
static int term_end_fact(column_t *c, const char *value, int y, int value_y)
{
    const metrics_t *m = c->m;
    column_t f = *c;
    f.y = y;
    place(&f, LABEL(c, term_end), FACE_BOLD, m->px_label, INK_MUTED,
          lines(c, FACE_BOLD, m->px_label, 1));
    if (f.y < value_y) f.y = value_y;
    place(&f, value, FACE_REGULAR, m->px_body, INK_TEXT,
          lines(c, FACE_REGULAR, m->px_body, 2));
    return f.y;
}

/* Tall panels: the two bands one under the other, the term end (when the
 * article gives it) under them. Returns the bottom. */
static int eras_stacked(column_t *c, size_t row, const char *term_end)
{
    int y = c->y;
    for (int e = 0; e < ERA_COUNT; e++) {
        if (e > 0) y += c->m->gap * 2;
        y = band(c, (view_era_t)e, row, y + band_label(c, (view_era_t)e, y));
    }
    if (term_end[0]) y = term_end_fact(c, term_end, y + c->m->gap * 2, 0);
    return y;
}

/* The two bands side by side in `bands`, their labels on one line and
 * their bars on the next; with a term column, the term end right of them.
 * Returns the bottom. */
static int bands_row(column_t *bands, size_t row, column_t *term,
                     const char *term_end)
{
    column_t b[ERA_COUNT];
    int label_h = 0, bottom = bands->y;
    for (int e = 0; e < ERA_COUNT; e++) {
        b[e] = sub_column(bands, e, ERA_COUNT);
        int h = band_label(&b[e], (view_era_t)e, bands->y);
        if (h > label_h) label_h = h;
    }
    for (int e = 0; e < ERA_COUNT; e++) {
        int y = band(&b[e], (view_era_t)e, row, bands->y + label_h);
        if (y > bottom) bottom = y;
    }
    if (term) {
        int value_y = bands->y + label_h + band_size(bands->m).name_dy;
        int y = term_end_fact(term, term_end, bands->y, value_y);
        if (y > bottom) bottom = y;
    }
    return bottom;
}

/* Whether a column for the term end (as wide as its words, a quarter of
 * the width at most) leaves the bands room for both names on one line;
 * if so, splits the column into *bands and *term. */
static bool split_term_column(const column_t *c, size_t row,
                              const char *term_end, column_t *bands,
                              column_t *term)
{
    const metrics_t *m = c->m;
    int w = text_w(c, FACE_BOLD, m->px_label, LABEL(c, term_end));
    int vw = text_w(c, FACE_REGULAR, m->px_body, term_end);
    *bands = *term = *c;
    term->w = clamp(w > vw ? w : vw, 1, c->w / 4);
    term->x = c->x + c->w - term->w;
    bands->w = c->w - term->w - m->gap * 2;
    for (int e = 0; e < ERA_COUNT; e++) {
        column_t b = sub_column(bands, e, ERA_COUNT);
        const char *name = era_name(&c->ct->ambassadors[row], (view_era_t)e);
        if (text_w(c, FACE_REGULAR, m->px_body, name) > b.w) return false;
    }
    return true;
}

/* Wide panels: the bands side by side; the term end right of them when
 * the names still fit on one line there, under them otherwise. Returns
 * the bottom. */
static int eras_side_by_side(column_t *c, size_t row, const char *term_end)
{
    column_t bands, term;
    if (term_end[0] && split_term_column(c, row, term_end, &bands, &term))
        return bands_row(&bands, row, &term, term_end);
    bands = *c;
    int y = bands_row(&bands, row, NULL, term_end);
    if (term_end[0]) y = term_end_fact(c, term_end, y + c->m->gap * 2, 0);
    return y;
}

/* The leader's and the president's eras under the observations: laid out
 * from the top of the free space, then moved down to the bottom of the
 * column, so that they sit in one place on every ambassador slide and the
 * name and observations flow in what is left above. */
static void ambassador_eras(column_t *c, size_t row)
{
    view_t *v = c->view;
    uint32_t first_fill = v->fill_count, first_text = v->text_count;
    const char *term_end = TR(c, c->ct->ambassadors[row].term_end);
    int bottom = c->m->stacked ? eras_stacked(c, row, term_end)
                               : eras_side_by_side(c, row, term_end);
    int dy = c->bottom - bottom;
    shift_from(v, first_fill, first_text, dy);
    c->bottom = c->y + dy - c->m->gap * 2;
}

static void ambassador_slide(column_t *c, uint32_t record)
{
    const metrics_t *m = c->m;
    const content_ambassador_t *a = &c->ct->ambassadors[record];
    kicker(c, LABEL(c, ambassadors));
    ambassador_eras(c, record);
    place(c, a->name, FACE_BOLD, m->px_display, INK_TEXT,
          lines(c, FACE_BOLD, m->px_display, 2));
    space(c, m->gap * 2);
    place(c, TR(c, a->observations), FACE_REGULAR, m->px_body, INK_TEXT, 0);
}

/* Each of n items gets an equal share of what is left of the column. */
static int share(const column_t *c, int n, int gap)
{
    return n > 0 ? (c->bottom - c->y - gap * (n - 1)) / n : 0;
}

/* The nominal size at which `n` lines of text fit in `budget` pixels: type
 * steps down for a long list instead of pushing records off the slide. */
static int px_for(const column_t *c, textfit_face_t face, int nominal,
                  int budget, int n)
{
    int need = lines(c, face, nominal, n);
    if (need <= budget || need <= 0) return nominal;
    int px = (int)((int64_t)nominal * budget / need);
    return px > 1 ? px : 1;
}

/* The widest of the agreements' dates at px: the date column's width. */
static int date_column_w(column_t *c, const content_t *ct, int px)
{
    int w = 0;
    for (size_t i = 0; i < ct->agreement_count; i++) {
        char d[VIEW_STRING_LEN];
        size_t n = content_date_format(ct, ct->agreements[i].date, c->lang, d,
                                       sizeof d);
        int dw = c->measure->width(c->measure->ctx, FACE_BOLD, px, d, n);
        if (dw > w) w = dw;
    }
    return w;
}

/* A few agreements: each date large with the name under it. */
static void agreements_large(column_t *c, const content_t *ct)
{
    const metrics_t *m = c->m;
    for (size_t i = 0; i < ct->agreement_count; i++) {
        place(c, date_string(c, ct->agreements[i].date), FACE_BOLD,
              m->px_display, INK_ACCENT, lines(c, FACE_BOLD, m->px_display, 1));
        place(c, TR(c, ct->agreements[i].name), FACE_REGULAR, m->px_headline,
              INK_TEXT, lines(c, FACE_REGULAR, m->px_headline, 3));
        space(c, m->gap * 2);
    }
}

/* Many agreements: a row each, the date in a column on the left, the type
 * as large as the rows' share of the height allows. */
static void agreements_rows(column_t *c, const content_t *ct)
{
    const metrics_t *m = c->m;
    int n = ct->agreement_count, row = share(c, n, m->gap);
    int px = px_for(c, FACE_REGULAR, m->px_headline, row, 1);
    int date_w = date_column_w(c, ct, px) + m->gap * 2;
    for (int i = 0; i < n; i++) {
        column_t date = *c, name = *c;
        date.w = date_w;
        date.bottom = name.bottom = c->y + row;
        name.x += date_w;
        name.w -= date_w;
        place(&date, date_string(c, ct->agreements[i].date), FACE_BOLD,
              px, INK_ACCENT, 0);
        place(&name, TR(c, ct->agreements[i].name), FACE_REGULAR, px, INK_TEXT, 0);
        space(c, row + m->gap);
    }
}

static void agreements_slide(column_t *c, const content_t *ct)
{
    const metrics_t *m = c->m;
    kicker(c, LABEL(c, agreements));
    space(c, m->gap);
    int large = lines(c, FACE_BOLD, m->px_display, 1) +
                lines(c, FACE_REGULAR, m->px_headline, 2) + m->gap * 2;
    if (share(c, ct->agreement_count, 0) >= large) agreements_large(c, ct);
    else agreements_rows(c, ct);
}

/* The goods one side sells, as one text with a line per item, so that a
 * long list shrinks as a whole and every item keeps the same size. */
static const char *goods_text(column_t *c, const content_t *ct,
                              content_side_t from)
{
    char *list = c->view->lists[from];
    size_t used = 0;
    for (size_t i = 0; i < ct->export_count; i++) {
        if (ct->exports[i].from != from) continue;
        int n = snprintf(list + used, VIEW_LIST_LEN - used, "%s\u2022 %s",
                         used ? "\n" : "", TR(c, ct->exports[i].goods));
        if (n < 0 || (size_t)n >= VIEW_LIST_LEN - used) break;
        used += (size_t)n;
    }
    return list;
}

static view_text_t *goods_list(column_t *c, const content_t *ct,
                               content_side_t from)
{
    const metrics_t *m = c->m;
    int is_mx = from == SIDE_MEXICO;
    place(c, is_mx ? LABEL(c, exports_mexico) : LABEL(c, exports_north_korea),
          FACE_BOLD, m->px_label, is_mx ? INK_MEXICO : INK_NORTH_KOREA,
          lines(c, FACE_BOLD, m->px_label, 2));
    space(c, m->gap / 2);
    return place(c, goods_text(c, ct, from), FACE_REGULAR, m->px_list,
                 INK_TEXT, 0);
}

/* Fits a placed text again at a smaller size, in the space it had. */
static void refit(const column_t *c, view_text_t *t, int px)
{
    textfit_fit(c->measure, t->text, t->fit.face, px, t->box.w,
                c->bottom - t->box.y, &t->fit);
    t->box.h = t->fit.height;
}

/* Both goods lists, stacked on a portrait panel, side by side otherwise,
 * where the two share one type size: the smaller of the two fits. */
static void trade_goods(column_t *c, const content_t *ct)
{
    if (c->m->stacked) {
        goods_list(c, ct, SIDE_MEXICO);
        space(c, c->m->gap * 2);
        goods_list(c, ct, SIDE_NORTH_KOREA);
        return;
    }
    column_t left = sub_column(c, 0, 2), right = sub_column(c, 1, 2);
    view_text_t *a = goods_list(&left, ct, SIDE_MEXICO);
    view_text_t *b = goods_list(&right, ct, SIDE_NORTH_KOREA);
    if (a && b && a->fit.px != b->fit.px) {
        bool a_bigger = a->fit.px > b->fit.px;
        refit(a_bigger ? &left : &right, a_bigger ? a : b,
              a_bigger ? b->fit.px : a->fit.px);
    }
}

static void trade_figure(column_t *c, const content_trade_t *t)
{
    const metrics_t *m = c->m;
    place(c, date_string(c, t->date), FACE_BOLD, m->px_label,
          INK_ACCENT, lines(c, FACE_BOLD, m->px_label, 1));
    place(c, TR(c, t->figure), FACE_BOLD, m->px_display, INK_ACCENT,
          lines(c, FACE_BOLD, m->px_display, 1));
    place(c, TR(c, t->text), FACE_REGULAR, m->px_body, INK_MUTED,
          lines(c, FACE_REGULAR, m->px_body, 3));
    space(c, m->gap * 2);
}

/* The trade facts after the first, each a date and its text. */
static void trade_facts(column_t *c, const content_t *ct)
{
    int n = ct->trade_count > 1 ? ct->trade_count - 1 : 0;
    /* Half the space left at most, so the goods lists keep theirs. */
    column_t f = *c;
    f.bottom = c->y + (c->bottom - c->y) / 2;
    int each = share(&f, n, c->m->gap * 2);
    for (int i = 1; i <= n; i++) {
        const content_trade_t *t = &ct->trade[i];
        int top = f.y;
        place(&f, date_string(c, t->date), FACE_BOLD, c->m->px_label,
              INK_ACCENT, lines(c, FACE_BOLD, c->m->px_label, 1));
        int rest = each - (f.y - top);
        if (rest > lines(c, FACE_REGULAR, c->m->px_body, 4))
            rest = lines(c, FACE_REGULAR, c->m->px_body, 4);
        place(&f, TR(c, t->text), FACE_REGULAR, c->m->px_body, INK_TEXT,
              rest > 0 ? rest : -1);
        space(&f, c->m->gap * 2);
    }
    c->y = f.y;
}

/* The headline figure (the first trade record) with the other facts
 * beside it on a landscape panel, under it on a portrait one; then the two
 * goods lists. */
static void trade_slide(column_t *c, const content_t *ct)
{
    kicker(c, LABEL(c, trade));
    if (c->m->stacked) {
        if (ct->trade_count) trade_figure(c, &ct->trade[0]);
        trade_facts(c, ct);
        trade_goods(c, ct);
        return;
    }
    column_t left = sub_column(c, 0, 2), right = sub_column(c, 1, 2);
    if (ct->trade_count) trade_figure(&left, &ct->trade[0]);
    trade_facts(&right, ct);
    c->y = left.y > right.y ? left.y : right.y;
    trade_goods(c, ct);
}

/* One mission: the side's name in its colour, the text under it, in at
 * most max_h pixels (the type steps down when many share the slide). */
static void mission(column_t *c, const content_mission_t *mi, int max_h)
{
    const metrics_t *m = c->m;
    int is_mx = mi->side == SIDE_MEXICO, top = c->y;
    int px = px_for(c, FACE_REGULAR, m->px_headline, max_h - m->gap, 2);
    int name_h = lines(c, FACE_BOLD, px, 1);
    place(c, is_mx ? LABEL(c, mexico) : LABEL(c, north_korea), FACE_BOLD, px,
          is_mx ? INK_MEXICO : INK_NORTH_KOREA, name_h < max_h ? name_h : -1);
    space(c, m->gap);
    int rest = max_h - (c->y - top);
    if (rest > lines(c, FACE_REGULAR, px, 4)) rest = lines(c, FACE_REGULAR, px, 4);
    place(c, TR(c, mi->text), FACE_REGULAR, px, INK_TEXT, rest > 0 ? rest : -1);
}

/* Two missions side by side on a wide panel; otherwise (a tall panel, or
 * more of them) stacked, each in its share of the height. */
static void missions_slide(column_t *c, const content_t *ct)
{
    kicker(c, LABEL(c, missions));
    space(c, c->m->gap * 2);
    int n = ct->mission_count, gap = c->m->gap * 3;
    bool side_by_side = !c->m->stacked && n <= 2;
    int each = side_by_side ? c->bottom - c->y : share(c, n, gap);
    for (int i = 0; i < n; i++) {
        column_t mc = side_by_side ? sub_column(c, i, n) : *c;
        mission(&mc, &ct->missions[i], each);
        if (!side_by_side) c->y = mc.y + gap;
    }
}

/* ------------------------------------------------------------- chrome */

/* A text right-aligned in the footer row, ending at `right`; returns its
 * left edge. */
static int footer_right(column_t *c, const char *text, view_ink_t ink,
                        int right)
{
    column_t f = *c;
    f.w = right - f.x;
    view_text_t *t = place(&f, text, FACE_REGULAR, c->m->px_label, ink,
                           c->bottom - c->y);
    if (!t) return right;
    t->align_right = true;
    t->box.y = c->y + (c->bottom - c->y - t->fit.height) / 2;
    return right - t->fit.width;
}

/* The pause sign at the left of the region, its words beside it. */
static void pause_layout(column_t *c, view_rect_t region)
{
    view_t *v = c->view;
    int mark_h = region.h * 6 / 10;
    v->pause_mark = (view_rect_t){region.x, region.y + (region.h - mark_h) / 2,
                                  mark_h, mark_h};
    view_text_t *p = &v->pause_text;
    p->text = LABEL(c, paused);
    p->ink = INK_ACCENT;
    int text_x = region.x + mark_h + c->m->gap;
    int text_w = region.x + region.w - text_x;
    textfit_fit(c->measure, p->text, FACE_BOLD, c->m->px_label, text_w,
                region.h, &p->fit);
    p->box = (view_rect_t){text_x, region.y + (region.h - p->fit.height) / 2,
                           text_w, p->fit.height};
}

/* The footer row: on the right the slide counter and the language hint
 * ("L · English"), on the left the progress bar's region, with the pause
 * sign and its words laid out for when they are needed. */
static void footer(const column_t *content, uint32_t index, uint32_t count)
{
    const metrics_t *m = content->m;
    column_t c = column(content->view, content->measure, m, content->ct,
                        content->lang, m->footer);
    int right = m->footer.x + m->footer.w;
    right = footer_right(&c, view_string(c.view, "%u / %u", index + 1, count),
                         INK_MUTED, right) - m->gap * 2;
    right = footer_right(&c, LABEL(&c, language), INK_MUTED, right) - m->gap * 2;
    view_rect_t region = {m->footer.x, m->footer.y, right - m->footer.x,
                          m->footer.h};
    c.view->chrome = region;
    int bar_h = m->s * 6 / 1000 + 1; /* thin: it is a hint, not a feature */
    c.view->track = (view_rect_t){region.x, region.y + (region.h - bar_h) / 2,
                                  region.w, bar_h};
    pause_layout(&c, region);
}

view_chrome_t view_chrome(const view_t *v, const sm_t *sm)
{
    view_chrome_t ch;
    ch.track = v->track;
    ch.filled_w = (int)((int64_t)ch.track.w * sm_progress_permille(sm) / 1000);
    ch.paused = sm->state == SM_PAUSED;
    return ch;
}

/* -------------------------------------------------------------- build */

static bool inside(view_rect_t r, int w, int h)
{
    return r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
}

/* A last check that every box and every fill stayed on the panel and
 * clear of the footer (fills: inside the content area); a failure here is
 * a layout bug, and the tests look for it. */
static void check_bounds(view_t *v, const metrics_t *m)
{
    int content_bottom = m->content.y + m->content.h;
    for (uint32_t i = 0; i < v->text_count; i++) {
        view_rect_t b = v->texts[i].box;
        bool in_footer = b.y >= m->footer.y;
        if (!inside(b, v->width, v->height) ||
            (!in_footer && b.y + b.h > content_bottom))
            v->overflowed++;
    }
    for (uint32_t i = 0; i < v->fill_count; i++) {
        view_rect_t f = v->fills[i].rect;
        if (!inside(f, v->width, v->height) || f.y < m->content.y ||
            f.y + f.h > content_bottom)
            v->overflowed++;
    }
}

/* One layout of the slide, arranged side by side or stacked. */
static void build_arranged(view_t *v, const view_request_t *r, bool stacked)
{
    memset(v, 0, sizeof *v);
    v->width = r->width;
    v->height = r->height;
    metrics_t m = metrics_for(r->width, r->height, stacked);
    const content_t *ct = r->content;
    column_t c = column(v, r->measure, &m, ct, r->lang, m.content);
    const slide_t *s = &r->deck->slides[r->index];
    switch (s->kind) {
    case SLIDE_TITLE: title_slide(&c, &ct->show); break;
    case SLIDE_EVENT: event_slide(&c, s->record); break;
    case SLIDE_AMBASSADOR: ambassador_slide(&c, s->record); break;
    case SLIDE_AGREEMENTS: agreements_slide(&c, ct); break;
    case SLIDE_TRADE: trade_slide(&c, ct); break;
    case SLIDE_MISSIONS: missions_slide(&c, ct); break;
    }
    footer(&c, r->index, r->deck->count);
    check_bounds(v, &m);
}

static uint32_t problems(const view_t *v) { return v->ellipsized + v->overflowed; }

/* A tall panel stacks a slide's groups, a wide one sets them side by side;
 * a panel near square may hold the slide only the other way, so when the
 * first arrangement cuts text, the other is tried and the better kept. */
void view_build(view_t *v, const view_request_t *r)
{
    bool stacked = r->height > r->width;
    build_arranged(v, r, stacked);
    uint32_t first = problems(v);
    if (first == 0) return;
    build_arranged(v, r, !stacked);
    if (problems(v) > first) build_arranged(v, r, stacked);
}

void view_burn_in_offset(uint64_t now_ms, int width, int height, int *dx,
                         int *dy)
{
    /* Round a square of side 2 steps: the centre first, then its corners
     * and edges, so no position is held for more than one step a cycle. */
    static const signed char path[8][2] = {{0, 0},  {1, 0},  {1, 1},  {0, 1},
                                           {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}};
    int s = width < height ? width : height;
    int step = s / 500 > 1 ? s / 500 : 1;
    uint64_t i = (now_ms / VIEW_SHIFT_STEP_MS) % 8u;
    *dx = path[i][0] * step;
    *dy = path[i][1] * step;
}

static void move(view_rect_t *r, int dx, int dy)
{
    r->x += dx;
    r->y += dy;
}

void view_shift(view_t *v, int dx, int dy)
{
    for (uint32_t i = 0; i < v->text_count; i++) move(&v->texts[i].box, dx, dy);
    for (uint32_t i = 0; i < v->fill_count; i++) move(&v->fills[i].rect, dx, dy);
    move(&v->chrome, dx, dy);
    move(&v->track, dx, dy);
    move(&v->pause_mark, dx, dy);
    move(&v->pause_text.box, dx, dy);
    move(&v->timeline.axis, dx, dy);
}
