/* view.h - what one slide looks like, as data: boxes, texts and colours.
 *
 * The view is computed from the content, the deck and the panel's size,
 * once per slide; the renderer only draws what it is given. It holds
 * pointers into the content table (which must outlive it) and its own
 * copies of formatted strings (dates, the counter).
 *
 * The chrome (progress bar, pause mark) is separate: it changes while a
 * slide shows, so view_chrome() is cheap and the renderer redraws only
 * its rectangle.
 */
#ifndef KIOSK_VIEW_H
#define KIOSK_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "content.h"
#include "deck.h"
#include "fb.h"
#include "gesture.h"
#include "sm.h"
#include "textfit.h"

/* Colours by role; their RGB values are in palette.h. */
typedef enum {
    INK_BACKGROUND,
    INK_TEXT,       /* main text */
    INK_MUTED,      /* labels, secondary text */
    INK_ACCENT,     /* dates, figures */
    INK_MEXICO,     /* Mexico's side */
    INK_NORTH_KOREA,/* North Korea's side */
    INK_TRACK,      /* the empty progress track, the timeline's axis */
    /* Two muted tints of each side's colour, alternated along an era band
     * so that neighbouring eras are told apart without a gap between. */
    INK_MEXICO_DIM,
    INK_MEXICO_DIMMER,
    INK_NORTH_KOREA_DIM,
    INK_NORTH_KOREA_DIMMER,
    INK_COUNT
} view_ink_t;

/* The view's boxes are the framebuffer's rectangles: canvas draws them
 * as they are. */
typedef fb_rect_t view_rect_t;

/* What a text is for, which sets the smallest size it may shrink to
 * (view_min_cap_px): labels may be smaller than everything else. */
typedef enum { VIEW_ROLE_BODY, VIEW_ROLE_LABEL } view_role_t;

typedef struct {
    view_rect_t box;  /* where the fitted lines go (top-left aligned) */
    const char *text; /* the lines index into this */
    textfit_t fit;
    view_ink_t ink;
    bool align_right;
    view_role_t role;  /* which minimum size it keeps */
    int nominal_px;    /* the size it was set at, before any shrinking */
} view_text_t;

typedef struct {
    view_rect_t rect;
    view_ink_t ink;
} view_fill_t;

/* Which fills draw what, for whoever must tell them apart (the tests):
 * the renderer only paints fills and needs none of this. */
#define VIEW_NONE UINT32_MAX /* no such fill or text */

typedef struct {
    uint32_t first, count; /* fills[first] .. fills[first + count - 1] */
} view_span_t;

/* An event slide's timeline: an axis from the first to the last year of
 * the content's dated records, a mark per event. */
typedef struct {
    view_rect_t axis;  /* the line; its left edge is the start of the
                        * first year, its right edge the end of the last */
    view_span_t marks; /* one fill per event, in the content's order */
    uint32_t current;  /* the fill of the slide's own event */
    view_rect_t strip; /* the whole figure, its years included: it draws
                        * every event, so --compare leaves it out when it
                        * judges whether this slide changed */
} view_timeline_t;

/* An ambassador slide's era band: the rows of the ambassadors' table,
 * side by side, grouped into segments of equal leader (or president). */
typedef enum { ERA_LEADER, ERA_PRESIDENT, ERA_COUNT } view_era_t;

/* The own era's segment is outlined in this ink: the other eras' tints
 * stay visible on the slide, so the outline, not their darkness, sets the
 * own era apart (tests/unit/test_palette.c). */
#define VIEW_BAND_OUTLINE_INK INK_TEXT

/* The indices below mean something only when segments.count > 0. */
typedef struct {
    view_span_t segments; /* one fill per run of equal names, left to right */
    uint32_t current;     /* the fill of the slide's row's segment */
    view_span_t outline;  /* four fills inside its edges: top, bottom, left,
                           * right */
    uint32_t marker;      /* the fill that marks the row itself */
    uint32_t name;        /* the text under the band, or VIEW_NONE */
} view_band_t;

/* The speaker button (view_speaker.c): a visitor taps it to hear the
 * slide, and again to stop. Shown only where narration can be had. */
typedef enum {
    VIEW_SPEAKER_NONE, /* no narration here: no button */
    VIEW_SPEAKER_OFF,  /* silent: "Escuchar" / "Listen" */
    VIEW_SPEAKER_ON,   /* reading: "Detener" / "Stop", lit */
} view_speaker_state_t;

/* Its inks: the button's face and its label. Off, the quiet track grey
 * under the main text; on, lit in amber under the background's ink.
 * Measured in tests/unit/test_palette.c (3:1 on the slide, 4.5:1 for the
 * label). */
#define VIEW_SPEAKER_FACE_OFF INK_TRACK
#define VIEW_SPEAKER_LABEL_OFF INK_TEXT
#define VIEW_SPEAKER_FACE_ON INK_ACCENT
#define VIEW_SPEAKER_LABEL_ON INK_BACKGROUND

typedef struct {
    view_speaker_state_t state;
    view_rect_t button; /* its face: as tall as the language button */
    view_rect_t hit;    /* where a tap counts as the button: the face and
                         * a finger's width around it, as the language
                         * button's (view_tap_targets) */
    view_ink_t face;
    view_text_t label;
} view_speaker_t;

/* The ambassadors' overview (view_overview.c): a time axis, the heads of
 * state of both sides as bands sized by their terms' days on it, and a
 * mark per ambassador in its era. */
typedef struct {
    view_rect_t axis;  /* the time line: its left edge is 1 January of
                        * first_year, its right edge the axis's end */
    int first_year;
    view_span_t heads; /* one fill per head of state, in content order
                        * (w 0 for a term wholly before the axis) */
    view_span_t marks; /* one fill per ambassador row, in content order;
                        * the row without a name's is the start mark */
} view_overview_t;

/* How a visitor reaches this kiosk, for the words of its hints: a touch
 * screen ("Toca para explorar") or keys ("Presiona la tecla..."). */
typedef enum { VIEW_INPUT_KEYS, VIEW_INPUT_TOUCH } view_input_t;

/* A chevron at a side edge of the slide, pointing back (left) or on
 * (right): the tap halves made visible. */
typedef struct {
    view_rect_t box; /* its extent; w == 0: not shown */
    int stroke;      /* the thickness of its two strokes */
    bool left;       /* points left: back */
} view_arrow_t;

/* What a visitor can tap, drawn on every slide (view_controls.c). */
typedef struct {
    view_rect_t button;     /* the language button's outline */
    int outline;            /* its thickness */
    uint32_t button_text;   /* its words: a text of the view */
    view_rect_t button_hit; /* where a tap counts as the button: the
                             * outline and a finger's width around it */
    view_arrow_t back, next;
} view_controls_t;

/* The inks of the controls and of the pause notice (measured by
 * tests/unit/test_palette.c): the button's outline and words, the
 * chevrons, and the pause notice's band with its sign and words. */
#define VIEW_BUTTON_INK INK_TEXT
#define VIEW_ARROW_INK INK_MUTED
#define VIEW_PAUSE_BAND_INK INK_ACCENT
#define VIEW_PAUSE_INK INK_BACKGROUND

/* A formatted text: two short fields and their joining words at most
 * ("Fin del cargo: En funciones", the overview's start mark). */
#define VIEW_STRING_LEN (2 * LIMIT_SHORT_TEXT + 16)
/* A goods list: every item of one side, a line each. */
#define VIEW_LIST_LEN (LIMIT_EXPORTS * (LIMIT_SHORT_TEXT + 8))

typedef struct {
    int width, height;
    view_fill_t fills[LIMIT_VIEW_FILLS];
    uint32_t fill_count;
    view_text_t texts[LIMIT_VIEW_TEXTS];
    uint32_t text_count;
    char strings[LIMIT_VIEW_TEXTS][VIEW_STRING_LEN]; /* formatted texts */
    uint32_t string_count;
    char lists[2][VIEW_LIST_LEN];  /* goods lists, by content_side_t */
    view_timeline_t timeline; /* event slides: marks.count > 0 */
    view_band_t bands[ERA_COUNT]; /* ambassador slides: segments.count > 0 */
    view_overview_t overview; /* the overview: heads.count > 0 */
    view_rect_t chrome;     /* the progress bar's region */
    view_rect_t track;      /* in it: the progress bar itself */
    view_rect_t pause_mark; /* in it: where the pause sign goes ... */
    view_text_t pause_text; /* ... and the words beside it */
    view_speaker_t speaker; /* the footer's left end, when narration is here */
    view_controls_t controls; /* the language button and the chevrons */
    view_input_t input;     /* the hints' words are for this */
    uint32_t ellipsized;    /* texts cut short: each is worth a warning */
    uint32_t overflowed;    /* texts or boxes past the panel or the space
                             * left for them: a layout bug, must be 0 */
} view_t;

/* The progress bar as it should look now. */
typedef struct {
    view_rect_t track; /* the whole bar */
    int filled_w;      /* of it, filled from the left (ATTRACT) */
    bool paused;       /* draw the pause mark instead */
} view_chrome_t;

/* What to lay out: a slide of a deck, in a language, for a panel. */
typedef struct {
    const content_t *content;
    const deck_t *deck;
    uint32_t index; /* the slide, 0-based */
    lang_t lang;
    int width, height;
    const textfit_measure_t *measure; /* the board's font metrics */
    view_input_t input; /* touch screen or keys: the hints' words */
    /* The counter to show ("N / M"), when not the slide's own: --compare
     * draws a slide with its reference's counter, so that a slide moved
     * by an edit elsewhere compares as the same (the counter is not
     * content). 0, 0: the slide's own. */
    uint32_t counter_number, counter_total;
    view_speaker_state_t speaker; /* left out: VIEW_SPEAKER_NONE */
} view_request_t;

void view_build(view_t *view, const view_request_t *request);

/* Minimum sizes, as the cap height a reader sees, in thousandths of the
 * panel's shorter side: body text (everything but labels) 2.5%, labels
 * (kickers, fact labels, the footer) 1.6%; rounded up to whole pixels. A
 * text that does not fit at its minimum is cut with an ellipsis and
 * counted in `ellipsized`: an error of the content (--check-content). */
#define VIEW_BODY_MIN_CAP_PERMILLE 25
#define VIEW_LABEL_MIN_CAP_PERMILLE 16

int view_min_cap_px(int width, int height, view_role_t role);

/* Burn-in protection: how far the whole picture is moved at `now_ms`. A
 * panel showing the same layout for months would keep its ghost; moving
 * everything a few pixels (a 500th of the shorter side) round a square,
 * one step every VIEW_SHIFT_STEP_MS, spreads the wear. (0, 0) for the
 * first step, so short headless runs are not moved. */
#define VIEW_SHIFT_STEP_MS (5u * 60u * 1000u)
void view_burn_in_offset(uint64_t now_ms, int width, int height, int *dx,
                         int *dy);

/* Moves every box of the view by (dx, dy). */
void view_shift(view_t *view, int dx, int dy);

view_chrome_t view_chrome(const view_t *view, const sm_t *sm);

/* What a tap on this slide means, for the gesture recogniser: the
 * language button's and the speaker button's rectangles (upright, as
 * laid out, with their slack; the speaker's w 0 when it is not shown). */
gesture_targets_t view_tap_targets(const view_t *view);

#endif
