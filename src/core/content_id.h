/* content_id.h - a record's identity across versions of the content.
 *
 * --compare matches a new rendering's slides with the old one's by id, not
 * by number: adding an event moves every later slide's number, never its
 * id. An id is the curator's own (`id = ...` in the record), or made from
 * what a visitor reads: the kind, the date and the first English words of
 * the headline ("event-2003-relations-reach-a-low"), or an ambassador's
 * name ("ambassador-pak-yong-se"). A made id changes when those words do;
 * a curator who mends a headline and wants the slide reported as changed,
 * not as removed and added, gives the record an `id` first.
 */
#ifndef KIOSK_CONTENT_ID_H
#define KIOSK_CONTENT_ID_H

#include <stdbool.h>

#include "content.h"

/* 1 to LIMIT_ID characters, each a lower-case ASCII letter, a digit or '-'. */
bool content_id_valid(const char *id);

/* "KIND[-DATE]-WORDS": `date` only when its year is set, `words` reduced
 * to lower-case ASCII letters and digits between single '-' (accented
 * Latin letters lose their accent, other characters separate words), the
 * whole cut at a word's end to fit LIMIT_ID. */
void content_id_make(content_id_t out, const char *kind, content_date_t date,
                     const char *words);

#endif
