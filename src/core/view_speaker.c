/* view_speaker.c - the speaker button: where a visitor taps to hear the
 * slide read aloud (narration.h), and taps again to stop.
 *
 * At the left end of the footer row, before the progress bar, which it
 * narrows: a place every slide leaves free, at the other end of the row
 * from the language button (view_controls.c), in reach of a visitor's
 * hand on a wall panel. A button of the footer like the language button:
 * as tall (8% of the panel's shorter side, a fingertip), its words at
 * the same size in bold, a third of its height each side, and a tap a
 * finger's slack off it still counts (view_tap_targets: the gesture
 * recogniser makes it SM_EV_NARRATE, never a turn as well). As wide as
 * the longer of its two words, so that the progress bar does not move
 * when narration starts or stops; at most half the row. The word, not an
 * icon: the font has no speaker glyph, and a word says what it does in
 * the language on show. Its words keep their role's minimum as the
 * language button's do (view_floor_px: a label's), never below; cut
 * short, they are counted.
 */
#include "view_private.h"

#include "narration.h"

void view_speaker_place(column_t *c, view_speaker_state_t state,
                        view_rect_t *region)
{
    view_t *v = c->view;
    view_speaker_t *sp = &v->speaker;
    memset(sp, 0, sizeof *sp);
    if (state == VIEW_SPEAKER_NONE) return;
    bool on = state == VIEW_SPEAKER_ON;
    const metrics_t *m = c->m;
    int h = view_button_height(v);
    if (h > region->h) h = region->h;
    int px = view_button_px(h), pad = h / 3;
    sp->state = state;
    sp->face = on ? VIEW_SPEAKER_FACE_ON : VIEW_SPEAKER_FACE_OFF;
    view_text_t *t = &sp->label;
    t->text = narration_button_label(c->ct, c->lang, on);
    t->ink = on ? VIEW_SPEAKER_LABEL_ON : VIEW_SPEAKER_LABEL_OFF;
    t->role = view_role_of(m, px);
    t->nominal_px = px;
    int words = text_w(c, FACE_BOLD, px, narration_button_label(c->ct, c->lang, false));
    int other = text_w(c, FACE_BOLD, px, narration_button_label(c->ct, c->lang, true));
    if (other > words) words = other;
    /* Never narrower than tall (a finger), nor wider than half the row:
     * the progress bar keeps the rest. */
    int half = region->w / 2;
    int w = clamp(words + 2 * pad, h, half > h ? half : h);
    textfit_fit(c->measure, t->text, FACE_BOLD, px, view_floor_px(m, px),
                w - 2 * pad > 1 ? w - 2 * pad : 1, h, &t->fit);
    if (t->fit.ellipsized) v->ellipsized++;
    sp->button = (view_rect_t){region->x, region->y + (region->h - h) / 2, w, h};
    sp->hit = view_button_hit(v, sp->button);
    t->box = (view_rect_t){region->x + (w - t->fit.width) / 2,
                           sp->button.y + (h - t->fit.height) / 2,
                           t->fit.width, t->fit.height};
    region->x += w + m->gap * 2;
    region->w -= w + m->gap * 2;
}
