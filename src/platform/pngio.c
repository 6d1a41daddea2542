/* pngio.c - PNG files through libpng; see pngio.h. */
#include "pngio.h"

#include <errno.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

/* Fills `row` with the RGB of surface row y. */
typedef void (*row_source_t)(const void *src, int y, int w, uint8_t *row);

static void surface_row(const void *src, int y, int w, uint8_t *row)
{
    const SDL_Surface *s = src;
    const uint32_t *px = (const uint32_t *)((const uint8_t *)s->pixels +
                                            (size_t)y * (size_t)s->pitch);
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

static bool write_png(const char *path, int w, int h, row_source_t source,
                      const void *src)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        log_error("%s: cannot write: %s", path, strerror(errno));
        return false;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL,
                                              NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    uint8_t *row = malloc((size_t)w * 3);
    bool ok = png && info && row;
    if (ok && setjmp(png_jmpbuf(png)) == 0) {
        png_init_io(png, f);
        /* Fast and still small: slides are flat colour and text. */
        png_set_compression_level(png, 1);
        png_set_filter(png, 0, PNG_FILTER_NONE);
        png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8,
                     PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        png_write_info(png, info);
        for (int y = 0; y < h; y++) {
            source(src, y, w, row);
            png_write_row(png, row);
        }
        png_write_end(png, NULL);
    } else {
        ok = false;
    }
    png_destroy_write_struct(&png, &info);
    free(row);
    if (fclose(f) != 0) ok = false;
    if (!ok) log_error("%s: cannot write the PNG", path);
    return ok;
}

bool pngio_save_surface(SDL_Surface *s, const char *path)
{
    if (s->format->BytesPerPixel != 4 || s->format->Rmask != 0x00FF0000u) {
        /* Not our framebuffer layout: convert once, then write. */
        SDL_Surface *c = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_XRGB8888, 0);
        if (!c) {
            log_error("%s: cannot convert the picture: %s", path, SDL_GetError());
            return false;
        }
        bool ok = pngio_save_surface(c, path);
        SDL_FreeSurface(c);
        return ok;
    }
    if (SDL_MUSTLOCK(s)) SDL_LockSurface(s);
    bool ok = write_png(path, s->w, s->h, surface_row, s);
    if (SDL_MUSTLOCK(s)) SDL_UnlockSurface(s);
    return ok;
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
