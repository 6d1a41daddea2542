/* pngio.h - PNG files: written by hand around a zlib stream made on two
 * cores (zstream.h), read with libpng.
 *
 * Why not SDL_image's IMG_SavePNG: it always deflates at level 6 (65 ms
 * for a 1080p slide in DESIGN.md's probe). Why not libpng for writing: it
 * deflates with zlib on one core, which was most of a slide's save; the
 * stream cut in two and deflated at once by zlib and libdeflate takes
 * half the time, so pngio.c writes the four chunks itself (see README
 * "Benchmark"). libpng reads any PNG back, for the golden comparison.
 */
#ifndef KIOSK_PNGIO_H
#define KIOSK_PNGIO_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/fb.h"

/* An 8-bit RGB picture, rows packed (3 * w bytes each). */
typedef struct {
    int w, h;
    uint8_t *rgb; /* malloc'd by pngio_load; free with pngio_release */
} pngio_image_t;

/* Writes a framebuffer as an RGB PNG. Errors are logged with the path;
 * false on failure. */
bool pngio_save(const fb_t *fb, const char *path);

bool pngio_save_rgb(const char *path, int w, int h, const uint8_t *rgb);

/* Reads any PNG as 8-bit RGB (alpha dropped, palette expanded). */
bool pngio_load(const char *path, pngio_image_t *out);
void pngio_release(pngio_image_t *image);

#endif
