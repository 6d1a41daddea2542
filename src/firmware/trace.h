/* trace.h - the core on a board, as text: a script's run and every
 * slide's layout, one line at a time.
 *
 * The same program runs on the Cortex-M7 (main.c, measuring text with the
 * generated tables) and on the build machine (tests/firmware/host_trace.c,
 * measuring with SDL_ttf, as the simulator draws): the two outputs must be
 * equal line for line (tests/firmware/run.sh). It drives the core as the
 * simulator's headless runner does (src/app/run_headless.c, kiosk.c,
 * screen.c): content -> deck -> state machine -> view, on a simulated
 * clock, upright panel, opening hours "always", no narration, touch
 * "auto". Portable C11 on the core alone: no SDL, no allocation.
 */
#ifndef KIOSK_TRACE_H
#define KIOSK_TRACE_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/content.h"
#include "../core/deck.h"
#include "../core/textfit.h"

/* The panel both sides lay out for: the board's (README, "Firmware"). */
#define TRACE_PANEL_W 800
#define TRACE_PANEL_H 480

/* Where the lines go: one NUL-terminated line a call, without "\n". */
typedef void (*trace_out_t)(const char *line);

typedef struct {
    const content_t *content; /* loaded and valid */
    const deck_t *deck;       /* built from it with the default settings */
    const textfit_measure_t *measure;
    int width, height;        /* the panel */
    trace_out_t out;
} trace_board_t;

/* Builds the deck of `content` as the kiosk does with default settings. */
void trace_deck(content_t *content, deck_t *deck);

/* Runs a script (tests/scripts/, script.h) of `size` bytes, printing a
 * line for every command and every change of the machine. False when a
 * line does not parse, an expectation fails or a command has no meaning
 * on the board (shot, reload...): that is printed too, as "FAIL ...". */
bool trace_script(const trace_board_t *b, const char *name, const char *text,
                  size_t size);

/* Prints the view of every slide, in each language, with the hints of
 * keys and of touch: its fills, texts (with their lines), controls and
 * chrome. Returns the number of views printed. */
unsigned trace_views(const trace_board_t *b);

#endif
