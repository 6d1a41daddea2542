/* view_speaker.c - the speaker button: where a visitor taps to hear the
 * slide read aloud (narration.h), and taps again to stop.
 *
 * At the left end of the footer row, before the progress bar, which it
 * narrows: a place every slide leaves free, at the height of the
 * counter's row, in reach of a visitor's hand on a wall panel. As tall
 * as the footer row and as wide as its word with a margin each side, so
 * that the whole face is the target (on a 1080p panel about 160 x 54 px,
 * past the 44 px a touch target needs). The word, not an icon: the font
 * has no speaker glyph, and a word says what it does in the language on
 * show. Its label is the counter's size in bold (2.6% of the shorter
 * side, a cap height over 1.6% of it).
 */
#include "view_private.h"

#include "narration.h"

void view_speaker_place(column_t *c, view_speaker_state_t state,
                        view_rect_t *region)
{
    view_speaker_t *sp = &c->view->speaker;
    memset(sp, 0, sizeof *sp);
    if (state == VIEW_SPEAKER_NONE) return;
    bool on = state == VIEW_SPEAKER_ON;
    const metrics_t *m = c->m;
    sp->state = state;
    sp->face = on ? VIEW_SPEAKER_FACE_ON : VIEW_SPEAKER_FACE_OFF;
    view_text_t *t = &sp->label;
    t->text = narration_button_label(c->ct, c->lang, on);
    t->ink = on ? VIEW_SPEAKER_LABEL_ON : VIEW_SPEAKER_LABEL_OFF;
    int pad = m->gap;
    int w = text_w(c, FACE_BOLD, m->px_label, t->text) + 2 * pad;
    /* At most half the row: the progress bar keeps the rest. */
    if (w > region->w / 2) w = region->w / 2;
    textfit_fit(c->measure, t->text, FACE_BOLD, m->px_label, w - 2 * pad,
                region->h, &t->fit);
    sp->button = (view_rect_t){region->x, region->y, w, region->h};
    t->box = (view_rect_t){region->x + pad,
                           region->y + (region->h - t->fit.height) / 2,
                           w - 2 * pad, t->fit.height};
    region->x += w + m->gap * 2;
    region->w -= w + m->gap * 2;
}

bool view_speaker_hit(const view_t *v, int x, int y)
{
    const view_rect_t b = v->speaker.button;
    return v->speaker.state != VIEW_SPEAKER_NONE && x >= b.x && y >= b.y &&
           x < b.x + b.w && y < b.y + b.h;
}
