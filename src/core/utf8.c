/* utf8.c - strict UTF-8 validation; see utf8.h. */
#include "utf8.h"

#include <stdint.h>
#include <string.h>

/* Length of the sequence a lead byte starts, or 0 for a byte that cannot
 * start one (a continuation byte, C0/C1 overlong leads, F5..FF). */
static size_t sequence_length(uint8_t lead)
{
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

/* The allowed range of the second byte depends on the lead byte: this is
 * what rules out overlong forms, surrogates and code points past U+10FFFF. */
static bool second_byte_ok(uint8_t lead, uint8_t second)
{
    uint8_t lo = 0x80, hi = 0xBF;
    if (lead == 0xE0) lo = 0xA0;
    else if (lead == 0xED) hi = 0x9F;
    else if (lead == 0xF0) lo = 0x90;
    else if (lead == 0xF4) hi = 0x8F;
    return second >= lo && second <= hi;
}

bool utf8_valid(const char *s, size_t n, size_t *bad_at)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    while (i < n) {
        size_t len = sequence_length(p[i]);
        bool ok = len != 0 && i + len <= n;
        if (ok && len > 1) ok = second_byte_ok(p[i], p[i + 1]);
        for (size_t k = 2; ok && k < len; k++) ok = (p[i + k] & 0xC0) == 0x80;
        if (!ok) {
            if (bad_at) *bad_at = i;
            return false;
        }
        i += len;
    }
    return true;
}

size_t utf8_whole_prefix(const char *s, size_t n)
{
    const uint8_t *p = (const uint8_t *)s;
    /* A character is at most 4 bytes: look back at most 3 for its lead. */
    for (size_t back = 1; back <= 3 && back <= n; back++) {
        uint8_t b = p[n - back];
        if ((b & 0xC0) == 0x80) continue; /* a continuation byte */
        size_t len = sequence_length(b);
        return len > back ? n - back : n;
    }
    return n;
}

size_t utf8_bom_length(const char *s, size_t n)
{
    return n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}
