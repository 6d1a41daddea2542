/* lang.c - the kiosk's languages; see lang.h. */
#include "lang.h"

#include <string.h>

static const char *const codes[LANG_COUNT] = {"es", "en"};

const char *lang_code(lang_t lang) { return codes[lang]; }

bool lang_parse(const char *code, lang_t *out)
{
    for (int i = 0; i < LANG_COUNT; i++)
        if (strcmp(code, codes[i]) == 0) {
            *out = (lang_t)i;
            return true;
        }
    return false;
}

lang_t lang_other(lang_t lang) { return lang == LANG_ES ? LANG_EN : LANG_ES; }
