/* lang.h - the languages the kiosk speaks: Spanish first (a kiosk about
 * Mexico in a Mexican museum), English for visitors from abroad. */
#ifndef KIOSK_LANG_H
#define KIOSK_LANG_H

#include <stdbool.h>

typedef enum {
    LANG_ES,
    LANG_EN,
    LANG_COUNT
} lang_t;

#define LANG_DEFAULT LANG_ES

/* "es" or "en": the key suffix in content files and the command line. */
const char *lang_code(lang_t lang);

/* Parses "es" or "en"; false for anything else. */
bool lang_parse(const char *code, lang_t *out);

/* The other language: what the L key switches to. */
lang_t lang_other(lang_t lang);

#endif
