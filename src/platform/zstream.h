/* zstream.h - one zlib stream (RFC 1950), made on two cores.
 *
 * A PNG's pixels are one zlib stream, and deflating it was most of the
 * time a slide took to save (README "Benchmark"). The stream is cut in two
 * pieces deflated at once, one on a second thread: zlib deflates the
 * first and ends it with a sync flush (byte-aligned, not final), libdeflate
 * the last (libdeflate is faster, but cannot flush: its output always ends
 * the stream); one after the other they are one valid deflate stream, and
 * the two checksums combine into the stream's Adler-32. On one core, or if
 * no thread can be had, libdeflate makes the whole stream alone.
 */
#ifndef KIOSK_ZSTREAM_H
#define KIOSK_ZSTREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* At most this many bytes of zlib stream for n bytes in. */
size_t zstream_bound(size_t n);

/* Deflates in[0..n) (fast, level 1) into out[0..cap) as one zlib stream;
 * its length, or 0 when memory runs out or cap is short. */
size_t zstream_compress(const uint8_t *in, size_t n, uint8_t *out, size_t cap);

#endif
