/* gesture.h - a finger or a mouse on the panel, to next / previous.
 *
 * The platform reports a pointer going down, moving and coming up, in the
 * panel's pixels, with the time; the recogniser says, when it comes up,
 * whether that was a tap or a swipe and which way it turns the show:
 *
 *   tap    the pointer stayed within GESTURE_TAP_SLOP_PERMILLE of the
 *          upright width of where it went down, and came up within
 *          GESTURE_TAP_MAX_MS. On the right half of the upright picture:
 *          next; on the left half: previous. *Our choice:* halves, not
 *          thirds with a dead middle: every tap a visitor makes does
 *          something, and the right half is where the title slide's
 *          invitation points.
 *   swipe  the pointer came up at least GESTURE_SWIPE_MIN_PERMILLE of the
 *          upright width to the side of where it went down, at least twice
 *          as far sideways as up or down, within GESTURE_SWIPE_MAX_MS.
 *          Finger moving left: next; moving right: previous (a page
 *          turned). A vertical swipe does nothing.
 *
 * A double tap is one tap: a tap whose press comes less than
 * GESTURE_DOUBLE_TAP_MS after the release of the last tap that turned the
 * show, within the tap slop of where that one went down (upright), is
 * swallowed. A tap elsewhere (the other half: a deliberate back and forth)
 * or later acts as usual; a swipe always acts.
 *
 * What a tap means also depends on the slide (gesture_targets_t, which
 * the view publishes): a tap that went down on the language button is
 * SM_EV_LANG, never a turn as well, and one that went down on the speaker
 * button (narration, when it is shown) is SM_EV_NARRATE. A double tap on the button is one
 * tap, as anywhere. (On the first slide the left half stays SM_EV_PREV,
 * which stays there: a visitor tapping back to the start is not bounced
 * on to slide 2.)
 *
 * Anything else (a long press, a slow drag, a scribble) does nothing. One
 * pointer at a time: a new press, from any pointer, starts over (so a
 * release that never came cannot wedge it), and moves or releases of
 * another pointer are ignored.
 *
 * The panel may be mounted turned (--rotate): "left" and "right" are as the
 * visitor sees the upright picture, so every point is first turned back
 * with rotate_unmap_point.
 */
#ifndef KIOSK_GESTURE_H
#define KIOSK_GESTURE_H

#include <stdbool.h>
#include <stdint.h>

#include "fb.h"
#include "sm.h"

#define GESTURE_TAP_SLOP_PERMILLE 30u   /* 3% of the width: finger jitter */
#define GESTURE_TAP_MIN_SLOP_PX 8       /* ...but never less on small panels */
#define GESTURE_TAP_MAX_MS 600u         /* longer is a long press: nothing */
#define GESTURE_SWIPE_MIN_PERMILLE 80u  /* 8% of the width */
#define GESTURE_SWIPE_MAX_MS 1500u      /* slower is a drag: nothing */
/* A second tap on the same spot pressed less than this after the last
 * turning tap's release is swallowed. *Our choice:* a habitual double tap
 * (a visitor used to double-tapping to open things) has its taps 80-250 ms
 * apart; a visitor stepping through slides on purpose taps slower than ~3
 * per second (333 ms apart). 300 ms sits between the two. */
#define GESTURE_DOUBLE_TAP_MS 300u

typedef enum {
    GESTURE_DOWN,
    GESTURE_MOVE,
    GESTURE_UP,
} gesture_phase_t;

/* One pointer report, in the panel's pixels. */
typedef struct {
    gesture_phase_t phase;
    int64_t id; /* which finger (or the mouse): a press follows one pointer */
    int x, y;
} gesture_pointer_t;

/* The panel as it is mounted: its size in pixels and its turn. */
typedef struct {
    int w, h;
    int rotate; /* 0, 90, 180 or 270, as rotate.h */
} gesture_panel_t;

/* The slide's own targets, upright (as laid out). */
typedef struct {
    fb_rect_t lang;    /* a tap that goes down in it: SM_EV_LANG; w 0: none */
    fb_rect_t speaker; /* ... in it: SM_EV_NARRATE; w 0: none */
} gesture_targets_t;

typedef struct {
    bool pressed;       /* a pointer is down */
    int64_t id;         /* which one */
    int x0, y0;         /* where it went down, upright */
    int max_dist;       /* the farthest it has been from there, upright */
    uint64_t down_ms;   /* when */
    /* The last tap that turned the show, to swallow its double: */
    bool tapped;        /* there was one */
    int tap_x, tap_y;   /* where it went down, upright */
    uint64_t tap_up_ms; /* when it came up */
} gesture_t;

void gesture_init(gesture_t *g);

/* Feeds one report at now_ms, on a slide with these targets (NULL: no
 * button: the halves alone). True when it completed a gesture, with
 * SM_EV_NEXT, SM_EV_PREV, SM_EV_LANG or SM_EV_NARRATE in *out. */
bool gesture_feed(gesture_t *g, gesture_panel_t panel,
                  const gesture_targets_t *targets, gesture_pointer_t p,
                  uint64_t now_ms, sm_event_kind_t *out);

#endif
