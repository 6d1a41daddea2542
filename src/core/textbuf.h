/* textbuf.h - text built up in a caller's fixed buffer, all or nothing:
 * once something does not fit, the text is marked full and nothing more
 * is added, so a writer can refuse a cut file (metrics.c, usage.c). */
#ifndef KIOSK_TEXTBUF_H
#define KIOSK_TEXTBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *buf;
    size_t cap, len;
    bool full; /* something did not fit */
} textbuf_t;

/* An empty text in buf[0..cap); cap must be at least 1. */
textbuf_t textbuf_start(char *buf, size_t cap);

/* Appends printf-style; on overflow marks the text full. */
void textbuf_put(textbuf_t *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The text's length, or 0 (and an empty buf) when it did not fit. */
size_t textbuf_end(textbuf_t *t);

#endif
