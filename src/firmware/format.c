/* format.c - snprintf and vsnprintf for the firmware, without a heap.
 *
 * newlib-nano's printf family links malloc (its string streams can grow,
 * for asprintf), and the image must link no allocator (the Makefile
 * checks). The core formats its texts with snprintf (dates, the slide
 * counter, the loader's messages); these two replace the library's in the
 * image, with what the core uses: flags - 0 + and space, width and
 * precision (numbers or *), the lengths hh h l ll z j t, and the
 * conversions d i u o x X c s p %. No floating point: the core has none.
 * Output is cut to the buffer and always terminated; the return value is
 * the full length, as C11 says.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
    char *buf;
    size_t cap, len; /* len counts what would have been written */
} sink_t;

static void put(sink_t *s, char c)
{
    if (s->len + 1 < s->cap) s->buf[s->len] = c;
    s->len++;
}

static void put_n(sink_t *s, char c, int n)
{
    for (; n > 0; n--) put(s, c);
}

typedef struct {
    bool left, zero, plus, space;
    int width, precision; /* precision -1: none given */
    char length;          /* 'H' hh, 'h', 'l', 'L' ll (and j), 'z' (and t) */
} spec_t;

/* An argument of the integer length the spec names, widened. */
static uint64_t unsigned_arg(va_list *ap, char length)
{
    switch (length) {
    case 'L': return va_arg(*ap, unsigned long long);
    case 'l': return va_arg(*ap, unsigned long);
    case 'z': return va_arg(*ap, size_t);
    case 'h': return (unsigned short)va_arg(*ap, unsigned);
    case 'H': return (unsigned char)va_arg(*ap, unsigned);
    default: return va_arg(*ap, unsigned);
    }
}

static int64_t signed_arg(va_list *ap, char length)
{
    switch (length) {
    case 'L': return va_arg(*ap, long long);
    case 'l': return va_arg(*ap, long);
    case 'z': return (int64_t)va_arg(*ap, ptrdiff_t);
    case 'h': return (short)va_arg(*ap, int);
    case 'H': return (signed char)va_arg(*ap, int);
    default: return va_arg(*ap, int);
    }
}

/* A number's digits with its sign, padded to the spec. */
static void put_number(sink_t *s, const spec_t *sp, uint64_t v, bool negative,
                       unsigned base, bool upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = digits[v % base];
        v /= base;
    } while (v);
    if (sp->precision == 0 && n == 1 && tmp[0] == '0') n = 0;
    int zeros = sp->precision > n ? sp->precision - n : 0;
    char sign = negative ? '-' : sp->plus ? '+' : sp->space ? ' ' : '\0';
    int total = n + zeros + (sign ? 1 : 0);
    int pad = sp->width > total ? sp->width - total : 0;
    if (sp->zero && !sp->left && sp->precision < 0) {
        zeros += pad;
        pad = 0;
    }
    if (!sp->left) put_n(s, ' ', pad);
    if (sign) put(s, sign);
    put_n(s, '0', zeros);
    while (n > 0) put(s, tmp[--n]);
    if (sp->left) put_n(s, ' ', pad);
}

static void put_string(sink_t *s, const spec_t *sp, const char *str)
{
    if (!str) str = "(null)";
    int n = 0;
    while (str[n] && (sp->precision < 0 || n < sp->precision)) n++;
    int pad = sp->width > n ? sp->width - n : 0;
    if (!sp->left) put_n(s, ' ', pad);
    for (int i = 0; i < n; i++) put(s, str[i]);
    if (sp->left) put_n(s, ' ', pad);
}

/* Reads flags, width, precision and length after a '%'. */
static const char *parse_spec(const char *f, va_list *ap, spec_t *sp)
{
    *sp = (spec_t){.precision = -1};
    for (;; f++) {
        if (*f == '-') sp->left = true;
        else if (*f == '0') sp->zero = true;
        else if (*f == '+') sp->plus = true;
        else if (*f == ' ') sp->space = true;
        else if (*f != '#') break;
    }
    if (*f == '*') {
        sp->width = va_arg(*ap, int);
        if (sp->width < 0) { sp->left = true; sp->width = -sp->width; }
        f++;
    }
    for (; *f >= '0' && *f <= '9'; f++) sp->width = sp->width * 10 + (*f - '0');
    if (*f == '.') {
        f++;
        sp->precision = 0;
        if (*f == '*') {
            sp->precision = va_arg(*ap, int);
            f++;
        }
        for (; *f >= '0' && *f <= '9'; f++)
            sp->precision = sp->precision * 10 + (*f - '0');
    }
    if (f[0] == 'h' && f[1] == 'h') { sp->length = 'H'; f += 2; }
    else if (f[0] == 'l' && f[1] == 'l') { sp->length = 'L'; f += 2; }
    else if (*f == 'h' || *f == 'l' || *f == 'z') sp->length = *f++;
    else if (*f == 'j') { sp->length = 'L'; f++; }
    else if (*f == 't') { sp->length = 'z'; f++; }
    return f;
}

static void convert(sink_t *s, const spec_t *sp, char c, va_list *ap)
{
    switch (c) {
    case 'd':
    case 'i': {
        int64_t v = signed_arg(ap, sp->length);
        put_number(s, sp, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, v < 0, 10, false);
        break;
    }
    case 'u': put_number(s, sp, unsigned_arg(ap, sp->length), false, 10, false); break;
    case 'o': put_number(s, sp, unsigned_arg(ap, sp->length), false, 8, false); break;
    case 'x':
    case 'X': put_number(s, sp, unsigned_arg(ap, sp->length), false, 16, c == 'X'); break;
    case 'p': put_number(s, sp, (uintptr_t)va_arg(*ap, void *), false, 16, false); break;
    case 'c': {
        char one[2] = {(char)va_arg(*ap, int), '\0'};
        spec_t whole = *sp;
        whole.precision = 1;
        put_string(s, &whole, one);
        break;
    }
    case 's': put_string(s, sp, va_arg(*ap, const char *)); break;
    default: put(s, c); break; /* '%', or a conversion the core never uses */
    }
}

int vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap)
{
    sink_t s = {buf, cap, 0};
    va_list args;
    va_copy(args, ap);
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            put(&s, *f);
            continue;
        }
        spec_t sp;
        f = parse_spec(f + 1, &args, &sp);
        if (!*f) break;
        convert(&s, &sp, *f, &args);
    }
    va_end(args);
    if (cap) buf[s.len < cap ? s.len : cap - 1] = '\0';
    return (int)s.len;
}

int snprintf(char *buf, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    return n;
}
