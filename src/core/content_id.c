/* content_id.c - ids made from content; see content_id.h. */
#include "content_id.h"

#include <stdio.h>
#include <string.h>

static bool id_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool content_id_valid(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > LIMIT_ID) return false;
    for (size_t i = 0; i < n; i++)
        if (!id_char(id[i])) return false;
    return true;
}

/* The base letter of an accented Latin-1 letter written as UTF-8 C3 xx
 * (á, é, ñ, ü... and their capitals), or 0: López reads "lopez" in an id,
 * not "lpez". */
static char latin1_base(unsigned char second)
{
    static const char base[65] = "aaaaaaaceeeeiiiidnooooo/ouuuuyts"
                                 "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    if (second < 0x80 || second > 0xBF) return 0;
    char c = base[second - 0x80];
    return c == '/' ? 0 : c;
}

/* What next_id_char returns for a character that is left out without
 * ending the word: an apostrophe ("North Korea's" reads "koreas"). */
#define ID_SKIP 1

/* The next character of `s` as an id letter or digit, 0 for a separator,
 * ID_SKIP for an apostrophe; moves *s past it (one UTF-8 character). */
static char next_id_char(const char **s)
{
    unsigned char c = (unsigned char)**s;
    (*s)++;
    if (c == '\'') return ID_SKIP;
    /* U+2019, the typographic apostrophe. */
    if (c == 0xE2 && (unsigned char)(*s)[0] == 0x80 &&
        (unsigned char)(*s)[1] == 0x99) {
        *s += 2;
        return ID_SKIP;
    }
    if (c >= 'A' && c <= 'Z') return (char)(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return (char)c;
    if (c == 0xC3 && **s) return latin1_base((unsigned char)*(*s)++);
    while ((c & 0xC0) == 0xC0 && ((unsigned char)**s & 0xC0) == 0x80) (*s)++;
    return 0;
}

/* Appends the words of `s` to out[0..*n), a '-' before each, keeping
 * only whole words: the id ends at the last word that fits in LIMIT_ID. */
static void append_words(char *out, size_t *n, const char *s)
{
    size_t whole = *n; /* the end of the last word written whole */
    bool in_word = false, cut = false;
    while (*s && !cut) {
        char c = next_id_char(&s);
        if (c == ID_SKIP) continue;
        if (!c) {
            if (in_word) whole = *n;
            in_word = false;
            continue;
        }
        /* A new word needs its '-' and at least one letter. */
        size_t need = in_word ? 1 : 2;
        if (*n + need > LIMIT_ID) {
            cut = true;
            break;
        }
        if (!in_word) out[(*n)++] = '-';
        out[(*n)++] = c;
        in_word = true;
    }
    /* A word still open at the end of the text was written whole. */
    if (in_word && !cut) whole = *n;
    *n = whole;
    /* Nothing of a cut word stays past the end: a made id is byte for byte
     * the same as the id written out and read back (tests/fuzz). */
    memset(out + whole, 0, LIMIT_ID + 1 - whole);
}

void content_id_make(content_id_t out, const char *kind, content_date_t date,
                     const char *words)
{
    int n;
    if (date.year == 0) n = snprintf(out, LIMIT_ID + 1, "%s", kind);
    else if (date.month == 0)
        n = snprintf(out, LIMIT_ID + 1, "%s-%04d", kind, date.year);
    else if (date.day == 0)
        n = snprintf(out, LIMIT_ID + 1, "%s-%04d-%02u", kind, date.year,
                     date.month);
    else
        n = snprintf(out, LIMIT_ID + 1, "%s-%04d-%02u-%02u", kind, date.year,
                     date.month, date.day);
    size_t len = n < 0 ? 0 : (size_t)n;
    append_words(out, &len, words);
}
