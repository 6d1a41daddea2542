/* narration.h - what the kiosk says when a visitor asks to hear a slide,
 * and when it says it.
 *
 * The text is built from the content table alone, in the order a sighted
 * visitor reads the slide (the same parts, in the same order, as
 * reading.c counts: heading, date, title, text; for an ambassador the
 * name, the observations and the era), so that a blind visitor hears what
 * the others read, nothing added but the pauses. The parts are joined
 * with ". " (a part that already ends a sentence gets only the space),
 * so that the synthesiser pauses between them as a reader's eye does
 * between boxes. Labels with their value ("Líder: Kim Il Sung") are
 * joined with ": ". The screen's chrome (the counter, the L hint, the
 * progress bar) is not read.
 *
 * When: the narrator follows the state machine (narrator_follow after
 * every event) and says what the platform's speech must do: speak the
 * slide on show, stop, or nothing. It reads no clock and plays no sound.
 */
#ifndef KIOSK_NARRATION_H
#define KIOSK_NARRATION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "content.h"
#include "deck.h"
#include "sm.h"

/* The longest narration any valid content can make: the trade slide at
 * every limit (its heading, 8 facts of a date, a figure and a 600-byte
 * text, 16 goods and 2 side headings), each part with its separator, is
 * under 9 KiB; the missions slide under 6 KiB. */
#define NARRATION_TEXT_MAX (12 * 1024)

/* The settings' `narration`. */
typedef enum {
    NARRATION_OFF,        /* never; no speaker button */
    NARRATION_ON_REQUEST, /* A or the speaker button turns it on for the
                           * visit (the default) */
    NARRATION_ALWAYS,     /* every slide read as it shows, the attract loop
                           * too; A turns it off for the visit */
} narration_mode_t;

/* "off", "on-request", "always"; false for anything else. */
bool narration_mode_parse(const char *name, narration_mode_t *out);
const char *narration_mode_name(narration_mode_t mode);

/* Writes the narration of slide `index` in `lang` into out (NUL ended)
 * and returns its length. cap must be at least NARRATION_TEXT_MAX + 1. */
size_t narration_text(const content_t *c, const deck_t *deck, uint32_t index,
                      lang_t lang, char *out, size_t cap);

/* The speaker button's word: the content's [labels] listen (silent) or
 * listen_stop (reading), or when the content gives none, "Escuchar" /
 * "Listen" and "Detener" / "Stop". */
const char *narration_button_label(const content_t *c, lang_t lang, bool on);

/* What the speech must do after an event. */
typedef enum {
    NARRATOR_NOTHING, /* go on as it is (speaking or not) */
    NARRATOR_SPEAK,   /* stop whatever it says, and read the slide on show */
    NARRATOR_STOP,    /* stop */
} narrator_action_t;

typedef struct {
    narration_mode_t mode;
    bool available; /* the platform can speak (a voice and a sound device) */
    bool on;        /* narration is on for this visit */
    bool spoken;    /* `slide` in `lang` was handed to the speech */
    uint32_t slide; /* what it last handed over */
    lang_t lang;
} narrator_t;

/* Off until narrator_follow sees a reason. Without `available` it never
 * asks for anything (and the speaker button is not shown). */
void narrator_init(narrator_t *n, narration_mode_t mode, bool available);

/* After the machine took `event` (SM_EV_NARRATE: the visitor's A).
 * Narration is on while a visit lasts: it ends when the machine returns
 * to ATTRACT by itself (the idle or pause timeout) or sleeps. With
 * NARRATION_ALWAYS it is on again from then on, for the next visitor. */
narrator_action_t narrator_follow(narrator_t *n, const sm_t *sm,
                                  sm_event_kind_t event);

/* Whether the speaker button shows: narration can be had. */
bool narrator_offered(const narrator_t *n);

#endif
