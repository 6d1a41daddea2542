/* view.c - composing a slide from the panel's size; see view.h.
 *
 * Every size comes from the panel's shorter side `s`, so a slide keeps its
 * proportions from 800x480 to 3840x2160, and a portrait panel gets the
 * same type as a landscape one of the same width, with more room below.
 *
 * A slide is laid out in a column: items anchored to the bottom (a slide's
 * facts, the invitation) are placed first, bottom up; the rest flows top
 * down in the space left. Each text is fitted (textfit.h) into the space
 * it may take, so nothing can run into the next item or off the panel.
 */
#include "view.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "labels.h"

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
    bool portrait;
    view_rect_t content; /* the slide's own area */
    view_rect_t footer;  /* counter and progress bar */
} metrics_t;

/* Proportions in thousandths of the shorter side, chosen on 1920x1080
 * (px in brackets): type that reads from two metres on a wall panel. */
static metrics_t metrics_for(int w, int h)
{
    metrics_t m;
    m.s = w < h ? w : h;
    m.margin = m.s * 64 / 1000;       /* 69 */
    m.gap = m.s * 22 / 1000;          /* 23 */
    m.px_display = m.s * 100 / 1000;  /* 108 */
    m.px_headline = m.s * 56 / 1000;  /* 60 */
    m.px_body = m.s * 44 / 1000;      /* 47 */
    m.px_list = m.s * 38 / 1000;      /* 41 */
    m.px_label = m.s * 26 / 1000;     /* 28 */
    m.portrait = h > w;
    int footer_h = m.s * 50 / 1000;
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
    int x, w;       /* the column's horizontal extent */
    int y, bottom;  /* the free space left in it */
} column_t;

static column_t column(view_t *v, const textfit_measure_t *measure,
                       const metrics_t *m, view_rect_t r)
{
    return (column_t){v, measure, m, r.x, r.w, r.y, r.y + r.h};
}

static const char *view_string(view_t *v, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Keeps a formatted string in the view, which outlives this call. */
static const char *view_string(view_t *v, const char *fmt, ...)
{
    if (v->string_count >= VIEW_MAX_TEXTS) return "";
    char *s = v->strings[v->string_count++];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s, VIEW_STRING_LEN, fmt, ap);
    va_end(ap);
    return s;
}

/* A date as the article gives it, kept in the view. */
static const char *date_string(view_t *v, content_date_t date)
{
    if (v->string_count >= VIEW_MAX_TEXTS) return "";
    char *s = v->strings[v->string_count++];
    content_date_format(date, s, VIEW_STRING_LEN);
    return s;
}

static void add_fill(view_t *v, view_rect_t r, view_ink_t ink)
{
    if (v->fill_count < VIEW_MAX_FILLS)
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
    if (v->text_count >= VIEW_MAX_TEXTS || text[0] == '\0') return NULL;
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

static void title_slide(column_t *c, const content_show_t *show)
{
    const metrics_t *m = c->m;
    place_bottom(c, LABEL_INVITATION, FACE_BOLD, m->px_headline, INK_ACCENT,
                 lines(c, FACE_BOLD, m->px_headline, 2));
    space_bottom(c, m->gap * 2);
    space(c, (c->bottom - c->y) / 6); /* the title sits high, not at the top */
    place(c, show->title, FACE_BOLD, m->px_display, INK_TEXT,
          lines(c, FACE_BOLD, m->px_display, 3));
    space(c, m->gap);
    /* Two bars, one per country, in the colours that mark them all along. */
    int bar_w = c->w / 6, bar_h = m->s * 12 / 1000;
    add_fill(c->view, (view_rect_t){c->x, c->y, bar_w, bar_h}, INK_MEXICO);
    add_fill(c->view, (view_rect_t){c->x + bar_w, c->y, bar_w, bar_h},
             INK_NORTH_KOREA);
    space(c, bar_h + m->gap * 2);
    place(c, show->subtitle, FACE_REGULAR, m->px_headline, INK_MUTED,
          lines(c, FACE_REGULAR, m->px_headline, 3));
    space(c, m->gap * 2);
    place(c, show->text, FACE_REGULAR, m->px_body, INK_TEXT, 0);
}

static void event_slide(column_t *c, const content_event_t *e)
{
    const metrics_t *m = c->m;
    kicker(c, LABEL_HISTORY);
    place(c, date_string(c->view, e->date), FACE_BOLD, m->px_display,
          INK_ACCENT, lines(c, FACE_BOLD, m->px_display, 1));
    space(c, m->gap);
    place(c, e->headline, FACE_BOLD, m->px_headline, INK_TEXT,
          lines(c, FACE_BOLD, m->px_headline, 3));
    space(c, m->gap * 2);
    place(c, e->text, FACE_REGULAR, m->px_body, INK_TEXT, 0);
}

/* One labelled fact: the label small and coloured, the value under it. */
static void fact_bottom(column_t *c, const char *label, view_ink_t ink,
                        const char *value)
{
    const metrics_t *m = c->m;
    place_bottom(c, value, FACE_REGULAR, m->px_body, INK_TEXT,
                 lines(c, FACE_REGULAR, m->px_body, 2));
    place_bottom(c, label, FACE_BOLD, m->px_label, ink,
                 lines(c, FACE_BOLD, m->px_label, 1));
}

static void shift_texts(view_t *v, uint32_t first, uint32_t end, int dy)
{
    for (uint32_t i = first; i < end; i++) v->texts[i].box.y += dy;
}

/* The ambassador's era: leader, president and (when the article gives it)
 * term end, anchored to the bottom so they sit in the same place on every
 * ambassador slide. Side by side on a landscape panel, with their labels
 * on one line; stacked on a portrait one. */
static void ambassador_facts(column_t *c, const content_ambassador_t *a)
{
    struct { const char *label, *value; view_ink_t ink; } facts[] = {
        {LABEL_LEADER, a->leader, INK_NORTH_KOREA},
        {LABEL_PRESIDENT, a->president, INK_MEXICO},
        {LABEL_TERM_END, a->term_end, INK_MUTED},
    };
    int n = a->term_end[0] ? 3 : 2; /* an empty cell is left out */
    uint32_t first[3], end[3];
    int top = c->bottom;
    for (int i = n - 1; i >= 0; i--) {
        column_t f = c->m->portrait ? *c : sub_column(c, i, n);
        first[i] = c->view->text_count;
        fact_bottom(&f, facts[i].label, facts[i].ink, facts[i].value);
        end[i] = c->view->text_count;
        if (f.bottom < top) top = f.bottom;
        if (c->m->portrait) c->bottom = f.bottom - c->m->gap;
    }
    if (!c->m->portrait) /* raise the shorter facts to the tallest one's top */
        for (int i = 0; i < n; i++)
            if (end[i] > first[i])
                shift_texts(c->view, first[i], end[i],
                            top - c->view->texts[end[i] - 1].box.y);
    c->bottom = top - c->m->gap * 2;
}

static void ambassador_slide(column_t *c, const content_ambassador_t *a)
{
    const metrics_t *m = c->m;
    kicker(c, LABEL_AMBASSADORS);
    ambassador_facts(c, a);
    place(c, a->name, FACE_BOLD, m->px_display, INK_TEXT,
          lines(c, FACE_BOLD, m->px_display, 2));
    space(c, m->gap * 2);
    place(c, a->observations, FACE_REGULAR, m->px_body, INK_TEXT, 0);
}

static void agreements_slide(column_t *c, const content_t *ct)
{
    const metrics_t *m = c->m;
    kicker(c, LABEL_AGREEMENTS);
    space(c, m->gap);
    for (size_t i = 0; i < ct->agreement_count; i++) {
        place(c, date_string(c->view, ct->agreements[i].date), FACE_BOLD,
              m->px_display,
              INK_ACCENT, lines(c, FACE_BOLD, m->px_display, 1));
        place(c, ct->agreements[i].name, FACE_REGULAR, m->px_headline,
              INK_TEXT, lines(c, FACE_REGULAR, m->px_headline, 3));
        space(c, m->gap * 2);
    }
}

/* The goods one side sells, as one text with a line per item, so that a
 * long list shrinks as a whole and every item keeps the same size. */
static const char *goods_text(view_t *v, const content_t *ct,
                              content_side_t from)
{
    char *list = v->lists[from];
    size_t used = 0;
    for (size_t i = 0; i < ct->export_count; i++) {
        if (ct->exports[i].from != from) continue;
        int n = snprintf(list + used, VIEW_LIST_LEN - used, "%s\u2022 %s",
                         used ? "\n" : "", ct->exports[i].goods);
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
    place(c, is_mx ? LABEL_EXPORTS_MEXICO : LABEL_EXPORTS_NORTH_KOREA,
          FACE_BOLD, m->px_label, is_mx ? INK_MEXICO : INK_NORTH_KOREA,
          lines(c, FACE_BOLD, m->px_label, 2));
    space(c, m->gap / 2);
    return place(c, goods_text(c->view, ct, from), FACE_REGULAR, m->px_list,
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
    if (c->m->portrait) {
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
    place(c, date_string(c->view, t->date), FACE_BOLD, m->px_label,
          INK_ACCENT, lines(c, FACE_BOLD, m->px_label, 1));
    place(c, t->figure, FACE_BOLD, m->px_display, INK_ACCENT,
          lines(c, FACE_BOLD, m->px_display, 1));
    place(c, t->text, FACE_REGULAR, m->px_body, INK_MUTED,
          lines(c, FACE_REGULAR, m->px_body, 3));
    space(c, m->gap * 2);
}

/* The trade facts after the first, each a date and its text. */
static void trade_facts(column_t *c, const content_t *ct)
{
    for (size_t i = 1; i < ct->trade_count; i++) {
        const content_trade_t *t = &ct->trade[i];
        place(c, date_string(c->view, t->date), FACE_BOLD, c->m->px_label,
              INK_ACCENT, lines(c, FACE_BOLD, c->m->px_label, 1));
        place(c, t->text, FACE_REGULAR, c->m->px_body, INK_TEXT,
              lines(c, FACE_REGULAR, c->m->px_body, 4));
        space(c, c->m->gap * 2);
    }
}

/* The headline figure (the first trade record) with the other facts
 * beside it on a landscape panel, under it on a portrait one; then the two
 * goods lists. */
static void trade_slide(column_t *c, const content_t *ct)
{
    kicker(c, LABEL_TRADE);
    if (c->m->portrait) {
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

static void mission(column_t *c, const content_mission_t *mi)
{
    int is_mx = mi->side == SIDE_MEXICO;
    place(c, is_mx ? LABEL_MEXICO : LABEL_NORTH_KOREA, FACE_BOLD,
          c->m->px_headline, is_mx ? INK_MEXICO : INK_NORTH_KOREA,
          lines(c, FACE_BOLD, c->m->px_headline, 1));
    space(c, c->m->gap);
    place(c, mi->text, FACE_REGULAR, c->m->px_headline, INK_TEXT,
          lines(c, FACE_REGULAR, c->m->px_headline, 4));
    space(c, c->m->gap * 3);
}

static void missions_slide(column_t *c, const content_t *ct)
{
    kicker(c, LABEL_MISSIONS);
    space(c, c->m->gap * 2);
    int n = ct->mission_count;
    for (int i = 0; i < n; i++) {
        column_t mc = c->m->portrait ? *c : sub_column(c, i, n);
        mission(&mc, &ct->missions[i]);
        if (c->m->portrait) c->y = mc.y;
    }
}

/* ------------------------------------------------------------- chrome */

static void footer(view_t *v, const textfit_measure_t *measure,
                   const metrics_t *m, uint32_t index, uint32_t count)
{
    column_t c = column(v, measure, m, m->footer);
    view_text_t *t = place(&c, view_string(v, "%u / %u", index + 1, count),
                           FACE_REGULAR, m->px_label, INK_MUTED,
                           m->footer.h);
    int counter_w = t ? t->fit.width : 0;
    if (t) {
        t->align_right = true;
        t->box.y = m->footer.y + (m->footer.h - t->fit.height) / 2;
    }
    v->chrome = (view_rect_t){m->footer.x, m->footer.y,
                              m->footer.w - counter_w - m->gap * 2,
                              m->footer.h};
}

view_chrome_t view_chrome(const view_t *v, const sm_t *sm)
{
    view_chrome_t ch;
    int s = v->width < v->height ? v->width : v->height;
    int bar_h = s * 6 / 1000 + 1;
    ch.track = (view_rect_t){v->chrome.x,
                             v->chrome.y + (v->chrome.h - bar_h) / 2,
                             v->chrome.w, bar_h};
    ch.filled_w = (int)((int64_t)ch.track.w *
                        sm_progress_permille(sm) / 1000);
    ch.paused = sm->state == SM_PAUSED;
    return ch;
}

/* -------------------------------------------------------------- build */

static bool inside(view_rect_t r, int w, int h)
{
    return r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
}

/* A last check that every box stayed on the panel and clear of the
 * footer; a failure here is a layout bug, and the tests look for it. */
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
}

void view_build(view_t *v, const content_t *ct, const deck_t *deck,
                uint32_t index, int width, int height,
                const textfit_measure_t *measure)
{
    memset(v, 0, sizeof *v);
    v->width = width;
    v->height = height;
    metrics_t m = metrics_for(width, height);
    column_t c = column(v, measure, &m, m.content);
    const slide_t *s = &deck->slides[index];
    switch (s->kind) {
    case SLIDE_TITLE: title_slide(&c, &ct->show); break;
    case SLIDE_EVENT: event_slide(&c, &ct->events[s->record]); break;
    case SLIDE_AMBASSADOR:
        ambassador_slide(&c, &ct->ambassadors[s->record]);
        break;
    case SLIDE_AGREEMENTS: agreements_slide(&c, ct); break;
    case SLIDE_TRADE: trade_slide(&c, ct); break;
    case SLIDE_MISSIONS: missions_slide(&c, ct); break;
    }
    footer(v, measure, &m, index, deck->count);
    check_bounds(v, &m);
}
