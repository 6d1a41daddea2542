/* kiosk.h - the whole chain in one place: content -> deck -> state
 * machine -> screen. The live loop and the headless runner both drive a
 * kiosk_t; they differ only in where events and time come from. */
#ifndef KIOSK_KIOSK_H
#define KIOSK_KIOSK_H

#include <stdbool.h>

#include "../core/content.h"
#include "../core/deck.h"
#include "../core/sm.h"
#include "screen.h"

typedef struct {
    content_t content;
    deck_t deck;
    sm_t sm;
    screen_t screen;
} kiosk_t;

/* Loads content (a file, or the built-in one when path is NULL or the file
 * is invalid), builds the deck, starts the machine in ATTRACT. */
bool kiosk_start(kiosk_t *k, const char *content_path, lang_t lang);

/* Feeds one event to the state machine; logs changes of state. */
void kiosk_event(kiosk_t *k, sm_event_t event);

#endif
