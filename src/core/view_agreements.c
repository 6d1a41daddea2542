/* view_agreements.c - the agreements slide: every agreement's date and
 * name, large when they are few, in rows when they are many. */
#include "view_private.h"

#include <stdio.h>

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
        view_place(c, view_date_string(c, ct->agreements[i].date), FACE_BOLD,
                   m->px_display, INK_ACCENT,
                   lines(c, FACE_BOLD, m->px_display, 1));
        view_place(c, TR(c, ct->agreements[i].name), FACE_REGULAR,
                   m->px_headline, INK_TEXT,
                   lines(c, FACE_REGULAR, m->px_headline, 3));
        space(c, m->gap * 2);
    }
}

/* Many agreements: a row each, the date in a column on the left, the type
 * as large as the rows' share of the height allows. */
static void agreements_rows(column_t *c, const content_t *ct)
{
    const metrics_t *m = c->m;
    int n = ct->agreement_count, row = share(c, n, m->gap);
    int px = view_px_for(c, FACE_REGULAR, m->px_headline, row, 1);
    int date_w = date_column_w(c, ct, px) + m->gap * 2;
    for (int i = 0; i < n; i++) {
        column_t date = *c, name = *c;
        date.w = date_w;
        date.bottom = name.bottom = c->y + row;
        name.x += date_w;
        name.w -= date_w;
        view_place(&date, view_date_string(c, ct->agreements[i].date),
                   FACE_BOLD, px, INK_ACCENT, 0);
        view_place(&name, TR(c, ct->agreements[i].name), FACE_REGULAR, px,
                   INK_TEXT, 0);
        space(c, row + m->gap);
    }
}

void view_agreements_slide(column_t *c, const content_t *ct)
{
    const metrics_t *m = c->m;
    view_kicker(c, LABEL(c, agreements));
    space(c, m->gap);
    view_mark_t block = view_mark(c);
    int large = lines(c, FACE_BOLD, m->px_display, 1) +
                lines(c, FACE_REGULAR, m->px_headline, 2) + m->gap * 2;
    if (share(c, ct->agreement_count, 0) >= large) agreements_large(c, ct);
    else agreements_rows(c, ct);
    view_settle(c, block, block);
}
