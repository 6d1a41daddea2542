/* utf8.h - strict UTF-8 validation (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF). Used on every line of content before it is
 * stored, so the renderer only ever sees well-formed text. */
#ifndef KIOSK_UTF8_H
#define KIOSK_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..n) is valid UTF-8. Otherwise false, and *bad_at (when
 * not NULL) is the offset of the first byte of the invalid sequence. */
bool utf8_valid(const char *s, size_t n, size_t *bad_at);

/* The length of s[0..n) without a character cut off at its end (a lead
 * byte whose continuation bytes are missing): where a text cut at a byte
 * limit may end without splitting a character. */
size_t utf8_whole_prefix(const char *s, size_t n);

/* The length of the byte-order mark s[0..n) starts with: 3, or 0 when it
 * has none. Editors on Windows (Notepad) put one at the start of a UTF-8
 * file; the text proper starts after it. */
size_t utf8_bom_length(const char *s, size_t n);

#endif
