/* kiosk.h - the whole chain in one place: content -> deck -> state
 * machine -> screen. The live loop and the headless runner both drive a
 * kiosk_t; they differ only in where events and time come from. */
#ifndef KIOSK_KIOSK_H
#define KIOSK_KIOSK_H

#include <stdbool.h>

#include "../core/content.h"
#include "../core/deck.h"
#include "../core/settings.h"
#include "../core/sm.h"
#include "reload.h"
#include "screen.h"

typedef struct kiosk {
    content_t content;
    deck_t deck;
    sm_t sm;
    screen_t screen;
    uint64_t now_ms; /* the kiosk's clock: the sum of every tick fed in */
    settings_t settings; /* as it runs: defaults, file, command line */
    reload_t reload;     /* watches the content file, if there is one */
} kiosk_t;

/* Loads content (a file, or the built-in one when path is NULL or the file
 * is invalid), builds the deck, starts the machine in ATTRACT. */
bool kiosk_start(kiosk_t *k, const settings_t *settings);

/* Feeds one event to the state machine (a tick also moves the kiosk's
 * clock); logs changes of state and language. */
void kiosk_event(kiosk_t *k, sm_event_t event);

/* Shows new, valid content in place of the current one, keeping the
 * visitor on the same slide where it still exists (hot reload). */
void kiosk_switch_content(kiosk_t *k, const content_t *content);

/* Brings the framebuffer up to date; see screen_update. */
int kiosk_draw(kiosk_t *k, SDL_Surface *fb, SDL_Rect *dirty);

#endif
