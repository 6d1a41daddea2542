/* manifest.h - DIR/slides.tsv: which slide each picture of --shots is.
 *
 * --shots DIR writes it beside the pictures, a line per slide:
 *
 *     NNN <tab> ID <tab> TITLE
 *
 * (the slide's number, its id from deck_slide_id, its title in --lang),
 * after one "#" comment line. --compare DIR reads it back to match the new
 * slides with the old by id, not by number: an event added early moves
 * every later number, never an id.
 */
#ifndef KIOSK_MANIFEST_H
#define KIOSK_MANIFEST_H

#include <stdbool.h>
#include <stdint.h>

#include "kiosk.h"

#define MANIFEST_NAME "slides.tsv"
/* A title as deck_slide_title makes it: a date and a headline, or a
 * nameless ambassador row's observations. */
#define MANIFEST_TITLE (64 + LIMIT_LONG_TEXT)

typedef struct {
    char id[LIMIT_ID + 1];
    char title[MANIFEST_TITLE + 1];
} manifest_entry_t;

typedef struct {
    manifest_entry_t entries[LIMIT_SLIDES]; /* entries[i]: slide i + 1 */
    uint32_t count;
} manifest_t;

/* Writes DIR/slides.tsv for the kiosk's deck in its language; logs why
 * not. */
bool manifest_write(const char *dir, const kiosk_t *k);

/* Reads DIR/slides.tsv; on a problem prints "PATH:LINE: message" (or
 * "PATH: message") to stderr and returns false. */
bool manifest_read(const char *dir, manifest_t *m);

/* The index of the entry with this id, or UINT32_MAX. */
uint32_t manifest_find(const manifest_t *m, const char *id);

#endif
