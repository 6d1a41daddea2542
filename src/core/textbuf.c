/* textbuf.c - all-or-nothing text in a fixed buffer; see textbuf.h. */
#include "textbuf.h"

#include <stdarg.h>
#include <stdio.h>

textbuf_t textbuf_start(char *buf, size_t cap)
{
    buf[0] = '\0';
    return (textbuf_t){buf, cap, 0, false};
}

void textbuf_put(textbuf_t *t, const char *fmt, ...)
{
    if (t->full) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->buf + t->len, t->cap - t->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= t->cap - t->len) t->full = true;
    else t->len += (size_t)n;
}

size_t textbuf_end(textbuf_t *t)
{
    if (!t->full) return t->len;
    t->buf[0] = '\0';
    return 0;
}
