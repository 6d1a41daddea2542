/* pngio.c - PNG files: written with libdeflate, read with libpng; see
 * pngio.h. */
#include "pngio.h"

#include <errno.h>
#include <libdeflate.h>
#include <png.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "zstream.h"

/* Fills `row` with the RGB of picture row y. */
typedef void (*row_source_t)(const void *src, int y, int w, uint8_t *row);

static void fb_source_row(const void *src, int y, int w, uint8_t *row)
{
    const uint32_t *px = fb_row(src, y);
    for (int x = 0; x < w; x++) {
        row[3 * x] = (uint8_t)(px[x] >> 16);
        row[3 * x + 1] = (uint8_t)(px[x] >> 8);
        row[3 * x + 2] = (uint8_t)px[x];
    }
}

static void rgb_row(const void *src, int y, int w, uint8_t *row)
{
    memcpy(row, (const uint8_t *)src + (size_t)y * (size_t)w * 3, (size_t)w * 3);
}

/* ------------------------------------------------------------ writing */

/* The writer lays the file out itself: signature, IHDR, one IDAT with
 * the whole zlib stream (zstream.h: made on two cores), IEND. */

#define CHUNK_OVERHEAD 12 /* length, type and CRC around a chunk's data */
#define IHDR_SIZE 13
#define PNG_MAX_LENGTH 0x7FFFFFFFu /* of a chunk's data */

static const uint8_t png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

static uint8_t *put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
    return p + 4;
}

/* Closes the chunk that starts at `chunk` with `length` bytes of data
 * already in place: writes its length, type and CRC (of type and data)
 * and returns where the next chunk starts. */
static uint8_t *finish_chunk(uint8_t *chunk, const char type[4], size_t length)
{
    put_be32(chunk, (uint32_t)length);
    memcpy(chunk + 4, type, 4);
    uint32_t crc = libdeflate_crc32(0, chunk + 4, 4 + length);
    return put_be32(chunk + 8 + length, crc);
}

/* The raw image and the file are built in buffers kept from one save to
 * the next, grown when a bigger picture comes. Only batches of shots
 * save PNGs (the kiosk on the wall never does), and a fresh 6.2 MB buffer
 * a slide cost page faults and, on its return, TLB shootdowns: about a
 * fifth of a 1080p save (perf). The memory goes when the process ends. */
typedef struct {
    uint8_t *bytes;
    size_t size;
} scratch_t;

static scratch_t raw_scratch, png_scratch;

static uint8_t *scratch(scratch_t *s, size_t size)
{
    if (s->size >= size) return s->bytes;
    free(s->bytes);
    s->bytes = malloc(size);
    s->size = s->bytes ? size : 0;
    return s->bytes;
}

/* Rows y0..y1 of the image, filter byte and RGB each, into raw. */
typedef struct {
    row_source_t source;
    const void *src;
    int w, y0, y1;
    uint8_t *raw;
} rows_job_t;

static void *fill_rows(void *arg)
{
    const rows_job_t *j = arg;
    size_t stride = 1 + (size_t)j->w * 3;
    for (int y = j->y0; y < j->y1; y++) {
        uint8_t *line = j->raw + (size_t)y * stride;
        line[0] = 0;
        j->source(j->src, y, j->w, line + 1);
    }
    return NULL;
}

/* The image as PNG's deflate stream holds it, in one buffer: each row a
 * filter byte 0 ("none": row filters made the slides slower to write and
 * larger, see README "Benchmark") and then its RGB. 6.2 MB at 1920x1080,
 * in raw_scratch. The top half is filled on a second thread while this
 * one fills the bottom: turning XRGB into RGB was 2.5 ms of a 1080p save.
 * NULL when it does not fit in memory. */
static uint8_t *raw_image(int w, int h, row_source_t source, const void *src,
                          size_t *size)
{
    size_t stride = 1 + (size_t)w * 3;
    if ((size_t)h > SIZE_MAX / stride) return NULL; /* 32-bit boards */
    uint8_t *raw = scratch(&raw_scratch, stride * (size_t)h);
    if (!raw) return NULL;
    rows_job_t top = {source, src, w, 0, h / 2, raw};
    rows_job_t bottom = {source, src, w, h / 2, h, raw};
    pthread_t thread;
    bool threaded = pthread_create(&thread, NULL, fill_rows, &top) == 0;
    fill_rows(&bottom);
    if (threaded) pthread_join(thread, NULL);
    else fill_rows(&top);
    *size = stride * (size_t)h;
    return raw;
}

/* The header chunk at p: 8-bit RGB, not interlaced. */
static uint8_t *put_ihdr(uint8_t *p, int w, int h)
{
    uint8_t *data = put_be32(put_be32(p + 8, (uint32_t)w), (uint32_t)h);
    const uint8_t rest[5] = {8, 2, 0, 0, 0}; /* depth, RGB, deflate, filters, no interlace */
    memcpy(data, rest, sizeof rest);
    return finish_chunk(p, "IHDR", IHDR_SIZE);
}

/* The whole file in memory, its length in *size; NULL when memory runs
 * out (or the stream would pass PNG's 2 GiB chunk limit, which needs more
 * memory than a kiosk has). All of it is made before the file is opened,
 * so running out of memory leaves no half-written file. */
static uint8_t *encode_png(int w, int h, const uint8_t *raw, size_t raw_size,
                           size_t *size)
{
    size_t bound = zstream_bound(raw_size);
    size_t fixed = sizeof png_signature + 3 * CHUNK_OVERHEAD + IHDR_SIZE;
    uint8_t *png = bound <= SIZE_MAX - fixed ? scratch(&png_scratch, fixed + bound) : NULL;
    uint8_t *idat = png ? put_ihdr(png + sizeof png_signature, w, h) : NULL;
    size_t zlen = idat ? zstream_compress(raw, raw_size, idat + 8, bound) : 0;
    if (zlen == 0 || zlen > PNG_MAX_LENGTH) return NULL; /* 0: out of memory */
    memcpy(png, png_signature, sizeof png_signature);
    uint8_t *iend = finish_chunk(idat, "IDAT", zlen);
    *size = (size_t)(finish_chunk(iend, "IEND", 0) - png);
    return png;
}

static bool write_file(const char *path, const uint8_t *bytes, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        log_error("%s: cannot write: %s", path, strerror(errno));
        return false;
    }
    bool ok = fwrite(bytes, 1, size, f) == size;
    int err = errno;
    /* fclose flushes the stdio buffer: a full disk may only show here. */
    if (fclose(f) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok) log_error("%s: cannot write the PNG: %s", path, strerror(err));
    return ok;
}

static bool write_png(const char *path, int w, int h, row_source_t source,
                      const void *src)
{
    if (w <= 0 || h <= 0) { /* an int is never above PNG's 2^31 - 1 */
        log_error("%s: cannot write a %dx%d PNG", path, w, h);
        return false;
    }
    size_t raw_size = 0, png_size = 0;
    uint8_t *raw = raw_image(w, h, source, src, &raw_size);
    uint8_t *png = raw ? encode_png(w, h, raw, raw_size, &png_size) : NULL;
    if (!png) {
        log_error("%s: cannot encode the PNG: out of memory", path);
        return false;
    }
    return write_file(path, png, png_size);
}

bool pngio_save(const fb_t *fb, const char *path)
{
    return write_png(path, fb->w, fb->h, fb_source_row, fb);
}

bool pngio_save_rgb(const char *path, int w, int h, const uint8_t *rgb)
{
    return write_png(path, w, h, rgb_row, rgb);
}

bool pngio_load(const char *path, pngio_image_t *out)
{
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    memset(out, 0, sizeof *out);
    if (!png_image_begin_read_from_file(&img, path)) {
        log_error("%s: cannot read PNG: %s", path, img.message);
        return false;
    }
    img.format = PNG_FORMAT_RGB;
    out->rgb = malloc(PNG_IMAGE_SIZE(img));
    if (!out->rgb || !png_image_finish_read(&img, NULL, out->rgb, 0, NULL)) {
        log_error("%s: cannot decode PNG: %s", path, img.message);
        png_image_free(&img);
        pngio_release(out);
        return false;
    }
    out->w = (int)img.width;
    out->h = (int)img.height;
    return true;
}

void pngio_release(pngio_image_t *image)
{
    free(image->rgb);
    image->rgb = NULL;
}
