/* contact_sheet.c - --contact-sheet FILE: the whole show on one picture.
 *
 * For a curator reviewing an edit at a glance: every slide shrunk to a
 * thumbnail large enough to read its headline (src/core/thumb.c: about
 * 640 pixels wide), in deck order on a grid of four columns (or
 * --contact-sheet-columns N), each captioned in the show's language: "N ·
 * kind" as the screen words the kind (the labels' "Historia"...), so a
 * slide can be found by its number in --list and --shots, then its title
 * on up to two lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/thumb.h"
#include "../platform/canvas.h"
#include "../platform/log.h"
#include "../platform/pngio.h"
#include "headless.h"

#define SHEET_COLUMNS 4     /* four 640 px thumbnails: a sheet 2640 wide */
#define SHEET_MARGIN 24     /* around the sheet and between the cells */
#define SHEET_LABEL_PX 20   /* the captions' font size */
#define SHEET_LABEL_GAP 6   /* from a thumbnail down to its caption */
#define SHEET_TITLE_LINES 2 /* a title's lines under its "N · kind" line */
#define SHEET_KIND_INK 0x9AA4B0u /* "N · kind": quieter than the title */
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
    int cols, label_h;  /* columns (at most); the band under a thumbnail */
} sheet_t;

/* ------------------------------------------------------------ layout */

/* One caption line's height. Measured from the font, so a different
 * embedded face cannot overlap the next row. */
static int caption_line(void)
{
    int h = canvas_label_height(SHEET_LABEL_PX);
    return h > 0 ? h : SHEET_LABEL_PX * 2;
}

/* The caption band: its gap, the "N · kind" line and the title's lines. */
static int label_band(void)
{
    return SHEET_LABEL_GAP + (1 + SHEET_TITLE_LINES) * caption_line();
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
    s->cols = count < (uint32_t)s->cols ? (int)count : s->cols;
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

/* Takes from *text the words that fit max_w into line, at least one (cut
 * by fit_label when it alone is too wide), and moves *text past them. */
static void take_line(const char **text, int max_w, char *line, size_t cap)
{
    const char *s = *text;
    size_t fit = 0;
    for (size_t end = 0; s[end];) {
        while (s[end] == ' ') end++;
        while (s[end] && s[end] != ' ') end++;
        if (end >= cap) break;
        memcpy(line, s, end);
        line[end] = '\0';
        if (fit && canvas_label_width(SHEET_LABEL_PX, line) > max_w) break;
        fit = end;
    }
    memcpy(line, s, fit);
    line[fit] = '\0';
    fit_label(line, max_w);
    for (*text = s + fit; **text == ' ';) (*text)++;
}

static bool draw_line(sheet_t *s, int x, int y, const char *text,
                      uint32_t ink)
{
    return !text[0] || canvas_label(&s->sheet, x, y, SHEET_LABEL_PX, text, ink);
}

/* "N · kind", then the title on up to SHEET_TITLE_LINES lines, the last
 * ending with "…" when the title goes on: in the show's language. */
static bool draw_label(const kiosk_t *k, sheet_t *s, uint32_t index, cell_t at)
{
    char title[SHEET_LABEL_CAP], line[SHEET_LABEL_CAP + 16];
    deck_slide_title(&k->deck, &k->content, index, k->sm.lang, title,
                     sizeof title);
    const char *kind = deck_kind_label(&k->deck, &k->content, index, k->sm.lang);
    /* A slide that is one of a kind is titled by its kind: said once. */
    if (strcmp(kind, title) == 0) kind = "";
    snprintf(line, sizeof line, kind[0] ? "%u \xC2\xB7 %s" : "%u", index + 1,
             kind);
    fit_label(line, s->tw);
    int y = at.y + s->th + SHEET_LABEL_GAP, h = caption_line();
    bool ok = draw_line(s, at.x, y, line, SHEET_KIND_INK);
    const char *rest = title;
    for (int i = 0; i < SHEET_TITLE_LINES && *rest && ok; i++) {
        bool last = i == SHEET_TITLE_LINES - 1;
        if (last) {
            snprintf(line, sizeof line, "%s", rest);
            fit_label(line, s->tw);
            rest = "";
        } else take_line(&rest, s->tw, line, sizeof line);
        y += h;
        ok = draw_line(s, at.x, y, line, SHEET_LABEL_INK);
    }
    if (!ok) log_error("cannot draw the caption of slide %u", index + 1);
    return ok;
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
    sheet_t s = {.board = b, .cols = columns > 0 ? columns : SHEET_COLUMNS};
    bool ok = headless_each_slide(k, b, visit, &s) &&
              pngio_save(&s.sheet, file);
    if (ok)
        printf("wrote a contact sheet of %u slides to %s\n", k->deck.count,
               file);
    sheet_close(&s);
    return ok ? 0 : 1;
}
