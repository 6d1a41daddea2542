/* gesture.c - taps and swipes; see gesture.h. */
#include "gesture.h"

#include "rotate.h"

void gesture_init(gesture_t *g)
{
    *g = (gesture_t){false, 0, 0, 0, 0, 0, false, 0, 0, 0};
}

static int clamp(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static int absolute(int v) { return v < 0 ? -v : v; }

/* The width of the upright picture: the panel's, or its height if turned
 * a quarter. */
static int upright_width(gesture_panel_t panel)
{
    return panel.rotate == 90 || panel.rotate == 270 ? panel.h : panel.w;
}

/* The point turned back into the upright picture, kept on the panel (a
 * mouse dragged off the window reports points outside it). */
static rotate_point_t upright(gesture_panel_t panel, int x, int y)
{
    int w = panel.w > 0 ? panel.w : 1, h = panel.h > 0 ? panel.h : 1;
    return rotate_unmap_point(clamp(x, 0, w - 1), clamp(y, 0, h - 1), w, h,
                              panel.rotate);
}

/* Chebyshev distance from where the press began. */
static int distance(const gesture_t *g, rotate_point_t p)
{
    int dx = absolute(p.x - g->x0), dy = absolute(p.y - g->y0);
    return dx > dy ? dx : dy;
}

/* How far a tap may wander: a share of the upright width, never less than
 * a few pixels. */
static long tap_slop(int width)
{
    /* The permille made signed: where long is 32 bits (a Cortex-M), long
     * times unsigned int would be unsigned long. */
    long slop = (long)width * (long)GESTURE_TAP_SLOP_PERMILLE / 1000;
    return slop < GESTURE_TAP_MIN_SLOP_PX ? GESTURE_TAP_MIN_SLOP_PX : slop;
}

/* The press is the second half of a double tap: it went down less than
 * GESTURE_DOUBLE_TAP_MS after the last turning tap came up, on its spot. */
static bool is_double_tap(const gesture_t *g, long slop)
{
    /* A clock that went back (never, on a monotonic one): not a double. */
    if (!g->tapped || g->down_ms < g->tap_up_ms) return false;
    if (g->down_ms - g->tap_up_ms >= GESTURE_DOUBLE_TAP_MS) return false;
    return absolute(g->x0 - g->tap_x) <= slop &&
           absolute(g->y0 - g->tap_y) <= slop;
}

static bool inside(fb_rect_t r, int x, int y)
{
    return r.w > 0 && r.h > 0 && x >= r.x && x < r.x + r.w && y >= r.y &&
           y < r.y + r.h;
}

/* What a tap that went down at (x0, y0) means: the language button, the
 * speaker button, or the half it went down on (the middle pixel column
 * goes right). */
static sm_event_kind_t tap_meaning(const gesture_t *g, int width,
                                   const gesture_targets_t *t)
{
    if (t && inside(t->lang, g->x0, g->y0)) return SM_EV_LANG;
    if (t && inside(t->speaker, g->x0, g->y0)) return SM_EV_NARRATE;
    return 2L * g->x0 >= (long)width ? SM_EV_NEXT : SM_EV_PREV;
}

/* A tap held `held` ms that came up at now_ms: what it went down on,
 * unless it was a long press or a double; a tap that acts is remembered. */
static bool recognise_tap(gesture_t *g, int width, const gesture_targets_t *t,
                          uint64_t held, uint64_t now_ms, sm_event_kind_t *out)
{
    if (held > GESTURE_TAP_MAX_MS) return false; /* a long press */
    if (is_double_tap(g, tap_slop(width))) return false;
    g->tapped = true;
    g->tap_x = g->x0;
    g->tap_y = g->y0;
    g->tap_up_ms = now_ms;
    *out = tap_meaning(g, width, t);
    return true;
}

/* A press that moved away and ended at p after `held` ms: a swipe, if
 * fast, far and mostly sideways enough. Never swallowed as a double. */
static bool recognise_swipe(const gesture_t *g, int width, rotate_point_t p,
                            uint64_t held, sm_event_kind_t *out)
{
    long dx = (long)p.x - g->x0, dy = (long)p.y - g->y0;
    long adx = dx < 0 ? -dx : dx, ady = dy < 0 ? -dy : dy;
    if (held > GESTURE_SWIPE_MAX_MS) return false;
    if (adx * 1000 < (long)width * (long)GESTURE_SWIPE_MIN_PERMILLE) return false;
    if (adx < 2 * ady) return false; /* not mostly sideways */
    /* A page turned: the finger moving left brings the next one. */
    *out = dx < 0 ? SM_EV_NEXT : SM_EV_PREV;
    return true;
}

/* A new press starts over, whichever pointer held the last one; the last
 * turning tap stays remembered, so that its double can be told. */
static void start_press(gesture_t *g, int64_t id, rotate_point_t u,
                        uint64_t now_ms)
{
    g->pressed = true;
    g->id = id;
    g->x0 = u.x;
    g->y0 = u.y;
    g->max_dist = 0;
    g->down_ms = now_ms;
}

bool gesture_feed(gesture_t *g, gesture_panel_t panel,
                  const gesture_targets_t *targets, gesture_pointer_t p,
                  uint64_t now_ms, sm_event_kind_t *out)
{
    rotate_point_t u = upright(panel, p.x, p.y);
    switch (p.phase) {
    case GESTURE_DOWN:
        start_press(g, p.id, u, now_ms);
        return false;
    case GESTURE_MOVE:
        if (g->pressed && p.id == g->id) {
            int d = distance(g, u);
            if (d > g->max_dist) g->max_dist = d;
        }
        return false;
    case GESTURE_UP:
        if (!g->pressed || p.id != g->id) return false;
        g->pressed = false;
        int d = distance(g, u);
        if (d > g->max_dist) g->max_dist = d;
        uint64_t held = now_ms >= g->down_ms ? now_ms - g->down_ms : 0;
        int width = upright_width(panel);
        if (g->max_dist <= tap_slop(width))
            return recognise_tap(g, width, targets, held, now_ms, out);
        return recognise_swipe(g, width, u, held, out);
    }
    return false;
}
