/* fonts.c - the embedded fonts at any size; see fonts.h. */
#include "fonts_ttf.h"

#include <string.h>

#include "embedded.h"
#include "log.h"

/* Sizes in use at once: about six per slide layout, two faces, and room
 * for a change of panel size without thrashing. */
#define FONT_CACHE 24

typedef struct {
    TTF_Font *font;
    textfit_face_t face;
    int px;
    unsigned last_use; /* for evicting the least recently used */
} font_slot_t;

static font_slot_t cache[FONT_CACHE];
static unsigned use_clock;

static SDL_RWops *face_data(textfit_face_t face)
{
    if (face == FACE_BOLD)
        return SDL_RWFromConstMem(embedded_font_bold,
                                  (int)embedded_font_bold_size);
    return SDL_RWFromConstMem(embedded_font_regular,
                              (int)embedded_font_regular_size);
}

bool fonts_init(void)
{
    if (TTF_Init() != 0) {
        log_error("cannot start SDL_ttf: %s", TTF_GetError());
        return false;
    }
    return true;
}

void fonts_quit(void)
{
    for (int i = 0; i < FONT_CACHE; i++)
        if (cache[i].font) TTF_CloseFont(cache[i].font);
    memset(cache, 0, sizeof cache);
    TTF_Quit();
}

static TTF_Font *open_font(textfit_face_t face, int px)
{
    TTF_Font *f = TTF_OpenFontRW(face_data(face), 1, px);
    if (!f) {
        log_error("cannot open the embedded font at %d px: %s", px,
                  TTF_GetError());
        return NULL;
    }
    /* Explicit hinting and kerning, so that golden images do not depend
     * on a library default. */
    TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
    TTF_SetFontKerning(f, 1);
    return f;
}

TTF_Font *fonts_get(textfit_face_t face, int px)
{
    int victim = 0;
    for (int i = 0; i < FONT_CACHE; i++) {
        if (cache[i].font && cache[i].face == face && cache[i].px == px) {
            cache[i].last_use = ++use_clock;
            return cache[i].font;
        }
        if (cache[i].last_use < cache[victim].last_use) victim = i;
    }
    TTF_Font *f = open_font(face, px);
    if (!f) return NULL;
    if (cache[victim].font) TTF_CloseFont(cache[victim].font);
    cache[victim] = (font_slot_t){f, face, px, ++use_clock};
    return f;
}

static int measure_width(void *ctx, textfit_face_t face, int px,
                         const char *s, size_t n)
{
    (void)ctx;
    char buf[1024];
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    int w = 0, h = 0;
    TTF_Font *f = fonts_get(face, px);
    if (!f || TTF_SizeUTF8(f, buf, &w, &h) != 0) return 0;
    return w;
}

static int measure_line_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    TTF_Font *f = fonts_get(face, px);
    int skip = f ? TTF_FontLineSkip(f) : px;
    return skip > 0 ? skip : 1;
}

/* The height of a capital H above the baseline, as FreeType draws it at
 * this size (hinted): what the minimum sizes are measured in. */
static int measure_cap_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    TTF_Font *f = fonts_get(face, px);
    int minx, maxx, miny, maxy, advance;
    if (!f || TTF_GlyphMetrics32(f, 'H', &minx, &maxx, &miny, &maxy,
                                 &advance) != 0)
        return 0;
    return maxy;
}

const textfit_measure_t *fonts_measure(void)
{
    static const textfit_measure_t m = {measure_width, measure_line_height,
                                        measure_cap_height, NULL};
    return &m;
}
