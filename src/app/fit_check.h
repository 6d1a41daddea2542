/* fit_check.h - does every text of a content keep its minimum size on
 * every supported panel, in both languages? The part of --check-content
 * that lays the slides out.
 *
 * Every slide is laid out as the kiosk would lay it out (the view, with
 * the embedded fonts' measurements) on each panel of FIT_CHECK_PANELS, in
 * each language. A text that does not fit even at its minimum size
 * (view.h: a cap height of 2.5% of the panel's shorter side, 1.6% for a
 * label) is an error; one that fits only by shrinking below the size the
 * layout gave it, but not below the minimum, is a warning. Each is printed
 * compiler style, naming the line of the slide's record ([event] ...), the
 * slide, the panel, the language and the text:
 *
 *   FILE:LINE: slide 5 (event) at 800x480 in es: "Como miembro ..." does
 *     not fit even at the minimum size (capitals 12 px: 2.5% of 480 px);
 *     shorten it
 *   FILE:LINE: warning: slide 5 (event) at 800x480 in es: "Como ..."
 *     shrinks from 21 px to 19 px to fit (capitals 12 px; the minimum 12)
 *
 * Needs fonts_init().
 */
#ifndef KIOSK_FIT_CHECK_H
#define KIOSK_FIT_CHECK_H

#include <stdint.h>
#include <stdio.h>

#include "../core/deck.h"
#include "content_source.h"

/* The panels the kiosk is laid out and tested for (tests/layout.sh). */
#define FIT_CHECK_PANELS                                                    \
    {{1920, 1080}, {1280, 720}, {3840, 2160}, {1080, 1920}, {800, 480}}

typedef struct {
    uint32_t errors;   /* texts that do not fit at their minimum size */
    uint32_t warnings; /* texts that fit only by shrinking */
} fit_check_result_t;

/* Lays out every slide of `deck` (built from `content`, loaded from
 * `text`, named `name`) and prints each problem to `out`. */
fit_check_result_t fit_check(const char *name, content_text_t text,
                             const content_t *content, const deck_t *deck,
                             FILE *out);

/* The line (1-based) of the index-th (0-based) "[section]" header in the
 * text, or 0 when there is none. */
uint32_t fit_check_header_line(content_text_t text, const char *section,
                               uint32_t index);

#endif
