/* view_overview.c - the ambassadors' overview: one time axis from 1980 to
 * the heads of state's latest date, the leaders of North Korea and the
 * heads of state of Mexico as two rows of bands as long as their terms'
 * days, and each ambassador as a mark in the era its row of the article's
 * table gives it (the leader's and the president's terms overlapping).
 *
 * Top down: the kicker and title, a legend (what a band and a mark are,
 * and that the terms' dates are context), then the chart, centred in the
 * height left: the ambassadors' names in lanes, the axis with its
 * decades, the two rows of bands. */
#include "view_private.h"

#include "calendar.h"
#include "kiosk_assert.h"

/* The axis starts on 1 January of the year relations were established,
 * the article's first year, where its start mark stands. */
#define OVERVIEW_FIRST_YEAR 1980
/* Years between two labelled ticks. */
#define OVERVIEW_TICK_YEARS 10

/* ---------------------------------------------------------------- axis */

typedef struct {
    long start, end; /* days (calendar_day_number) at its two edges */
    int x, w;        /* pixels */
} axis_t;

/* A date's first day: a year alone is its 1 January, a month its 1st. */
static long day_of(content_date_t d)
{
    return calendar_day_number(d.year, d.month ? d.month : 1,
                               d.day ? d.day : 1);
}

/* The day after a head's term: the day after `to`, or `as_of` while in
 * office (the loader requires one of the two). */
static long term_end(const content_head_t *h)
{
    return h->to.year ? day_of(h->to) + 1 : day_of(h->as_of);
}

/* The axis ends where the heads' latest term ends or was last seen. */
static long axis_end(const content_t *ct, long start)
{
    long end = start + 1;
    for (size_t i = 0; i < ct->head_count; i++)
        if (term_end(&ct->heads[i]) > end) end = term_end(&ct->heads[i]);
    return end;
}

/* A day's x: in proportion to the days from the axis's start, days
 * outside it at its edges. */
static int axis_x(const axis_t *a, long day)
{
    if (day < a->start) day = a->start;
    if (day > a->end) day = a->end;
    return a->x + (int)((int64_t)a->w * (day - a->start) / (a->end - a->start));
}

/* ---------------------------------------------------------------- eras */

static const content_head_t *head_named(const content_t *ct,
                                        content_side_t side, const char *name)
{
    for (size_t i = 0; i < ct->head_count; i++)
        if (ct->heads[i].side == side && strcmp(ct->heads[i].name, name) == 0)
            return &ct->heads[i];
    return NULL;
}

typedef struct {
    long from, to; /* days: the era's first and the day after its last */
} era_t;

/* A row's era: where its leader's and its president's terms overlap; the
 * president's term alone when they do not (a table that contradicts
 * itself still places the row); the axis when neither is found (the
 * loader refuses such a file, a hand-made table may still have one). */
static era_t row_era(const content_t *ct, const content_ambassador_t *a,
                     const axis_t *ax)
{
    const content_head_t *l = head_named(ct, SIDE_NORTH_KOREA, a->leader);
    const content_head_t *p = head_named(ct, SIDE_MEXICO, a->president);
    era_t e = {ax->start, ax->end};
    if (p) e = (era_t){day_of(p->from), term_end(p)};
    if (l && p) {
        era_t both = {day_of(l->from), term_end(l)};
        if (e.from > both.from) both.from = e.from;
        if (e.to < both.to) both.to = e.to;
        if (both.from < both.to) e = both;
    }
    if (e.from < ax->start) e.from = ax->start;
    return e;
}

/* The day a row's mark stands on: its accreditation when given; else,
 * for the k-th of n rows sharing one era, the era cut in n + 1 equal
 * parts, so rows of one term stand apart, in the table's order. */
static long row_day(const content_t *ct, size_t row, const axis_t *ax)
{
    const content_ambassador_t *a = &ct->ambassadors[row];
    if (!a->name[0]) return ax->start; /* relations established: the start */
    if (a->accreditation.year) return day_of(a->accreditation);
    era_t e = row_era(ct, a, ax);
    long k = 0, n = 0;
    for (size_t i = 0; i < ct->ambassador_count; i++) {
        const content_ambassador_t *o = &ct->ambassadors[i];
        if (!o->name[0] || o->accreditation.year) continue;
        era_t oe = row_era(ct, o, ax);
        if (oe.from != e.from || oe.to != e.to) continue;
        if (i < row) k++;
        n++;
    }
    return e.from + (e.to - e.from) * (k + 1) / (n + 1);
}

/* ---------------------------------------------------------------- lanes */

/* Labels along the axis, each starting at its x (moved left to stay in
 * the column), packed into as few lanes as keep them a gap apart. */
typedef struct {
    int x[LIMIT_AMBASSADORS], w[LIMIT_AMBASSADORS], lane[LIMIT_AMBASSADORS];
    int n, lanes;
} lanes_t;

static void lanes_pack(lanes_t *l, int left, int right, int gap)
{
    int last[LIMIT_AMBASSADORS];
    l->lanes = 0;
    for (int i = 0; i < l->n; i++) {
        if (l->w[i] > right - left) l->w[i] = right - left;
        l->x[i] = clamp(l->x[i], left, right - l->w[i]);
        int k = 0;
        while (k < l->lanes && last[k] + gap > l->x[i]) k++;
        if (k == l->lanes) l->lanes++;
        last[k] = l->x[i] + l->w[i];
        l->lane[i] = k;
    }
}

/* ---------------------------------------------------------------- sizes */

typedef struct {
    int name_px;  /* the ambassadors' names */
    int line_h;   /* a lane of them */
    int mark;     /* a mark's side */
    int bar_h;    /* a band's height: a label's line and its padding */
    int pad;      /* inside a band */
    int frame;    /* the own band's frame (an ambassador slide's) */
    int inset;    /* a band's name from its left edge: clear of a frame */
    int rule;     /* the axis's and the ticks' thickness */
    int year_h;   /* a tick and its year under the axis */
} sizes_t;

static sizes_t sizes(const column_t *c, int name_px)
{
    const metrics_t *m = c->m;
    sizes_t s;
    s.name_px = name_px;
    s.line_h = lines(c, FACE_BOLD, name_px, 1) + m->gap / 2;
    s.mark = name_px * 2 / 3;
    s.pad = m->gap / 3 > 2 ? m->gap / 3 : 2;
    s.frame = s.pad / 2 > 2 ? s.pad / 2 : 2;
    s.inset = s.pad + s.frame;
    s.bar_h = lines(c, FACE_BOLD, m->px_label, 1) + 2 * s.pad;
    s.rule = m->s / 400 > 2 ? m->s / 400 : 2;
    s.year_h = s.pad + lines(c, FACE_REGULAR, m->px_label, 1) + s.pad;
    return s;
}

/* ---------------------------------------------------------------- legend */

/* One legend item, a swatch (none for INK_BACKGROUND) and its words, at
 * *x on row *y; moves on to the next row when it would not fit the
 * column's width. Without `place`, only moves *x and *y as placing it
 * would. */
static void legend_item(column_t *c, int *x, int *y, view_ink_t ink,
                        const char *words, bool place)
{
    const metrics_t *m = c->m;
    int h = lines(c, FACE_REGULAR, m->px_label, 1);
    int sw = ink == INK_BACKGROUND ? 0 : m->px_label * 2 / 3;
    int sgap = sw ? m->gap / 2 : 0;
    int w = sw + sgap + text_w(c, FACE_REGULAR, m->px_label, words);
    if (*x > c->x && *x + w > c->x + c->w) {
        *x = c->x;
        *y += h + m->gap / 2;
    }
    int at_x = *x, at_y = *y;
    /* A text wider than the column wraps: the next row starts under it. */
    if (w > c->w) *y += h;
    *x += w + m->gap * 2;
    if (!place) return;
    if (sw)
        view_add_fill(c->view, (view_rect_t){at_x, at_y + (h - sw) / 2, sw, sw},
                      ink);
    view_place_at(c, words, FACE_REGULAR, m->px_label, sw ? INK_TEXT : INK_MUTED,
                  at_x + sw + sgap, at_y, lines(c, FACE_REGULAR, m->px_label, 2));
}

/* The legend: a swatch per kind of band and one for the marks, then the
 * note that the terms' dates are context, in the flow, as rows allow. */
static void legend(column_t *c, bool place, bool note)
{
    int x = c->x, y = c->y;
    legend_item(c, &x, &y, INK_NORTH_KOREA, LABEL(c, leader), place);
    legend_item(c, &x, &y, INK_MEXICO, LABEL(c, president), place);
    legend_item(c, &x, &y, INK_ACCENT, LABEL(c, overview_marks), place);
    if (note) legend_item(c, &x, &y, INK_BACKGROUND, LABEL(c, context), place);
    c->y = y + lines(c, FACE_REGULAR, c->m->px_label, 1);
}

/* ---------------------------------------------------------------- chart */

/* The ambassadors' labels: a mark and the name; for the row without
 * one, the start mark's words with the row's date when they fit the
 * column on one line (a portrait panel's is narrow), else the words. */
static const char *row_words(column_t *c, size_t row, int px)
{
    const content_ambassador_t *a = &c->ct->ambassadors[row];
    if (a->name[0]) return a->name;
    if (!TR(c, a->era)[0]) return LABEL(c, established);
    const char *both = view_string(c->view, "%s \xC2\xB7 %s",
                                   LABEL(c, established), TR(c, a->era));
    return text_w(c, FACE_BOLD, px, both) + px <= c->w ? both
                                                        : LABEL(c, established);
}

/* A row's mark's left edge, kept in the column. */
static int mark_x(column_t *c, const axis_t *ax, const sizes_t *s, size_t row)
{
    int x = axis_x(ax, row_day(c->ct, row, ax)) - s->mark / 2;
    return clamp(x, c->x, c->x + c->w - s->mark);
}

/* A label is its mark and the words right of it; near the axis's end,
 * where they would pass the column, the words stand left of the mark, so
 * the mark stays on its day and the words never cover it. */
static void row_lanes(column_t *c, const axis_t *ax, const sizes_t *s,
                      lanes_t *l)
{
    l->n = c->ct->ambassador_count;
    for (int i = 0; i < l->n; i++) {
        int mx = mark_x(c, ax, s, (size_t)i);
        l->w[i] = s->mark + c->m->gap / 3 +
                  text_w(c, FACE_BOLD, s->name_px,
                         row_words(c, (size_t)i, s->name_px));
        l->x[i] = mx + l->w[i] > c->x + c->w ? mx + s->mark - l->w[i] : mx;
    }
    lanes_pack(l, c->x, c->x + c->w, c->m->gap);
}

/* The names of one side's heads that do not fit inside their band, in
 * lanes under it (the others need none). */
static void band_lanes(column_t *c, content_side_t side, const axis_t *ax,
                       const sizes_t *s, lanes_t *l, int *index)
{
    l->n = 0;
    for (size_t i = 0; i < c->ct->head_count; i++) {
        const content_head_t *h = &c->ct->heads[i];
        if (h->side != side) continue;
        const char *name = h->short_name[0] ? h->short_name : h->name;
        int x0 = axis_x(ax, day_of(h->from)), x1 = axis_x(ax, term_end(h));
        int w = text_w(c, FACE_BOLD, c->m->px_label, name);
        if (x1 <= x0 || w + 2 * s->inset <= x1 - x0) continue;
        KIOSK_ASSERT(l->n < LIMIT_AMBASSADORS);
        index[l->n] = (int)i;
        l->x[l->n] = x0;
        l->w[l->n++] = w;
    }
    lanes_pack(l, c->x, c->x + c->w, c->m->gap);
}

/* Whether a head is the leader or the president of an ambassador's row. */
static bool heads_row(const content_head_t *h, const content_ambassador_t *a)
{
    return a && strcmp(h->name, h->side == SIDE_MEXICO ? a->president
                                                       : a->leader) == 0;
}

/* Whether some ambassador slide frames this head: a row with a name
 * names it as its leader or president. */
static bool framed_somewhere(const content_t *ct, const content_head_t *h)
{
    for (size_t i = 0; i < ct->ambassador_count; i++)
        if (ct->ambassadors[i].name[0] && heads_row(h, &ct->ambassadors[i]))
            return true;
    return false;
}

/* On an ambassador slide, the one lane under a side's bands that holds
 * the row's head's name when it does not fit inside its band. Reserved
 * when the name of any head some slide frames would need it, so the
 * strip's height does not change from row to row; returns its height. */
static int own_lane_h(column_t *c, content_side_t side, const axis_t *ax,
                      const sizes_t *s)
{
    lanes_t l;
    int index[LIMIT_AMBASSADORS];
    band_lanes(c, side, ax, s, &l, index);
    for (int i = 0; i < l.n; i++)
        if (framed_somewhere(c->ct, &c->ct->heads[index[i]]))
            return s->pad + lines(c, FACE_BOLD, c->m->px_label, 1);
    return 0;
}

/* Places the row's head's name in its side's lane when it does not fit
 * its band. Returns the bottom of the row and its lane. */
static int own_name_lane(column_t *c, content_side_t side, const axis_t *ax,
                         const sizes_t *s, int y, const content_ambassador_t *own)
{
    lanes_t l;
    int index[LIMIT_AMBASSADORS];
    band_lanes(c, side, ax, s, &l, index);
    int bottom = y + s->bar_h;
    for (int i = 0; i < l.n; i++) {
        const content_head_t *h = &c->ct->heads[index[i]];
        if (heads_row(h, own))
            view_place_at(c, h->short_name[0] ? h->short_name : h->name,
                          FACE_BOLD, c->m->px_label, INK_TEXT, l.x[i],
                          bottom + s->pad, lines(c, FACE_BOLD, c->m->px_label, 1));
    }
    return bottom + own_lane_h(c, side, ax, s);
}

/* One side's bands at y, a fill per head of state in content order (the
 * other side's heads too, empty, so view.overview.heads indexes the
 * content), the tints by turns, each name inside its band or in a lane
 * under the row. On an ambassador slide (`own`), the row's leader's and
 * president's bands in the full colour, framed. Returns the bottom. */
static int band_row(column_t *c, content_side_t side, const axis_t *ax,
                    const sizes_t *s, int y, const content_ambassador_t *own)
{
    static const view_ink_t full[2] = {[SIDE_MEXICO] = INK_MEXICO,
                                       [SIDE_NORTH_KOREA] = INK_NORTH_KOREA};
    static const view_ink_t tint[2][2] = {
        [SIDE_MEXICO] = {INK_MEXICO_DIM, INK_MEXICO_DIMMER},
        [SIDE_NORTH_KOREA] = {INK_NORTH_KOREA_DIM, INK_NORTH_KOREA_DIMMER}};
    view_t *v = c->view;
    int k = 0;
    for (size_t i = 0; i < c->ct->head_count; i++) {
        const content_head_t *h = &c->ct->heads[i];
        if (h->side != side) continue;
        int x0 = axis_x(ax, day_of(h->from)), x1 = axis_x(ax, term_end(h));
        view_rect_t r = {x0, y, x1 - x0, s->bar_h};
        bool mine = heads_row(h, own);
        v->fills[v->overview.heads.first + i] =
            (view_fill_t){r, mine ? full[side] : tint[side][k % 2]};
        k++;
        if (mine) view_add_frame(v, r, s->frame);
        const char *name = h->short_name[0] ? h->short_name : h->name;
        if (text_w(c, FACE_BOLD, c->m->px_label, name) + 2 * s->inset <= r.w)
            view_place_at(c, name, FACE_BOLD, c->m->px_label, INK_TEXT,
                          x0 + s->inset, y + s->pad, lines(c, FACE_BOLD, c->m->px_label, 1));
    }
    if (own) return own_name_lane(c, side, ax, s, y, own);
    lanes_t l;
    int index[LIMIT_AMBASSADORS];
    band_lanes(c, side, ax, s, &l, index);
    int line = lines(c, FACE_BOLD, c->m->px_label, 1) + c->m->gap / 3;
    for (int i = 0; i < l.n; i++) {
        const content_head_t *h = &c->ct->heads[index[i]];
        view_place_at(c, h->short_name[0] ? h->short_name : h->name, FACE_BOLD,
                      c->m->px_label, INK_MUTED, l.x[i],
                      y + s->bar_h + s->pad + l.lane[i] * line, line);
    }
    return y + s->bar_h + (l.lanes ? s->pad + l.lanes * line : 0);
}

/* The axis at y, a tick and a year every OVERVIEW_TICK_YEARS. */
static void axis_ticks(column_t *c, const axis_t *ax, const sizes_t *s, int y)
{
    view_add_fill(c->view, (view_rect_t){ax->x, y, ax->w, s->rule}, INK_TRACK);
    c->view->overview.axis = (view_rect_t){ax->x, y, ax->w, s->rule};
    for (int year = OVERVIEW_FIRST_YEAR;; year += OVERVIEW_TICK_YEARS) {
        long day = calendar_day_number(year, 1, 1);
        if (day > ax->end) break;
        int x = axis_x(ax, day);
        view_add_fill(c->view, (view_rect_t){x, y, s->rule, s->pad + s->rule},
                      INK_MUTED);
        view_place_at(c, view_string(c->view, "%d", year), FACE_REGULAR,
                      c->m->px_label, INK_MUTED, x, y + s->rule + s->pad,
                      lines(c, FACE_REGULAR, c->m->px_label, 1));
    }
}

/* The ambassadors' marks on the lanes over the axis at axis_y: a square
 * in the accent at each row's day, its words beside it, and a tick of
 * the accent on the axis under it, where the eye meets the bands. */
static void row_marks(column_t *c, const axis_t *ax, const sizes_t *s,
                      const lanes_t *l, int axis_y)
{
    view_t *v = c->view;
    int mh = lines(c, FACE_BOLD, s->name_px, 1), gap = c->m->gap / 3;
    for (int i = 0; i < l->n; i++) {
        int y = axis_y - (l->lane[i] + 1) * s->line_h;
        int mx = mark_x(c, ax, s, (size_t)i);
        bool right = l->x[i] == mx; /* the words right of the mark */
        v->fills[v->overview.marks.first + (uint32_t)i] = (view_fill_t){
            {mx, y + (mh - s->mark) / 2, s->mark, s->mark}, INK_ACCENT};
        view_add_fill(v, (view_rect_t){mx + s->mark / 2 - s->rule / 2,
                                       axis_y - s->pad, s->rule, s->pad},
                      INK_ACCENT);
        view_place_at(c, row_words(c, (size_t)i, s->name_px), FACE_BOLD,
                      s->name_px,
                      c->ct->ambassadors[i].name[0] ? INK_TEXT : INK_ACCENT,
                      right ? mx + s->mark + gap : l->x[i], y, mh);
    }
}

/* Reserves a fill per record, so that the spans index the content. */
static view_span_t reserve(view_t *v, uint32_t n)
{
    view_span_t span = {v->fill_count, n};
    for (uint32_t i = 0; i < n; i++)
        view_add_fill(v, (view_rect_t){0, 0, 0, 0}, INK_BACKGROUND);
    return span;
}

/* The chart's height at a name size, for its lanes. */
static int chart_h(column_t *c, const axis_t *ax, const sizes_t *s)
{
    lanes_t l, b;
    int index[LIMIT_AMBASSADORS];
    row_lanes(c, ax, s, &l);
    int h = l.lanes * s->line_h + s->rule + s->year_h + 2 * s->bar_h +
            c->m->gap / 2;
    int line = lines(c, FACE_BOLD, c->m->px_label, 1) + c->m->gap / 3;
    for (int side = 0; side < 2; side++) {
        band_lanes(c, (content_side_t)side, ax, s, &b, index);
        if (b.lanes) h += s->pad + b.lanes * line;
    }
    return h;
}

static axis_t make_axis(const column_t *c)
{
    long start = calendar_day_number(OVERVIEW_FIRST_YEAR, 1, 1);
    return (axis_t){start, axis_end(c->ct, start), c->x, c->w};
}

static void chart(column_t *c)
{
    view_t *v = c->view;
    axis_t ax = make_axis(c);
    /* The names at the body's size when the lanes fit, else halfway to
     * a label's, else a label's: a wide panel reads them from afar. */
    int px[3] = {c->m->px_body, (c->m->px_body + c->m->px_label) / 2,
                 c->m->px_label};
    sizes_t s = sizes(c, px[0]);
    for (int i = 1; i < 3 && chart_h(c, &ax, &s) > c->bottom - c->y; i++)
        s = sizes(c, px[i]);
    int free_h = c->bottom - c->y - chart_h(c, &ax, &s);
    lanes_t l;
    row_lanes(c, &ax, &s, &l);
    v->overview.first_year = OVERVIEW_FIRST_YEAR;
    v->overview.heads = reserve(v, c->ct->head_count);
    v->overview.marks = reserve(v, c->ct->ambassador_count);
    /* Centred in the height left, so a tall panel's is not all below. */
    int axis_y = c->y + (free_h > 0 ? free_h / 2 : 0) + l.lanes * s.line_h;
    row_marks(c, &ax, &s, &l, axis_y);
    axis_ticks(c, &ax, &s, axis_y);
    int y = band_row(c, SIDE_NORTH_KOREA, &ax, &s, axis_y + s.rule + s.year_h,
                     NULL);
    band_row(c, SIDE_MEXICO, &ax, &s, y + c->m->gap / 2, NULL);
}

/* ------------------------------------------------ an ambassador's strip */

/* The strip's height: the legend, the axis (the row's mark on it) with
 * its years, the two rows of bands and, where some framed head's name
 * does not fit its band, a lane under the row. The same for every row:
 * every ambassador slide has one geometry. */
static int strip_h(column_t *c, const axis_t *ax, const sizes_t *s)
{
    column_t probe = *c;
    legend(&probe, false, false);
    return probe.y - c->y + c->m->gap / 2 + s->mark / 2 + s->rule +
           s->year_h + 2 * s->bar_h + c->m->gap / 2 +
           own_lane_h(c, SIDE_NORTH_KOREA, ax, s) +
           own_lane_h(c, SIDE_MEXICO, ax, s);
}

void view_overview_strip(column_t *c, uint32_t row)
{
    KIOSK_ASSERT(c->ct->head_count > 0 && row < c->ct->ambassador_count);
    view_t *v = c->view;
    axis_t ax = make_axis(c);
    sizes_t s = sizes(c, c->m->px_label);
    /* The mark alone on the axis, not beside a name: larger, to be seen. */
    s.mark = s.mark * 3 / 2;
    int top = c->bottom - strip_h(c, &ax, &s);
    column_t f = *c;
    f.y = top;
    legend(&f, true, false);
    v->overview.first_year = OVERVIEW_FIRST_YEAR;
    v->overview.heads = reserve(v, c->ct->head_count);
    int axis_y = f.y + c->m->gap / 2 + s.mark / 2;
    axis_ticks(&f, &ax, &s, axis_y);
    /* After the axis, so that it is drawn over it. */
    v->overview.marks = reserve(v, 1);
    /* The row's own mark alone, centred on the axis at its day: where in
     * the two eras under it the row is. */
    v->fills[v->overview.marks.first] = (view_fill_t){
        {mark_x(c, &ax, &s, row), axis_y + s.rule / 2 - s.mark / 2, s.mark,
         s.mark}, INK_ACCENT};
    const content_ambassador_t *a = &c->ct->ambassadors[row];
    int y = band_row(&f, SIDE_NORTH_KOREA, &ax, &s, axis_y + s.rule + s.year_h, a);
    band_row(&f, SIDE_MEXICO, &ax, &s, y + c->m->gap / 2, a);
    c->bottom = top - c->m->gap;
}

/* ----------------------------------------------------------- the slide */

/* Whether the title leaves the chart room at its smallest names: on a
 * small panel whose names need many lanes the kicker alone heads the
 * slide, rather than the chart losing a row of names. */
static bool title_fits(const column_t *c)
{
    column_t probe = *c;
    int line = lines(c, FACE_BOLD, c->m->px_headline, 1);
    bool wraps = text_w(c, FACE_BOLD, c->m->px_headline, LABEL(c, overview)) > c->w;
    probe.y += (wraps ? 2 : 1) * line + c->m->gap;
    legend(&probe, false, true);
    probe.y += c->m->gap;
    axis_t ax = make_axis(&probe);
    sizes_t s = sizes(&probe, c->m->px_label);
    return chart_h(&probe, &ax, &s) <= probe.bottom - probe.y;
}

void view_overview_slide(column_t *c)
{
    KIOSK_ASSERT(c->ct->head_count > 0); /* the deck adds it only then */
    const metrics_t *m = c->m;
    view_kicker(c, LABEL(c, ambassadors));
    if (title_fits(c))
        view_place(c, LABEL(c, overview), FACE_BOLD, m->px_headline, INK_TEXT,
                   lines(c, FACE_BOLD, m->px_headline, 2));
    space(c, m->gap);
    legend(c, true, true);
    /* The chart is centred in what is left: air enough on most panels. */
    space(c, m->gap);
    chart(c);
}
