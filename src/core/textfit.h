/* textfit.h - fitting text into a box: word wrap, shrink, then ellipsis.
 *
 * The core decides where every line breaks and at what size, so the same
 * decision can be tested without SDL and reported (an overflow is a fact
 * the tests can see, not a picture to squint at). The board supplies only
 * measurements, through textfit_measure_t.
 *
 * How a text is fitted into a box of w x h pixels, at a nominal size:
 *   1. wrap on spaces at the nominal size; done if the lines fit in h;
 *   2. otherwise shrink in steps of about 8% down to the floor (the
 *      caller's: the smallest size its kind of text may have on this
 *      panel) and wrap again;
 *   3. only at the floor, keep the lines that fit and end the last one with
 *      an ellipsis; `ellipsized` tells the caller the text does not fit at
 *      any size it may have (an error of the content, for --check-content).
 * A word wider than the box is broken between characters rather than ever
 * drawn past the box's edge. A newline ("\n") always ends a line: a list is
 * one text, so its items shrink together and keep one size.
 */
#ifndef KIOSK_TEXTFIT_H
#define KIOSK_TEXTFIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "limits.h"

typedef enum {
    FACE_REGULAR,
    FACE_BOLD,
} textfit_face_t;

/* The board's measurements of its fonts, in pixels. */
typedef struct {
    int (*width)(void *ctx, textfit_face_t face, int px, const char *s,
                 size_t n);
    int (*line_height)(void *ctx, textfit_face_t face, int px);
    /* A capital's height as drawn (H, from the baseline up): minimum
     * sizes are set in cap height, which is what a reader sees, whatever
     * the font's em square. */
    int (*cap_height)(void *ctx, textfit_face_t face, int px);
    void *ctx;
} textfit_measure_t;
#define TEXTFIT_ELLIPSIS "\xE2\x80\xA6" /* U+2026 */

typedef struct {
    uint16_t start, length; /* bytes of the source text on this line */
} textfit_line_t;

typedef struct {
    textfit_face_t face;
    int px;          /* the size the text was fitted at */
    int line_height; /* at that size */
    int width;       /* of the widest line */
    int height;      /* of all lines */
    uint8_t line_count;
    bool shrunk;     /* smaller than nominal */
    bool ellipsized; /* cut short at the floor size: it does not fit */
    textfit_line_t lines[LIMIT_TEXT_LINES];
} textfit_t;

/* Fits `text` (UTF-8, NUL-terminated) into box_w x box_h, at nominal_px
 * or smaller but never below floor_px. */
void textfit_fit(const textfit_measure_t *m, const char *text,
                 textfit_face_t face, int nominal_px, int floor_px, int box_w,
                 int box_h, textfit_t *out);

/* The smallest size whose capitals are at least cap_px tall (at least 1). */
int textfit_px_for_cap(const textfit_measure_t *m, textfit_face_t face,
                       int cap_px);

#endif
