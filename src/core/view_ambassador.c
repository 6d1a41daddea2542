/* view_ambassador.c - an ambassador slide: the envoy's name and the
 * table's observations, over the era bands that place the row among the
 * leaders and presidents of its time. */
#include "view_private.h"

#include "kiosk_assert.h"

/* ----------------------------------------------------------- era bands */

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
        view_add_fill(v, r, own ? era_ink[era].full : era_ink[era].tint[k % 2]);
        start = end;
    }
    band->segments.count = v->fill_count - band->segments.first;
    return own_rect;
}

/* A frame inside the own segment's edges, in VIEW_BAND_OUTLINE_INK: a
 * sixth of the bar's height thick, 2 px at the least (the bar is 8 px
 * tall at 800x480), so the full colour still shows inside it. */
static void band_outline(column_t *b, view_era_t era, view_rect_t own, int bar_h)
{
    view_t *v = b->view;
    int t = bar_h / 6 + 1;
    if (t < 2) t = 2;
    if (own.w < 3 * t) t = own.w / 3 > 0 ? own.w / 3 : 1;
    v->bands[era].outline.first = v->fill_count;
    view_add_frame(v, own, t);
    v->bands[era].outline.count = 4;
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
    band_outline(b, era, own, sz.bar_h);
    int row_w = row_x(b, row + 1, n) - row_x(b, row, n);
    /* Half the row: it points at the row, it is not one more segment. */
    int mark_w = row_w / 2 > 2 ? row_w / 2 : row_w;
    v->bands[era].marker = v->fill_count;
    view_add_fill(v, (view_rect_t){row_x(b, row, n) + (row_w - mark_w) / 2,
                              y + sz.bar_h + sz.mark_h, mark_w, sz.mark_h},
             INK_TEXT);
    /* Three lines: a long name wraps, even shrinks, but is never cut. */
    view_text_t *name = view_place_at(
        b, era_name(&b->ct->ambassadors[row], era), FACE_REGULAR, m->px_body,
        INK_TEXT, own.x, y + sz.name_dy, lines(b, FACE_REGULAR, m->px_body, 3));
    v->bands[era].name = text_index(v, name);
    return name ? name->box.y + name->box.h : y + sz.name_dy;
}

/* A band's label at y; returns the height it takes. */
static int band_label(column_t *b, view_era_t era, int y)
{
    column_t l = *b;
    l.y = y;
    view_text_t *t =
        view_place(&l, era_label(b, era), FACE_BOLD, b->m->px_label,
                   era_ink[era].full, lines(b, FACE_BOLD, b->m->px_label, 2));
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
    view_place(&f, LABEL(c, term_end), FACE_BOLD, m->px_label, INK_MUTED,
               lines(c, FACE_BOLD, m->px_label, 1));
    if (f.y < value_y) f.y = value_y;
    view_place(&f, value, FACE_REGULAR, m->px_body, INK_TEXT,
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
        b[e] = view_sub_column(bands, e, ERA_COUNT);
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
        column_t b = view_sub_column(bands, e, ERA_COUNT);
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
    view_shift_from(v, first_fill, first_text, dy);
    c->bottom = c->y + dy - c->m->gap * 2;
}

/* ----------------------------------------------------------- the slide */

/* A labelled fact under the era, "Fin del cargo: En funciones", when the
 * row gives it. */
static void row_fact(column_t *c, const char *label, const char *value)
{
    if (!value[0]) return;
    view_place(c, view_string(c->view, "%s: %s", label, value), FACE_REGULAR,
               c->m->px_label, INK_MUTED, lines(c, FACE_REGULAR, c->m->px_label, 2));
}

/* The row's accreditation and term end, when given, under the era: in the
 * text block, not beside the bands, so the last row's term end moves
 * nothing else. */
static void row_facts(column_t *c, const content_ambassador_t *a)
{
    char date[64] = "";
    if (a->accreditation.year)
        content_date_format(c->ct, a->accreditation, c->lang, date, sizeof date);
    if (date[0] || TR(c, a->term_end)[0]) space(c, c->m->gap / 2);
    row_fact(c, LABEL(c, accreditation), date);
    row_fact(c, LABEL(c, term_end), TR(c, a->term_end));
}

/* The name at name_px, the era, the facts (with the strip) and the
 * observations, top down from c->y. Returns the observations' text. */
static view_text_t *text_block(column_t *c, const content_ambassador_t *a,
                               int name_px, bool strip)
{
    const metrics_t *m = c->m;
    view_place(c, a->name, FACE_BOLD, name_px, INK_TEXT,
               lines(c, FACE_BOLD, name_px, 2));
    /* When: in the accent of an event's date, so a visitor finds it. */
    view_place(c, TR(c, a->era), FACE_BOLD, m->px_headline, INK_ACCENT,
               lines(c, FACE_BOLD, m->px_headline, 2));
    if (strip) row_facts(c, a);
    space(c, m->gap * 2);
    return view_place(c, TR(c, a->observations), FACE_REGULAR, m->px_body,
                      INK_TEXT, 0);
}

/* Forgets what was placed since `from` (the column back to `saved`). */
static void roll_back(column_t *c, column_t saved, view_mark_t from,
                      uint32_t strings, uint32_t cut)
{
    *c = saved;
    c->view->fill_count = from.fill;
    c->view->text_count = from.text;
    c->view->string_count = strings;
    c->view->ellipsized = cut;
}

void view_ambassador_slide(column_t *c, uint32_t record)
{
    KIOSK_ASSERT(record < c->ct->ambassador_count); /* the deck's record */
    const metrics_t *m = c->m;
    const content_ambassador_t *a = &c->ct->ambassadors[record];
    view_kicker(c, LABEL(c, ambassadors));
    view_mark_t bottom = view_mark(c);
    /* With heads of state, the overview's axis and bands, one geometry on
     * every slide; without, the bands of the table's rows. */
    bool strip = c->ct->head_count > 0;
    if (strip) view_overview_strip(c, record);
    else ambassador_eras(c, record);
    view_mark_t block = view_mark(c);
    column_t saved = *c;
    uint32_t strings = c->view->string_count, cut = c->view->ellipsized;
    view_text_t *obs = text_block(c, a, m->px_display, strip);
    /* The strip leaves a small panel less height: a long text there sets
     * the name at the headline's size before the text itself shrinks. */
    if (strip && obs && obs->fit.px < obs->nominal_px) {
        roll_back(c, saved, block, strings, cut);
        text_block(c, a, m->px_headline, strip);
    }
    /* With the strip fixed at the foot, the text block is centred in the
     * height it leaves, on every panel: a row with little to say is a
     * name and its era set in the middle, not at the top of a void; the
     * strip never moves (view_settle would move it on a tall panel). */
    if (strip) view_shift_from(c->view, block.fill, block.text,
                               (c->bottom - c->y) / 2);
    else view_settle(c, bottom, block);
}
