/* test_gesture.c - taps and swipes on the panel: the halves, a long press
 * and jitter, swipes both ways and a vertical one, one pointer at a time,
 * panels mounted turned 90, 180 and 270 degrees, and a double tap that
 * turns the show once.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/gesture.h"
#include "core/rotate.h"

/* The pseudo-event for "nothing recognised". */
#define NOTHING SM_EV_TICK

static const gesture_panel_t landscape = {1280, 720, 0};
static gesture_t g;
static uint64_t now;
/* The slide's targets the taps are fed with; NULL: none (the halves). */
static const gesture_targets_t *targets;

static sm_event_kind_t feed(gesture_panel_t panel, gesture_phase_t phase,
                            int64_t id, int x, int y)
{
    sm_event_kind_t ev = NOTHING;
    if (!gesture_feed(&g, panel, targets, (gesture_pointer_t){phase, id, x, y},
                      now, &ev))
        return NOTHING;
    assert_true(ev == SM_EV_NEXT || ev == SM_EV_PREV || ev == SM_EV_LANG);
    return ev;
}

/* A press at (x, y) held `ms`, released where it went down. */
static sm_event_kind_t tap_for(gesture_panel_t panel, int x, int y, uint64_t ms)
{
    gesture_init(&g);
    assert_int_equal(feed(panel, GESTURE_DOWN, 1, x, y), NOTHING);
    now += ms;
    return feed(panel, GESTURE_UP, 1, x, y);
}

static sm_event_kind_t tap(gesture_panel_t panel, int x, int y)
{
    return tap_for(panel, x, y, 80);
}

/* From (x0, y0) to (x1, y1) in `steps` moves over `ms`, the recogniser
 * as the last gesture left it. */
static sm_event_kind_t stroke(gesture_panel_t panel, int x0, int y0, int x1,
                              int y1, int steps, uint64_t ms)
{
    assert_int_equal(feed(panel, GESTURE_DOWN, 7, x0, y0), NOTHING);
    for (int i = 1; i <= steps; i++) {
        now += ms / (uint64_t)(steps + 1);
        assert_int_equal(feed(panel, GESTURE_MOVE, 7, x0 + (x1 - x0) * i / steps,
                              y0 + (y1 - y0) * i / steps),
                         NOTHING);
    }
    now += ms / (uint64_t)(steps + 1);
    return feed(panel, GESTURE_UP, 7, x1, y1);
}

/* The same, from a recogniser started over. */
static sm_event_kind_t drag(gesture_panel_t panel, int x0, int y0, int x1,
                            int y1, int steps, uint64_t ms)
{
    gesture_init(&g);
    return stroke(panel, x0, y0, x1, y1, steps, ms);
}

/* A tap at (x, y) pressed `gap` ms after the last release, held 80 ms,
 * the recogniser remembering what came before. */
static sm_event_kind_t tap_after(gesture_panel_t panel, uint64_t gap, int x,
                                 int y)
{
    now += gap;
    assert_int_equal(feed(panel, GESTURE_DOWN, 1, x, y), NOTHING);
    now += 80;
    return feed(panel, GESTURE_UP, 1, x, y);
}

/* ------------------------------------------------------------- taps */

static void test_tap_right_half_is_next(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 1279, 0), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 640, 719), SM_EV_NEXT); /* first right column */
}

static void test_tap_left_half_is_previous(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 200, 360), SM_EV_PREV);
    assert_int_equal(tap(landscape, 0, 719), SM_EV_PREV);
    assert_int_equal(tap(landscape, 639, 0), SM_EV_PREV); /* last left column */
}

/* The middle is no dead zone: just left of it is back, just right forward. */
static void test_tap_middle(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 630, 360), SM_EV_PREV);
    assert_int_equal(tap(landscape, 650, 360), SM_EV_NEXT);
}

static void test_long_press_is_not_a_tap(void **state)
{
    (void)state;
    /* 0.6 s: held 600 ms is a tap, 601 ms a long press. */
    assert_int_equal(tap_for(landscape, 1000, 360, 600), SM_EV_NEXT);
    assert_int_equal(tap_for(landscape, 1000, 360, 601), NOTHING);
    assert_int_equal(tap_for(landscape, 1000, 360, 5000), NOTHING);
}

/* A finger wobbles: a few pixels of movement are still a tap, on the
 * half it went down on. The slop is 3% of 1280: 38 px. */
static void test_jitter_is_still_a_tap(void **state)
{
    (void)state;
    gesture_init(&g);
    feed(landscape, GESTURE_DOWN, 1, 1000, 360);
    feed(landscape, GESTURE_MOVE, 1, 1006, 357);
    feed(landscape, GESTURE_MOVE, 1, 995, 364);
    now += 120;
    assert_int_equal(feed(landscape, GESTURE_UP, 1, 1003, 361), SM_EV_NEXT);
    /* Across the middle by a few pixels: still the half it landed on. */
    assert_int_equal(drag(landscape, 636, 300, 660, 305, 3, 100), SM_EV_PREV);
    /* Far out and back: a scribble, not a tap. */
    gesture_init(&g);
    feed(landscape, GESTURE_DOWN, 1, 1000, 360);
    feed(landscape, GESTURE_MOVE, 1, 1000, 500);
    now += 100;
    assert_int_equal(feed(landscape, GESTURE_UP, 1, 1000, 360), NOTHING);
}

/* One tap acts once: a release with no press, a second release, and moves
 * without a press do nothing. */
static void test_one_tap_acts_once(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(feed(landscape, GESTURE_UP, 1, 1000, 360), NOTHING);
    assert_int_equal(feed(landscape, GESTURE_MOVE, 1, 900, 360), NOTHING);
    gesture_init(&g);
    assert_int_equal(feed(landscape, GESTURE_UP, 1, 1000, 360), NOTHING);
}

/* A press follows one pointer; a new press takes over (its own release
 * acts, the old one's does not). */
static void test_one_pointer_at_a_time(void **state)
{
    (void)state;
    gesture_init(&g);
    feed(landscape, GESTURE_DOWN, 1, 1000, 360);
    assert_int_equal(feed(landscape, GESTURE_MOVE, 2, 100, 100), NOTHING);
    assert_int_equal(feed(landscape, GESTURE_UP, 2, 100, 100), NOTHING);
    now += 50;
    assert_int_equal(feed(landscape, GESTURE_UP, 1, 1000, 360), SM_EV_NEXT);

    gesture_init(&g);
    feed(landscape, GESTURE_DOWN, 1, 1000, 360);
    feed(landscape, GESTURE_DOWN, 2, 100, 360); /* a second finger */
    assert_int_equal(feed(landscape, GESTURE_UP, 1, 1000, 360), NOTHING);
    assert_int_equal(feed(landscape, GESTURE_UP, 2, 100, 360), SM_EV_PREV);
}

/* ----------------------------------------------------------- swipes */

static void test_swipe_left_is_next(void **state)
{
    (void)state;
    assert_int_equal(drag(landscape, 900, 360, 300, 380, 5, 250), SM_EV_NEXT);
    /* In the left half too: a swipe is its direction, not its place. */
    assert_int_equal(drag(landscape, 500, 360, 50, 360, 5, 250), SM_EV_NEXT);
}

static void test_swipe_right_is_previous(void **state)
{
    (void)state;
    assert_int_equal(drag(landscape, 300, 360, 900, 340, 5, 250), SM_EV_PREV);
    assert_int_equal(drag(landscape, 800, 360, 1250, 360, 5, 250), SM_EV_PREV);
}

/* 8% of 1280 is 102.4 px: 103 is a swipe, 100 not (and not a tap). */
static void test_swipe_threshold(void **state)
{
    (void)state;
    assert_int_equal(drag(landscape, 700, 360, 597, 360, 2, 150), SM_EV_NEXT);
    assert_int_equal(drag(landscape, 700, 360, 600, 360, 2, 150), NOTHING);
}

static void test_vertical_swipe_does_nothing(void **state)
{
    (void)state;
    assert_int_equal(drag(landscape, 640, 100, 640, 600, 5, 250), NOTHING);
    assert_int_equal(drag(landscape, 1000, 600, 1000, 100, 5, 250), NOTHING);
    /* Diagonal, less than twice as far sideways as down: nothing. */
    assert_int_equal(drag(landscape, 900, 100, 600, 300, 5, 250), NOTHING);
    /* Twice as far sideways: a swipe. */
    assert_int_equal(drag(landscape, 900, 100, 500, 300, 5, 250), SM_EV_NEXT);
}

static void test_slow_drag_does_nothing(void **state)
{
    (void)state;
    /* 1.5 s: 1500 ms from press to release is a swipe, 1501 a drag. */
    /* (No moves between: all the time between press and release.) */
    assert_int_equal(drag(landscape, 900, 360, 300, 360, 0, 1500), SM_EV_NEXT);
    assert_int_equal(drag(landscape, 900, 360, 300, 360, 0, 1501), NOTHING);
    assert_int_equal(drag(landscape, 900, 360, 300, 360, 5, 4000), NOTHING);
}


/* ------------------------------------- thresholds in literal pixels */

/* A press at panel (x, y) that wanders (dx, dy) away and comes back up
 * where it went down, 80 ms later. */
static sm_event_kind_t wobble(gesture_panel_t panel, int x, int y, int dx,
                              int dy)
{
    gesture_init(&g);
    assert_int_equal(feed(panel, GESTURE_DOWN, 1, x, y), NOTHING);
    now += 40;
    assert_int_equal(feed(panel, GESTURE_MOVE, 1, x + dx, y + dy), NOTHING);
    now += 40;
    return feed(panel, GESTURE_UP, 1, x, y);
}

/* The tap slop is 3% of the upright picture's width, never under 8 px:
 * 38 px on 1280 (38.4), 57 on 1920 (57.6), 21 on a 1280x720 panel turned
 * 90 (720 upright), 8 on a 200 px one (6 by the share). One pixel more
 * is no tap, and too short for a swipe: nothing. Both axes count. */
static void test_tap_slop_in_pixels(void **state)
{
    (void)state;
    static const struct {
        gesture_panel_t panel;
        int x, y, slop;
    } panels[] = {
        {{1280, 720, 0}, 1000, 360, 38},
        {{1920, 1080, 0}, 1500, 540, 57},
        {{1280, 720, 90}, 640, 600, 21}, /* the panel's bottom: upright right */
        {{200, 120, 0}, 150, 60, 8},
    };
    for (size_t i = 0; i < sizeof panels / sizeof panels[0]; i++) {
        gesture_panel_t p = panels[i].panel;
        int x = panels[i].x, y = panels[i].y, s = panels[i].slop;
        assert_int_equal(wobble(p, x, y, s, 0), SM_EV_NEXT);
        assert_int_equal(wobble(p, x, y, -s, 0), SM_EV_NEXT);
        assert_int_equal(wobble(p, x, y, 0, s), SM_EV_NEXT);
        assert_int_equal(wobble(p, x, y, s + 1, 0), NOTHING);
        assert_int_equal(wobble(p, x, y, 0, -(s + 1)), NOTHING);
    }
}

/* A swipe moves at least 8% of the upright width: 103 px on 1280
 * (102.4), 154 on 1920 (153.6), 58 on a 1280x720 panel turned 90 (57.6
 * of 720, along the panel's height); a pixel less is nothing. */
static void test_swipe_length_in_pixels(void **state)
{
    (void)state;
    assert_int_equal(drag(landscape, 700, 360, 597, 360, 2, 150), SM_EV_NEXT);
    assert_int_equal(drag(landscape, 700, 360, 803, 360, 2, 150), SM_EV_PREV);
    assert_int_equal(drag(landscape, 700, 360, 598, 360, 2, 150), NOTHING);
    const gesture_panel_t full_hd = {1920, 1080, 0};
    assert_int_equal(drag(full_hd, 1000, 540, 846, 540, 2, 150), SM_EV_NEXT);
    assert_int_equal(drag(full_hd, 1000, 540, 847, 540, 2, 150), NOTHING);
    /* Turned 90, the finger moving up the panel moves left upright. */
    const gesture_panel_t r90 = {1280, 720, 90};
    assert_int_equal(drag(r90, 640, 400, 640, 342, 2, 150), SM_EV_NEXT);
    assert_int_equal(drag(r90, 640, 400, 640, 343, 2, 150), NOTHING);
    assert_int_equal(drag(r90, 640, 400, 640, 458, 2, 150), SM_EV_PREV);
}

/* ---------------------------------------------------- rotated panels */

/* A 1280x720 panel turned 90 degrees shows a 720x1280 upright picture.
 * The upright point (ux, uy) is on the panel where rotate_map_rect puts
 * it; a tap there acts on the upright half, whatever the panel's. */
static void panel_point(gesture_panel_t panel, int ux, int uy, int *px, int *py)
{
    int uw = panel.rotate % 180 ? panel.h : panel.w;
    int uh = panel.rotate % 180 ? panel.w : panel.h;
    fb_rect_t r = rotate_map_rect((fb_rect_t){ux, uy, 1, 1}, uw, uh,
                                      panel.rotate);
    *px = r.x;
    *py = r.y;
}

static sm_event_kind_t upright_tap(gesture_panel_t panel, int ux, int uy)
{
    int px, py;
    panel_point(panel, ux, uy, &px, &py);
    return tap(panel, px, py);
}

static sm_event_kind_t upright_swipe(gesture_panel_t panel, int ux0, int ux1)
{
    int uh = panel.rotate % 180 ? panel.w : panel.h;
    int x0, y0, x1, y1;
    panel_point(panel, ux0, uh / 2, &x0, &y0);
    panel_point(panel, ux1, uh / 2, &x1, &y1);
    return drag(panel, x0, y0, x1, y1, 4, 200);
}

static void test_rotated_panels(void **state)
{
    (void)state;
    const int turns[] = {0, 90, 180, 270};
    for (int i = 0; i < 4; i++) {
        gesture_panel_t p = {1280, 720, turns[i]};
        int uw = turns[i] % 180 ? 720 : 1280;
        assert_int_equal(upright_tap(p, uw - 50, 100), SM_EV_NEXT);
        assert_int_equal(upright_tap(p, 50, 100), SM_EV_PREV);
        assert_int_equal(upright_swipe(p, uw * 7 / 10, uw * 3 / 10), SM_EV_NEXT);
        assert_int_equal(upright_swipe(p, uw * 3 / 10, uw * 7 / 10), SM_EV_PREV);
    }
}

/* By hand: turned 90 degrees, the panel's top edge is the upright
 * picture's left edge (convert -rotate 90: the upright top is the panel's
 * right). A tap near the panel's top right corner is the upright top left:
 * back; near its bottom left corner, the upright bottom right: forward.
 * Turned 180, the panel's right is the visitor's left. */
static void test_rotated_by_hand(void **state)
{
    (void)state;
    const gesture_panel_t r90 = {1280, 720, 90}, r180 = {1280, 720, 180},
                          r270 = {1280, 720, 270};
    assert_int_equal(tap(r90, 1200, 20), SM_EV_PREV);
    assert_int_equal(tap(r90, 80, 700), SM_EV_NEXT);
    assert_int_equal(tap(r90, 640, 100), SM_EV_PREV); /* right of the panel's middle */
    assert_int_equal(tap(r180, 1200, 360), SM_EV_PREV);
    assert_int_equal(tap(r180, 80, 360), SM_EV_NEXT);
    assert_int_equal(tap(r270, 640, 20), SM_EV_NEXT);
    assert_int_equal(tap(r270, 640, 700), SM_EV_PREV);
    /* Turned 90, the finger moving down the panel moves right upright:
     * back; moving up the panel, forward. */
    assert_int_equal(drag(r90, 640, 100, 640, 600, 4, 200), SM_EV_PREV);
    assert_int_equal(drag(r90, 640, 600, 640, 100, 4, 200), SM_EV_NEXT);
    /* ...and moving along the panel is vertical upright: nothing. */
    assert_int_equal(drag(r90, 1000, 360, 300, 360, 4, 200), NOTHING);
}

/* A mouse dragged off the window reports points outside the panel: they
 * count as its edge. */
static void test_points_off_the_panel(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 5000, 360), SM_EV_NEXT);
    assert_int_equal(tap(landscape, -40, 360), SM_EV_PREV);
    assert_int_equal(drag(landscape, 900, 360, -3000, 360, 3, 200), SM_EV_NEXT);
}

/* ------------------------------------------------------- double taps */

/* A habitual double tap, 80 ms apart, turns the show once; a third tap
 * 80 ms later is still within 300 ms of the first tap's release (the one
 * that turned): swallowed too; one 160 ms after that acts. */
static void test_double_tap_turns_once(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 80, 1000, 360), NOTHING);
    assert_int_equal(tap_after(landscape, 80, 1000, 360), NOTHING);
    assert_int_equal(tap_after(landscape, 160, 1000, 360), SM_EV_NEXT);
    /* The left half's double tap too: one step back. */
    assert_int_equal(tap(landscape, 200, 360), SM_EV_PREV);
    assert_int_equal(tap_after(landscape, 80, 200, 360), NOTHING);
}

/* From the first tap's release to the second's press: 299 ms is a
 * double, 300 ms a step on purpose (the window is exclusive). */
static void test_double_tap_window(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 299, 1000, 360), NOTHING);
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 300, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 0, 1000, 360), NOTHING);
}

/* The same spot is within the tap slop, 38 px on a 1280 px width: 38 px
 * away (either way) is the same spot, 39 px another one, and acts. */
static void test_double_tap_same_spot(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 80, 1038, 322), NOTHING);
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 80, 962, 398), NOTHING);
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 80, 1039, 360), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 80, 1000, 321), SM_EV_NEXT);
}

/* A deliberate back and forth, 80 ms apart, on the two halves: every tap
 * acts (and each is the one a double of it is measured from). */
static void test_other_half_acts(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 80, 200, 360), SM_EV_PREV);
    assert_int_equal(tap_after(landscape, 80, 1000, 360), SM_EV_NEXT);
    assert_int_equal(tap_after(landscape, 80, 1000, 360), NOTHING);
}

/* A swipe is never a double: right after a tap, from its very spot. */
static void test_swipe_after_tap_acts(void **state)
{
    (void)state;
    assert_int_equal(tap(landscape, 900, 360), SM_EV_NEXT);
    now += 80;
    assert_int_equal(stroke(landscape, 900, 360, 300, 360, 3, 150), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 300, 360), SM_EV_PREV);
    now += 10;
    assert_int_equal(stroke(landscape, 300, 360, 900, 360, 3, 150), SM_EV_PREV);
}

/* Turned 90 (--rotate 90), the upright picture is 720 px wide: the slop
 * is 21 px, along the panel's y. A tap near the panel's bottom is the
 * visitor's right; its double 80 ms later is swallowed, 299 ms too, 300
 * acts; 21 px down the panel is the same spot, 22 px another (which, on
 * the unturned panel's 38 px slop, would still be the same). */
static void test_double_tap_rotated(void **state)
{
    (void)state;
    const gesture_panel_t r90 = {1280, 720, 90};
    assert_int_equal(tap(r90, 900, 650), SM_EV_NEXT);
    assert_int_equal(tap_after(r90, 80, 900, 650), NOTHING);
    assert_int_equal(tap_after(r90, 299 - 80 - 80, 900, 650), NOTHING);
    assert_int_equal(tap(r90, 900, 650), SM_EV_NEXT);
    assert_int_equal(tap_after(r90, 300, 900, 650), SM_EV_NEXT);
    assert_int_equal(tap(r90, 900, 650), SM_EV_NEXT);
    assert_int_equal(tap_after(r90, 80, 900, 671), NOTHING);
    assert_int_equal(tap(r90, 900, 650), SM_EV_NEXT);
    assert_int_equal(tap_after(r90, 80, 900, 672), SM_EV_NEXT);
    /* The panel's top is the visitor's left: a back and forth acts. */
    assert_int_equal(tap_after(r90, 80, 900, 50), SM_EV_PREV);
}

/* ------------------------------------------- the slide's own targets */

/* A button at the bottom right of a 1280x720 panel, as a view would
 * publish it. */
static const gesture_targets_t with_button = {{1000, 600, 200, 80}, {0, 0, 0, 0}};

/* A tap that goes down on the language button is the language, never a
 * turn as well; its edges are exact (its last pixel in, the next out). */
static void test_tap_on_the_language_button(void **state)
{
    (void)state;
    targets = &with_button;
    assert_int_equal(tap(landscape, 1000, 600), SM_EV_LANG);
    assert_int_equal(tap(landscape, 1199, 679), SM_EV_LANG);
    assert_int_equal(tap(landscape, 1100, 640), SM_EV_LANG);
    assert_int_equal(tap(landscape, 999, 640), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 1200, 640), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 1100, 599), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 1100, 680), SM_EV_NEXT);
    assert_int_equal(tap(landscape, 100, 640), SM_EV_PREV);
    /* Where it went down counts: a finger that slides off within the
     * tap slop is still on the button. */
    gesture_init(&g);
    feed(landscape, GESTURE_DOWN, 1, 1195, 640);
    now += 80;
    assert_int_equal(feed(landscape, GESTURE_UP, 1, 1210, 640), SM_EV_LANG);
    /* A long press on it does nothing; a swipe from it turns the page. */
    assert_int_equal(tap_for(landscape, 1100, 640, 601), NOTHING);
    assert_int_equal(drag(landscape, 1100, 640, 700, 640, 5, 300), SM_EV_NEXT);
    targets = NULL;
}

/* A habitual double tap on the button switches once, not there and back. */
static void test_double_tap_on_the_button(void **state)
{
    (void)state;
    targets = &with_button;
    assert_int_equal(tap(landscape, 1100, 640), SM_EV_LANG);
    assert_int_equal(tap_after(landscape, 80, 1100, 640), NOTHING);
    assert_int_equal(tap_after(landscape, 400, 1100, 640), SM_EV_LANG);
    targets = NULL;
}

/* On a turned panel the button is where the upright picture has it. */
static void test_button_on_a_turned_panel(void **state)
{
    (void)state;
    /* 1280x720 turned 90: a 720x1280 picture, its button at the bottom
     * right of it. */
    const gesture_panel_t r90 = {1280, 720, 90};
    const gesture_targets_t portrait = {{500, 1150, 200, 100}, {0, 0, 0, 0}};
    targets = &portrait;
    assert_int_equal(upright_tap(r90, 600, 1200), SM_EV_LANG);
    assert_int_equal(upright_tap(r90, 600, 1100), SM_EV_NEXT);
    assert_int_equal(upright_tap(r90, 100, 1200), SM_EV_PREV);
    targets = NULL;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tap_right_half_is_next),
        cmocka_unit_test(test_tap_left_half_is_previous),
        cmocka_unit_test(test_tap_middle),
        cmocka_unit_test(test_long_press_is_not_a_tap),
        cmocka_unit_test(test_jitter_is_still_a_tap),
        cmocka_unit_test(test_one_tap_acts_once),
        cmocka_unit_test(test_one_pointer_at_a_time),
        cmocka_unit_test(test_swipe_left_is_next),
        cmocka_unit_test(test_swipe_right_is_previous),
        cmocka_unit_test(test_swipe_threshold),
        cmocka_unit_test(test_vertical_swipe_does_nothing),
        cmocka_unit_test(test_slow_drag_does_nothing),
        cmocka_unit_test(test_tap_slop_in_pixels),
        cmocka_unit_test(test_swipe_length_in_pixels),
        cmocka_unit_test(test_rotated_panels),
        cmocka_unit_test(test_rotated_by_hand),
        cmocka_unit_test(test_points_off_the_panel),
        cmocka_unit_test(test_double_tap_turns_once),
        cmocka_unit_test(test_double_tap_window),
        cmocka_unit_test(test_double_tap_same_spot),
        cmocka_unit_test(test_other_half_acts),
        cmocka_unit_test(test_swipe_after_tap_acts),
        cmocka_unit_test(test_double_tap_rotated),
        cmocka_unit_test(test_tap_on_the_language_button),
        cmocka_unit_test(test_double_tap_on_the_button),
        cmocka_unit_test(test_button_on_a_turned_panel),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
