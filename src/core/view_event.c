/* view_event.c - an event slide: its date, headline and text, over a
 * timeline of every dated record that marks where the event lies. */
#include "view_private.h"

#include "kiosk_assert.h"

/* ------------------------------------------------------------ timeline */

typedef struct {
    int first, last; /* 0, 0: the content has no dated record */
} year_span_t;

static void span_add(year_span_t *s, content_date_t d)
{
    if (d.year == 0) return; /* undated */
    if (s->first == 0 || d.year < s->first) s->first = d.year;
    if (d.year > s->last) s->last = d.year;
}

/* The years of the show's dated facts, so the timeline spans what the
 * show tells of (1980 to 2023 today) and grows with it. Not an
 * ambassador's accreditation: it belongs to the ambassadors' story, and a
 * curator's date there (or a typo in it) would move the history's start. */
static year_span_t content_years(const content_t *ct)
{
    year_span_t s = {0, 0};
    for (size_t i = 0; i < ct->event_count; i++)
        span_add(&s, ct->events[i].date);
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
    view_add_fill(v, axis, INK_TRACK);
    view_add_fill(v, mark_rect(axis, axis.x, mid, tick_w, tick_h), INK_TRACK);
    view_add_fill(v, mark_rect(axis, axis.x + axis.w, mid, tick_w, tick_h),
                  INK_TRACK);
    v->timeline.axis = axis;
    v->timeline.marks.first = v->fill_count;
    for (uint32_t i = 0; i < ct->event_count; i++) {
        int x = axis.x + (int)(axis.w * date_permille(ct->events[i].date,
                                                      y.first) / span);
        bool own = i == record;
        view_add_fill(v, mark_rect(axis, x, mid, own ? mark : tick_w,
                              own ? mark : tick_h),
                 own ? INK_ACCENT : INK_MUTED);
    }
    v->timeline.marks.count = v->fill_count - v->timeline.marks.first;
    v->timeline.current = v->timeline.marks.first + record;
    /* Painted once more on top: an event a few days later must not draw
     * its tick across the highlighted mark. */
    if (v->timeline.current < v->fill_count)
        view_add_fill(v, v->fills[v->timeline.current].rect, INK_ACCENT);
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
    view_text_t *first =
        view_place_at(c, view_string(v, "%d", y.first), FACE_REGULAR, px,
                      INK_MUTED, c->x, top, 0);
    view_text_t *last =
        view_place_at(c, view_string(v, "%d", y.last), FACE_REGULAR, px,
                      INK_MUTED, c->x + c->w, top, 0);
    if (!first || !last) return;
    const char *year = view_string(v, "%d", event_year);
    view_rect_t mark = v->fills[v->timeline.current].rect;
    int w = text_w(c, FACE_BOLD, px, year);
    view_rect_t r = {clamp(mark.x + mark.w / 2 - w / 2, c->x, c->x + c->w - w),
                     top, w, first->box.h};
    if (apart(r, first->box, c->m->gap) && apart(r, last->box, c->m->gap))
        view_place_at(c, year, FACE_BOLD, px, INK_ACCENT, r.x, top, 0);
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
    c->view->timeline.strip = (view_rect_t){c->x, top, c->w, c->bottom - top};
    /* Wider apart than the texts above are from each other: the strip is
     * a figure of its own, not a line of the text. */
    c->bottom = top - m->gap * 3;
}

/* ----------------------------------------------------------- the slide */

void view_event_slide(column_t *c, uint32_t record)
{
    KIOSK_ASSERT(record < c->ct->event_count); /* the deck's record */
    const metrics_t *m = c->m;
    const content_event_t *e = &c->ct->events[record];
    view_kicker(c, LABEL(c, history));
    view_mark_t bottom = view_mark(c);
    timeline(c, record);
    view_mark_t block = view_mark(c);
    /* A portrait column is narrow for a long Spanish date ("7 de
     * septiembre de 2017"): it takes a second line there rather than
     * shrink beside the others' large dates. */
    view_place(c, view_date_string(c, e->date), FACE_BOLD, m->px_display,
               INK_ACCENT, lines(c, FACE_BOLD, m->px_display, m->tall ? 2 : 1));
    space(c, m->gap);
    view_place(c, TR(c, e->headline), FACE_BOLD, m->px_headline, INK_TEXT,
               lines(c, FACE_BOLD, m->px_headline, 3));
    space(c, m->gap * 2);
    view_place(c, TR(c, e->text), FACE_REGULAR, m->px_body, INK_TEXT, 0);
    view_settle(c, bottom, block);
}
