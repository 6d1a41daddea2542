/* speaker_press.c - see speaker_press.h. */
#include "speaker_press.h"

#include "rotate.h"

/* Whether the panel's pixel is on the button of the upright picture. */
static bool on_button(const view_t *v, gesture_panel_t panel, int x, int y)
{
    rotate_point_t u = rotate_unmap_point(x, y, panel.w, panel.h, panel.rotate);
    return view_speaker_hit(v, u.x, u.y);
}

speaker_press_result_t speaker_press_feed(speaker_press_t *press,
                                          const view_t *view,
                                          gesture_panel_t panel,
                                          gesture_pointer_t p)
{
    if (!press->held) {
        if (p.phase != GESTURE_DOWN || !on_button(view, panel, p.x, p.y))
            return SPEAKER_PRESS_PASS;
        press->held = true;
        press->id = p.id;
        return SPEAKER_PRESS_TAKEN;
    }
    /* Another finger while ours is down: the gesture's, as ever (it
     * follows one pointer at a time and ignores it). */
    if (p.id != press->id) return SPEAKER_PRESS_PASS;
    if (p.phase != GESTURE_UP) return SPEAKER_PRESS_TAKEN;
    press->held = false;
    return on_button(view, panel, p.x, p.y) ? SPEAKER_PRESS_TAPPED
                                            : SPEAKER_PRESS_TAKEN;
}
