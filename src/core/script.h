/* script.h - the headless script language, one command a line:
 *
 *     key right|left|home|end|space|l|a  a key press as a visitor makes it
 *     tap X Y                         a finger's tap at panel pixel (X, Y)
 *     tap lang|back|next|speaker      a finger's tap on the middle of a
 *                                     control the screen shows
 *     swipe left|right                a finger's swipe across the picture
 *     wait MS                         advance the simulated clock
 *     shot PATH                       write the current screen as a PNG
 *     expect slide N                  fail unless slide N (from 1) shows
 *     expect state NAME               fail unless the machine is in NAME
 *     expect lang es|en               fail unless the slide shows in it
 *     expect input touch|keys         fail unless the hints speak of it
 *     expect arrows none|back|next|both
 *                                     fail unless these chevrons show
 *     expect text TEXT                fail unless a text on the screen is
 *                                     TEXT, whole (the pause notice too)
 *     expect speaking                 fail unless the slide on show is being
 *                                     read aloud (in its language)
 *     expect silent                   fail unless nothing is being read
 *     touch-content                   set the content file's time to the
 *                                     simulated wall clock (a sync tool's
 *                                     touch); the next check looks at it
 *     reload                          check the content file now (SIGHUP)
 *
 * "#" starts a comment; blank lines do nothing. Parsing is separate from
 * running so that a script is checked whole before its first command.
 */
#ifndef KIOSK_SCRIPT_H
#define KIOSK_SCRIPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sm.h"

typedef enum {
    SCRIPT_NOTHING, /* blank or comment */
    SCRIPT_KEY,
    SCRIPT_WAIT,
    SCRIPT_SHOT,
    SCRIPT_EXPECT_SLIDE,
    SCRIPT_EXPECT_STATE,
    SCRIPT_EXPECT_LANG,
    SCRIPT_EXPECT_INPUT,
    SCRIPT_EXPECT_ARROWS,
    SCRIPT_EXPECT_TEXT,
    SCRIPT_TAP,
    SCRIPT_SWIPE,
    SCRIPT_TOUCH_CONTENT,
    SCRIPT_RELOAD,
    SCRIPT_EXPECT_SPEAKING,
    SCRIPT_EXPECT_SILENT,
} script_op_t;

/* Which way a swipe's finger moves, as the visitor sees the picture. */
typedef enum {
    SCRIPT_SWIPE_NONE,
    SCRIPT_SWIPE_LEFT,  /* the next slide, as a page turned */
    SCRIPT_SWIPE_RIGHT, /* the previous one */
} script_swipe_t;

/* What a tap goes down on: a pixel, or the middle of a control. */
typedef enum {
    SCRIPT_AT_PIXEL,
    SCRIPT_AT_LANG, /* the language button */
    SCRIPT_AT_BACK, /* the back chevron */
    SCRIPT_AT_NEXT, /* the next chevron */
    SCRIPT_AT_SPEAKER, /* the speaker button (with narration) */
} script_at_t;

/* Which chevrons show, as bits. */
#define SCRIPT_ARROW_BACK 1u
#define SCRIPT_ARROW_NEXT 2u

typedef struct {
    script_op_t op;
    sm_event_kind_t key; /* SCRIPT_KEY */
    uint64_t ms;         /* SCRIPT_WAIT */
    uint32_t slide;      /* SCRIPT_EXPECT_SLIDE, 1-based */
    sm_state_t state;    /* SCRIPT_EXPECT_STATE */
    lang_t lang;         /* SCRIPT_EXPECT_LANG */
    const char *path;    /* SCRIPT_SHOT, points into the parsed line */
    const char *text;    /* SCRIPT_EXPECT_TEXT, likewise */
    bool touch;          /* SCRIPT_EXPECT_INPUT: touch, not keys */
    unsigned arrows;     /* SCRIPT_EXPECT_ARROWS: SCRIPT_ARROW_* bits */
    script_at_t at;      /* SCRIPT_TAP: a pixel (x, y) or a control */
    uint32_t x, y;       /* SCRIPT_TAP: the panel's pixel (the runner checks
                          * it is on the panel) */
    script_swipe_t swipe; /* SCRIPT_SWIPE */
} script_cmd_t;

/* The largest coordinate a tap may name (larger than any panel). */
#define SCRIPT_MAX_COORD 65535u

/* The longest wait one command may ask for: ten years, far past any test,
 * and small enough that no sum of waits overflows 64 bits. */
#define SCRIPT_MAX_WAIT_MS 315360000000ull

/* Parses one NUL-terminated line, in place (the line is modified and the
 * command may point into it). False with a message in err on a bad line. */
bool script_parse_line(char *line, script_cmd_t *cmd, char *err,
                       size_t err_cap);

#endif
