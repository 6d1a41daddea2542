/* contact_sheet.c - --contact-sheet FILE: the whole show on one picture.
 *
 * For a curator reviewing an edit at a glance: every slide shrunk to a
 * thumbnail (src/core/thumb.c), in deck order on a grid of five columns,
 * each labelled "N · kind · title" so a slide can be found by its number
 * in --list, --shots and --compare.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/thumb.h"
#include "../platform/fonts.h"
#include "../platform/log.h"
#include "../platform/pngio.h"
#include "headless.h"

#define SHEET_COLUMNS 5
#define SHEET_MARGIN 16     /* around the sheet and between the cells */
#define SHEET_LABEL_PX 16   /* the labels' font size */
#define SHEET_LABEL_GAP 4   /* from a thumbnail down to its label */
#define SHEET_BG_R 0x20     /* #202830: lighter than the slides' own */
#define SHEET_BG_G 0x28     /* background, so each thumbnail's edge */
#define SHEET_BG_B 0x30     /* shows without a frame drawn round it */
static const SDL_Color label_ink = {0xE8, 0xE4, 0xDC, 0xFF};

/* Room for "NN · kind · " and the longest title deck_slide_title makes
 * (a date and a headline, or an ambassador row's observations). */
#define SHEET_LABEL_CAP (64 + LIMIT_SHORT_TEXT + LIMIT_LONG_TEXT)

typedef struct {
    board_t *board;     /* its fb is the slide upright */
    SDL_Surface *sheet; /* NULL until the first frame gives the layout */
    uint32_t *thumb;    /* one thumbnail, rows packed */
    int factor, tw, th; /* the shrink factor and the thumbnail's size */
    int cols, label_h;  /* columns; the band under a thumbnail */
} sheet_t;

/* ------------------------------------------------------------ layout */

/* The label band: one line of the label font with its gap. Measured from
 * the font, so a different embedded face cannot overlap the next row. */
static int label_band(void)
{
    TTF_Font *font = fonts_get(FACE_REGULAR, SHEET_LABEL_PX);
    return SHEET_LABEL_GAP + (font ? TTF_FontHeight(font) : SHEET_LABEL_PX * 2);
}

/* The grid for `count` slides of frame_w x frame_h: the sheet and the
 * thumbnail buffer. Made from the first frame, once it has been drawn. */
static bool sheet_open(sheet_t *s, int frame_w, int frame_h, uint32_t count)
{
    s->factor = thumb_factor(frame_w);
    s->tw = frame_w / s->factor;
    s->th = frame_h / s->factor;
    s->cols = count < SHEET_COLUMNS ? (int)count : SHEET_COLUMNS;
    s->label_h = label_band();
    int rows = ((int)count + s->cols - 1) / s->cols;
    int w = SHEET_MARGIN + s->cols * (s->tw + SHEET_MARGIN);
    int h = SHEET_MARGIN + rows * (s->th + s->label_h + SHEET_MARGIN);
    s->thumb = malloc((size_t)s->tw * (size_t)s->th * sizeof *s->thumb);
    s->sheet = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_XRGB8888);
    if (!s->thumb || !s->sheet) {
        log_error("cannot make a %dx%d contact sheet: %s", w, h, SDL_GetError());
        return false;
    }
    SDL_FillRect(s->sheet, NULL, SDL_MapRGB(s->sheet->format, SHEET_BG_R,
                                            SHEET_BG_G, SHEET_BG_B));
    return true;
}

static void sheet_close(sheet_t *s)
{
    free(s->thumb);
    SDL_FreeSurface(s->sheet);
}

/* The top left corner of slide `index`'s cell. */
static SDL_Point cell_origin(const sheet_t *s, uint32_t index)
{
    int col = (int)index % s->cols, row = (int)index / s->cols;
    return (SDL_Point){SHEET_MARGIN + col * (s->tw + SHEET_MARGIN),
                       SHEET_MARGIN + row * (s->th + s->label_h + SHEET_MARGIN)};
}

/* ---------------------------------------------------------- thumbnail */

/* Shrinks an XRGB8888 frame into the thumbnail buffer. */
static void shrink(sheet_t *s, SDL_Surface *frame)
{
    if (SDL_MUSTLOCK(frame)) SDL_LockSurface(frame);
    thumb_downscale(frame->pixels, frame->w, frame->h, frame->pitch / 4,
                    s->factor, s->thumb);
    if (SDL_MUSTLOCK(frame)) SDL_UnlockSurface(frame);
}

/* The frame shrunk into its cell. The box filter wants 32-bit xRGB
 * pixels, which is what the headless board makes (board.c); any other
 * layout is refused rather than misread. */
static bool paste_thumb(sheet_t *s, SDL_Surface *frame, SDL_Point at)
{
    if (frame->format->format != SDL_PIXELFORMAT_XRGB8888) {
        log_error("the frame is not XRGB8888");
        return false;
    }
    shrink(s, frame);
    /* Wrapped, not copied by hand: SDL clips and handles the pitch. */
    SDL_Surface *t = SDL_CreateRGBSurfaceWithFormatFrom(
        s->thumb, s->tw, s->th, 32, s->tw * 4, SDL_PIXELFORMAT_XRGB8888);
    SDL_Rect dst = {at.x, at.y, s->tw, s->th};
    bool ok = t && SDL_BlitSurface(t, NULL, s->sheet, &dst) == 0;
    if (!ok) log_error("cannot place a thumbnail: %s", SDL_GetError());
    SDL_FreeSurface(t);
    return ok;
}

/* -------------------------------------------------------------- label */

/* The byte where the character ending before `n` starts: a cut there never
 * splits a UTF-8 sequence into something the font would draw as a box. */
static size_t char_start_before(const char *s, size_t n)
{
    while (n > 0 && ((unsigned char)s[--n] & 0xC0) == 0x80) {}
    return n;
}

static int text_width(TTF_Font *font, const char *text)
{
    int w = 0;
    return TTF_SizeUTF8(font, text, &w, NULL) == 0 ? w : 0;
}

/* Cuts `text` to fit max_w, character by character from the end, and ends
 * it with "…" when anything was cut: a label must never run into the next
 * column, and the ellipsis says the title goes on. */
static void fit_label(TTF_Font *font, char *text, int max_w)
{
    static const char ellipsis[] = "\xE2\x80\xA6"; /* U+2026 */
    size_t n = strlen(text);
    if (text_width(font, text) <= max_w) return;
    while (n > 0) {
        n = char_start_before(text, n);
        /* A space before the ellipsis would read as a gap in the title. */
        while (n > 0 && text[n - 1] == ' ') n--;
        memcpy(text + n, ellipsis, sizeof ellipsis);
        if (text_width(font, text) <= max_w) return;
    }
}

/* "N · kind · title", in the show's language, fitted to the thumbnail. */
static void make_label(const kiosk_t *k, uint32_t index, int max_w,
                       TTF_Font *font, char *out, size_t cap)
{
    char title[SHEET_LABEL_CAP];
    deck_slide_title(&k->deck, &k->content, index, k->sm.lang, title,
                     sizeof title);
    snprintf(out, cap, "%u \xC2\xB7 %s \xC2\xB7 %s", index + 1,
             deck_kind_name(k->deck.slides[index].kind), title);
    fit_label(font, out, max_w);
}

/* Draws the label under the thumbnail. The font is asked for each time:
 * the renderer shares the font cache and may have evicted an older one. */
static bool draw_label(const kiosk_t *k, sheet_t *s, uint32_t index,
                       SDL_Point at)
{
    TTF_Font *font = fonts_get(FACE_REGULAR, SHEET_LABEL_PX);
    if (!font) return false;
    char label[SHEET_LABEL_CAP + 16];
    make_label(k, index, s->tw, font, label, sizeof label);
    SDL_Surface *text = TTF_RenderUTF8_Blended(font, label, label_ink);
    if (!text) {
        log_error("cannot render the label of slide %u: %s", index + 1,
                  TTF_GetError());
        return false;
    }
    SDL_Rect dst = {at.x, at.y + s->th + SHEET_LABEL_GAP, text->w, text->h};
    SDL_BlitSurface(text, NULL, s->sheet, &dst);
    SDL_FreeSurface(text);
    return true;
}

/* ------------------------------------------------------------- the run */

/* headless_each_slide's visit: one cell of the sheet. The thumbnail is
 * taken from the framebuffer, upright, not from the panel's frame: with
 * --rotate the panel's picture is turned, and a sheet is for reading. */
static bool visit(kiosk_t *k, SDL_Surface *frame, uint32_t index, void *ctx)
{
    (void)frame;
    sheet_t *s = ctx;
    SDL_Surface *upright = s->board->fb;
    if (index == 0 && !sheet_open(s, upright->w, upright->h, k->deck.count))
        return false;
    SDL_Point at = cell_origin(s, index);
    return paste_thumb(s, upright, at) && draw_label(k, s, index, at);
}

int run_contact_sheet(kiosk_t *k, board_t *b, const char *file)
{
    if (!headless_make_parent_dirs(file)) return 1;
    sheet_t s = {.board = b};
    bool ok = headless_each_slide(k, b, visit, &s) &&
              pngio_save_surface(s.sheet, file);
    if (ok)
        printf("wrote a contact sheet of %u slides to %s\n", k->deck.count,
               file);
    sheet_close(&s);
    return ok ? 0 : 1;
}
