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
    m.stacked = stacked;
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

static void event_slide(column_t *c, const content_event_t *e)
{
    const metrics_t *m = c->m;
    kicker(c, LABEL(c, history));
    place(c, date_string(c, e->date), FACE_BOLD, m->px_display,
          INK_ACCENT, lines(c, FACE_BOLD, m->px_display, 1));
    space(c, m->gap);
    place(c, TR(c, e->headline), FACE_BOLD, m->px_headline, INK_TEXT,
          lines(c, FACE_BOLD, m->px_headline, 3));
    space(c, m->gap * 2);
    place(c, TR(c, e->text), FACE_REGULAR, m->px_body, INK_TEXT, 0);
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
        {LABEL(c, leader), a->leader, INK_NORTH_KOREA},
        {LABEL(c, president), a->president, INK_MEXICO},
        {LABEL(c, term_end), TR(c, a->term_end), INK_MUTED},
    };
    int n = TR(c, a->term_end)[0] ? 3 : 2; /* an empty cell is left out */
    uint32_t first[3], end[3];
    int top = c->bottom;
    for (int i = n - 1; i >= 0; i--) {
        column_t f = c->m->stacked ? *c : sub_column(c, i, n);
        first[i] = c->view->text_count;
        fact_bottom(&f, facts[i].label, facts[i].ink, facts[i].value);
        end[i] = c->view->text_count;
        if (f.bottom < top) top = f.bottom;
        if (c->m->stacked) c->bottom = f.bottom - c->m->gap;
    }
    if (!c->m->stacked) /* raise the shorter facts to the tallest one's top */
        for (int i = 0; i < n; i++)
            if (end[i] > first[i])
                shift_texts(c->view, first[i], end[i],
                            top - c->view->texts[end[i] - 1].box.y);
    c->bottom = top - c->m->gap * 2;
}

static void ambassador_slide(column_t *c, const content_ambassador_t *a)
{
    const metrics_t *m = c->m;
    kicker(c, LABEL(c, ambassadors));
    ambassador_facts(c, a);
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
    case SLIDE_EVENT: event_slide(&c, &ct->events[s->record]); break;
    case SLIDE_AMBASSADOR:
        ambassador_slide(&c, &ct->ambassadors[s->record]);
        break;
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
