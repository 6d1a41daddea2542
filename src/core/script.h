/* script.h - the headless script language, one command a line:
 *
 *     key right|left|home|end|space|l|a  a key press as a visitor makes it
 *     tap X Y                         a finger's tap at panel pixel (X, Y)
 *     swipe left|right                a finger's swipe across the picture
 *     wait MS                         advance the simulated clock
 *     shot PATH                       write the current screen as a PNG
 *     expect slide N                  fail unless slide N (from 1) shows
 *     expect state NAME               fail unless the machine is in NAME
 *     expect lang es|en               fail unless the slide shows in it
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

typedef struct {
    script_op_t op;
    sm_event_kind_t key; /* SCRIPT_KEY */
    uint64_t ms;         /* SCRIPT_WAIT */
    uint32_t slide;      /* SCRIPT_EXPECT_SLIDE, 1-based */
    sm_state_t state;    /* SCRIPT_EXPECT_STATE */
    lang_t lang;         /* SCRIPT_EXPECT_LANG */
    const char *path;    /* SCRIPT_SHOT, points into the parsed line */
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
