/* view_trade.c - the trade slide: the headline figure, the other trade
 * facts, and what each side sells the other. */
#include "view_private.h"

#include <stdio.h>

#include "kiosk_assert.h"

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
        /* VIEW_LIST_LEN holds every export's longest line: never cut. */
        KIOSK_ASSERT(n >= 0 && (size_t)n < VIEW_LIST_LEN - used);
        used += (size_t)n;
    }
    return list;
}

static view_text_t *goods_list(column_t *c, const content_t *ct,
                               content_side_t from)
{
    const metrics_t *m = c->m;
    int is_mx = from == SIDE_MEXICO;
    view_place(c,
               is_mx ? LABEL(c, exports_mexico) : LABEL(c, exports_north_korea),
               FACE_BOLD, m->px_label, is_mx ? INK_MEXICO : INK_NORTH_KOREA,
               lines(c, FACE_BOLD, m->px_label, 2));
    space(c, m->gap / 2);
    return view_place(c, goods_text(c, ct, from), FACE_REGULAR, m->px_list,
                      INK_TEXT, 0);
}

/* Fits a placed text again at a smaller size, in the space it had. */
static void refit(const column_t *c, view_text_t *t, int px)
{
    textfit_fit(c->measure, t->text, t->fit.face, px,
                view_floor_px(c->m, t->nominal_px), t->box.w,
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
    column_t left = view_sub_column(c, 0, 2), right = view_sub_column(c, 1, 2);
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
    view_place(c, view_date_string(c, t->date), FACE_BOLD, m->px_label,
               INK_ACCENT, lines(c, FACE_BOLD, m->px_label, 1));
    view_place(c, TR(c, t->figure), FACE_BOLD, m->px_display, INK_ACCENT,
               lines(c, FACE_BOLD, m->px_display, 1));
    view_place(c, TR(c, t->text), FACE_REGULAR, m->px_body, INK_MUTED,
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
        view_place(&f, view_date_string(c, t->date), FACE_BOLD, c->m->px_label,
                   INK_ACCENT, lines(c, FACE_BOLD, c->m->px_label, 1));
        int rest = each - (f.y - top);
        if (rest > lines(c, FACE_REGULAR, c->m->px_body, 4))
            rest = lines(c, FACE_REGULAR, c->m->px_body, 4);
        view_place(&f, TR(c, t->text), FACE_REGULAR, c->m->px_body, INK_TEXT,
                   rest > 0 ? rest : -1);
        space(&f, c->m->gap * 2);
    }
    c->y = f.y;
}

/* The headline figure (the first trade record) with the other facts
 * beside it on a landscape panel, under it on a portrait one; then the two
 * goods lists. */
void view_trade_slide(column_t *c, const content_t *ct)
{
    view_kicker(c, LABEL(c, trade));
    if (c->m->stacked) {
        view_mark_t block = view_mark(c);
        if (ct->trade_count) trade_figure(c, &ct->trade[0]);
        trade_facts(c, ct);
        trade_goods(c, ct);
        view_settle(c, block, block);
        return;
    }
    column_t left = view_sub_column(c, 0, 2), right = view_sub_column(c, 1, 2);
    if (ct->trade_count) trade_figure(&left, &ct->trade[0]);
    trade_facts(&right, ct);
    c->y = left.y > right.y ? left.y : right.y;
    trade_goods(c, ct);
}
