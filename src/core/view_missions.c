/* view_missions.c - the missions slide: each side's diplomatic mission,
 * side by side on a wide panel, stacked otherwise. */
#include "view_private.h"

/* One mission: the side's name in its colour, the text under it, in at
 * most max_h pixels (the type steps down when many share the slide). */
static void mission(column_t *c, const content_mission_t *mi, int max_h)
{
    const metrics_t *m = c->m;
    int is_mx = mi->side == SIDE_MEXICO, top = c->y;
    int px = view_px_for(c, FACE_REGULAR, m->px_headline, max_h - m->gap, 2);
    int name_h = lines(c, FACE_BOLD, px, 1);
    view_place(c, is_mx ? LABEL(c, mexico) : LABEL(c, north_korea), FACE_BOLD,
               px, is_mx ? INK_MEXICO : INK_NORTH_KOREA,
               name_h < max_h ? name_h : -1);
    space(c, m->gap);
    int rest = max_h - (c->y - top);
    if (rest > lines(c, FACE_REGULAR, px, 4))
        rest = lines(c, FACE_REGULAR, px, 4);
    view_place(c, TR(c, mi->text), FACE_REGULAR, px, INK_TEXT,
               rest > 0 ? rest : -1);
}

/* Two missions side by side on a wide panel; otherwise (a tall panel, or
 * more of them) stacked, each in its share of the height. */
void view_missions_slide(column_t *c, const content_t *ct)
{
    view_kicker(c, LABEL(c, missions));
    space(c, c->m->gap * 2);
    view_mark_t block = view_mark(c);
    int n = ct->mission_count, gap = c->m->gap * 3;
    bool side_by_side = !c->m->stacked && n <= 2;
    int each = side_by_side ? c->bottom - c->y : share(c, n, gap);
    for (int i = 0; i < n; i++) {
        column_t mc = side_by_side ? view_sub_column(c, i, n) : *c;
        mission(&mc, &ct->missions[i], each);
        if (!side_by_side) c->y = mc.y + gap;
    }
    view_settle(c, block, block);
}
