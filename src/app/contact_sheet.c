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
#include "../platform/canvas.h"
#include "../platform/log.h"
#include "../platform/pngio.h"
#include "headless.h"

#define SHEET_COLUMNS 5
#define SHEET_MARGIN 16     /* around the sheet and between the cells */
#define SHEET_LABEL_PX 16   /* the labels' font size */
#define SHEET_LABEL_GAP 4   /* from a thumbnail down to its label */
#define SHEET_BG 0x202830u  /* lighter than the slides' own background, so
                             * each thumbnail's edge shows without a frame
                             * drawn round it */
#define SHEET_LABEL_INK 0xE8E4DCu

/* Room for "NN · kind · " and the longest title deck_slide_title makes
 * (a date and a headline, or an ambassador row's observations). */
#define SHEET_LABEL_CAP (64 + LIMIT_SHORT_TEXT + LIMIT_LONG_TEXT)

typedef struct {
    board_t *board;     /* its fb is the slide upright */
    fb_t sheet;         /* no pixels until the first frame gives the layout */
    uint32_t *thumb;    /* one thumbnail, rows packed */
    int factor, tw, th; /* the shrink factor and the thumbnail's size */
    int cols, label_h;  /* columns; the band under a thumbnail */
} sheet_t;

/* ------------------------------------------------------------ layout */

/* The label band: one line of the label font with its gap. Measured from
 * the font, so a different embedded face cannot overlap the next row. */
static int label_band(void)
{
    int h = canvas_label_height(SHEET_LABEL_PX);
    return SHEET_LABEL_GAP + (h > 0 ? h : SHEET_LABEL_PX * 2);
}

/* The whole sheet in its background colour. */
static void fill_background(fb_t *sheet)
{
    for (int y = 0; y < sheet->h; y++) {
        uint32_t *row = fb_row(sheet, y);
        for (int x = 0; x < sheet->w; x++) row[x] = SHEET_BG;
    }
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
    s->sheet = (fb_t){malloc((size_t)w * (size_t)h * sizeof(uint32_t)), w, h, w};
    if (!s->thumb || !s->sheet.pixels) {
        log_error("cannot make a %dx%d contact sheet: out of memory", w, h);
        return false;
    }
    fill_background(&s->sheet);
    return true;
}

static void sheet_close(sheet_t *s)
{
    free(s->thumb);
    free(s->sheet.pixels);
}

/* A cell's top left corner, in the sheet's pixels. */
typedef struct {
    int x, y;
} cell_t;

/* The top left corner of slide `index`'s cell. */
static cell_t cell_origin(const sheet_t *s, uint32_t index)
{
    int col = (int)index % s->cols, row = (int)index / s->cols;
    return (cell_t){SHEET_MARGIN + col * (s->tw + SHEET_MARGIN),
                    SHEET_MARGIN + row * (s->th + s->label_h + SHEET_MARGIN)};
}

/* ---------------------------------------------------------- thumbnail */

/* The frame shrunk into its cell: the box filter into the thumbnail
 * buffer, then its rows into the sheet, cut at the sheet's edges. */
static void paste_thumb(sheet_t *s, const fb_t *frame, cell_t at)
{
    thumb_downscale(frame->pixels, frame->w, frame->h, frame->stride,
                    s->factor, s->thumb);
    int w = at.x + s->tw <= s->sheet.w ? s->tw : s->sheet.w - at.x;
    for (int y = 0; y < s->th && at.y + y < s->sheet.h && w > 0; y++)
        memcpy(fb_row(&s->sheet, at.y + y) + at.x, s->thumb + (size_t)y * (size_t)s->tw,
               (size_t)w * sizeof *s->thumb);
}

/* -------------------------------------------------------------- label */

/* The byte where the character ending before `n` starts: a cut there never
 * splits a UTF-8 sequence into something the font would draw as a box. */
static size_t char_start_before(const char *s, size_t n)
{
    while (n > 0 && ((unsigned char)s[--n] & 0xC0) == 0x80) {}
    return n;
}

/* Cuts `text` to fit max_w, character by character from the end, and ends
 * it with "…" when anything was cut: a label must never run into the next
 * column, and the ellipsis says the title goes on. */
static void fit_label(char *text, int max_w)
{
    static const char ellipsis[] = "\xE2\x80\xA6"; /* U+2026 */
    size_t n = strlen(text);
    if (canvas_label_width(SHEET_LABEL_PX, text) <= max_w) return;
    while (n > 0) {
        n = char_start_before(text, n);
        /* A space before the ellipsis would read as a gap in the title. */
        while (n > 0 && text[n - 1] == ' ') n--;
        memcpy(text + n, ellipsis, sizeof ellipsis);
        if (canvas_label_width(SHEET_LABEL_PX, text) <= max_w) return;
    }
}

/* "N · kind · title", in the show's language, fitted to the thumbnail. */
static void make_label(const kiosk_t *k, uint32_t index, int max_w,
                       char *out, size_t cap)
{
    char title[SHEET_LABEL_CAP];
    deck_slide_title(&k->deck, &k->content, index, k->sm.lang, title,
                     sizeof title);
    snprintf(out, cap, "%u \xC2\xB7 %s \xC2\xB7 %s", index + 1,
             deck_kind_name(k->deck.slides[index].kind), title);
    fit_label(out, max_w);
}

/* Draws the label under the thumbnail. */
static bool draw_label(const kiosk_t *k, sheet_t *s, uint32_t index, cell_t at)
{
    char label[SHEET_LABEL_CAP + 16];
    make_label(k, index, s->tw, label, sizeof label);
    if (canvas_label(&s->sheet, at.x, at.y + s->th + SHEET_LABEL_GAP,
                     SHEET_LABEL_PX, label, SHEET_LABEL_INK))
        return true;
    log_error("cannot draw the label of slide %u", index + 1);
    return false;
}

/* ------------------------------------------------------------- the run */

/* headless_each_slide's visit: one cell of the sheet. The thumbnail is
 * taken from the framebuffer, upright, not from the panel's frame: with
 * --rotate the panel's picture is turned, and a sheet is for reading. */
static bool visit(kiosk_t *k, const fb_t *frame, uint32_t index, void *ctx)
{
    (void)frame;
    sheet_t *s = ctx;
    const fb_t *upright = &s->board->fb;
    if (index == 0 && !sheet_open(s, upright->w, upright->h, k->deck.count))
        return false;
    cell_t at = cell_origin(s, index);
    paste_thumb(s, upright, at);
    return draw_label(k, s, index, at);
}

int run_contact_sheet(kiosk_t *k, board_t *b, const char *file, int columns)
{
    if (!headless_make_parent_dirs(file)) return 1;
    (void)columns;
    sheet_t s = {.board = b};
    bool ok = headless_each_slide(k, b, visit, &s) &&
              pngio_save(&s.sheet, file);
    if (ok)
        printf("wrote a contact sheet of %u slides to %s\n", k->deck.count,
               file);
    sheet_close(&s);
    return ok ? 0 : 1;
}
