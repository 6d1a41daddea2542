/* view_title.c - the title slide: the show's title, subtitle and
 * introduction, and the invitation to explore. */
#include "view_private.h"

/* The title, two bars in the countries' colours, the subtitle and the
 * introduction; the invitation at the bottom. The block sits a third of
 * the way down the space it leaves free, not glued to the top. */
void view_title_slide(column_t *c, const content_show_t *show)
{
    const metrics_t *m = c->m;
    view_place_bottom(c, HINT(c, invitation), FACE_BOLD, m->px_headline,
                      INK_ACCENT, lines(c, FACE_BOLD, m->px_headline, 2));
    space_bottom(c, m->gap * 2);
    uint32_t first_fill = c->view->fill_count, first_text = c->view->text_count;
    view_place(c, TR(c, show->title), FACE_BOLD, m->px_display, INK_TEXT,
               lines(c, FACE_BOLD, m->px_display, 3));
    space(c, m->gap);
    int bar_w = c->w / 6, bar_h = m->s * 12 / 1000;
    view_add_fill(c->view, (view_rect_t){c->x, c->y, bar_w, bar_h}, INK_MEXICO);
    view_add_fill(c->view, (view_rect_t){c->x + bar_w, c->y, bar_w, bar_h},
                  INK_NORTH_KOREA);
    space(c, bar_h + m->gap * 2);
    view_place(c, TR(c, show->subtitle), FACE_REGULAR, m->px_headline,
               INK_MUTED, lines(c, FACE_REGULAR, m->px_headline, 3));
    space(c, m->gap * 2);
    view_place(c, TR(c, show->text), FACE_REGULAR, m->px_body, INK_TEXT, 0);
    if (c->bottom > c->y)
        view_shift_from(c->view, first_fill, first_text,
                        (c->bottom - c->y) / 3);
}
