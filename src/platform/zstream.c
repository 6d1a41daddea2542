/* zstream.c - one zlib stream, made on two cores; see zstream.h. */
#include "zstream.h"

#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

/* Level 1: on the slides (flat colour and text) higher levels took 1.6
 * times as long for files 3 to 9% smaller. */
#define LEVEL 1
/* zlib's share of the input: it deflates about 1.4 times slower than
 * libdeflate here (13 ms against 9 for a 1080p slide), so the two pieces
 * end together when zlib takes two fifths. */
#define ZLIB_SHARE_NUM 2u
#define ZLIB_SHARE_DEN 5u
/* Below this, a second thread costs more than it saves. */
#define SPLIT_MIN_BYTES (256u * 1024u)
#define ZLIB_HEADER_SIZE 2
#define ADLER_SIZE 4
/* A sync flush ends a piece with an empty stored block: 5 bytes, and a
 * few bits before it; deflateBound counts neither. */
#define FLUSH_MARGIN 16u

typedef struct {
    const uint8_t *in;
    size_t n;
    uint8_t *out;
    size_t cap, len;  /* len 0: failed */
    uint32_t adler;
} piece_t;

static void put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

/* The first piece: raw deflate (no zlib wrapper), sync-flushed. */
static void *deflate_first(void *arg)
{
    piece_t *p = arg;
    p->len = 0;
    p->adler = (uint32_t)adler32(adler32(0, NULL, 0), p->in, (uInt)p->n);
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, LEVEL, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return NULL;
    z.next_in = (Bytef *)(uintptr_t)p->in; /* zlib's API is not const */
    z.avail_in = (uInt)p->n;
    z.next_out = p->out;
    z.avail_out = (uInt)p->cap;
    int rc = deflate(&z, Z_SYNC_FLUSH);
    /* Done when all went in and room was left over: nothing is pending. */
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out > 0) p->len = z.total_out;
    deflateEnd(&z);
    return NULL;
}

/* The last piece: raw deflate ending the stream. */
static void deflate_last(piece_t *p)
{
    p->len = 0;
    p->adler = libdeflate_adler32(1, p->in, p->n);
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(LEVEL);
    if (!c) return;
    p->len = libdeflate_deflate_compress(c, p->in, p->n, p->out, p->cap);
    libdeflate_free_compressor(c);
}

static bool two_cores(void) { return sysconf(_SC_NPROCESSORS_ONLN) > 1; }

size_t zstream_bound(size_t n)
{
    /* Both pieces at their worst (stored blocks), plus the wrapper. */
    size_t first = compressBound((uLong)n) + FLUSH_MARGIN;
    size_t last = libdeflate_deflate_compress_bound(NULL, n);
    return ZLIB_HEADER_SIZE + first + last + ADLER_SIZE;
}

/* Deflates the pieces, the first on a thread of its own when it can. */
static void deflate_pieces(piece_t *first, piece_t *last)
{
    pthread_t thread;
    bool threaded = pthread_create(&thread, NULL, deflate_first, first) == 0;
    deflate_last(last);
    if (threaded) pthread_join(thread, NULL);
    else deflate_first(first);
}

size_t zstream_compress(const uint8_t *in, size_t n, uint8_t *out, size_t cap)
{
    /* zlib counts in 32 bits, and a PNG chunk holds 2^31 - 1 bytes. */
    if (n > 0x7FFFFFFFu || cap < zstream_bound(n)) return 0;
    size_t split = n >= SPLIT_MIN_BYTES && two_cores()
                       ? n / ZLIB_SHARE_DEN * ZLIB_SHARE_NUM : 0;
    uint8_t *body = out + ZLIB_HEADER_SIZE;
    piece_t first = {in, split, body, compressBound((uLong)split) + FLUSH_MARGIN, 0, 1};
    size_t last_cap = libdeflate_deflate_compress_bound(NULL, n - split);
    piece_t last = {in + split, n - split, malloc(last_cap), last_cap, 0, 1};
    if (!last.out) return 0;
    if (split) deflate_pieces(&first, &last);
    else deflate_last(&last);
    bool ok = last.len > 0 && (split == 0 || first.len > 0);
    if (ok) {
        memcpy(body + first.len, last.out, last.len);
        /* 0x78 0x01: deflate with a 32 KiB window, "fastest" level. */
        out[0] = 0x78;
        out[1] = 0x01;
        uint32_t adler = split ? (uint32_t)adler32_combine(first.adler, last.adler,
                                                           (z_off_t)last.n)
                               : last.adler;
        put_be32(body + first.len + last.len, adler);
    }
    free(last.out);
    return ok ? ZLIB_HEADER_SIZE + first.len + last.len + ADLER_SIZE : 0;
}
