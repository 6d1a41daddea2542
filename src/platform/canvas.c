/* canvas.c - drawing a view; see canvas.h. */
#include "canvas.h"

#include <string.h>

#include <SDL.h>

#include "fonts_ttf.h"
#include "log.h"
#include "../core/chevron.h"
#include "../core/palette.h"

/* The palette (src/core/palette.c) as SDL wants it, opaque. */
static SDL_Color sdl_color(palette_rgb_t c)
{
    return (SDL_Color){c.r, c.g, c.b, 0xFF};
}

/* fb as an SDL surface, for SDL's fills and blits and SDL_ttf: the same
 * pixels, not a copy. Kept from one call to the next (the progress bar is
 * drawn four times a second into the same framebuffer) and made again
 * only when another framebuffer comes (a crossfade's picture, a contact
 * sheet, a new window surface). NULL (logged) when SDL cannot make it. */
static SDL_Surface *wrapper;

static SDL_Surface *surface_of(fb_t *fb)
{
    if (wrapper && wrapper->pixels == fb->pixels && wrapper->w == fb->w &&
        wrapper->h == fb->h && wrapper->pitch == fb->stride * 4)
        return wrapper;
    SDL_FreeSurface(wrapper); /* never the pixels: SDL did not allocate them */
    wrapper = SDL_CreateRGBSurfaceWithFormatFrom(fb->pixels, fb->w, fb->h, 32,
                                                 fb->stride * 4,
                                                 SDL_PIXELFORMAT_XRGB8888);
    if (!wrapper) log_error("cannot draw into a %dx%d picture: %s", fb->w,
                            fb->h, SDL_GetError());
    return wrapper;
}

void canvas_quit(void)
{
    SDL_FreeSurface(wrapper);
    wrapper = NULL;
}

static Uint32 map(SDL_Surface *fb, view_ink_t ink)
{
    palette_rgb_t c = palette_ink[ink];
    return SDL_MapRGB(fb->format, c.r, c.g, c.b);
}

static SDL_Rect to_sdl(view_rect_t r) { return (SDL_Rect){r.x, r.y, r.w, r.h}; }

static void fill(SDL_Surface *fb, view_rect_t r, view_ink_t ink)
{
    SDL_Rect rect = to_sdl(r);
    SDL_FillRect(fb, &rect, map(fb, ink));
}

/* Renders one fitted line (plus the ellipsis on a cut last line). */
static bool draw_line(SDL_Surface *fb, TTF_Font *font, const view_text_t *t,
                      int index)
{
    const textfit_line_t *line = &t->fit.lines[index];
    bool last = index == t->fit.line_count - 1;
    /* A line is at most one whole field (no list item is longer), plus
     * the ellipsis. */
    char buf[LIMIT_LONG_TEXT + sizeof TEXTFIT_ELLIPSIS];
    size_t n = line->length;
    if (n > LIMIT_LONG_TEXT) n = LIMIT_LONG_TEXT;
    memcpy(buf, t->text + line->start, n);
    if (last && t->fit.ellipsized) {
        memcpy(buf + n, TEXTFIT_ELLIPSIS, sizeof TEXTFIT_ELLIPSIS - 1);
        n += sizeof TEXTFIT_ELLIPSIS - 1;
    }
    buf[n] = '\0';
    if (n == 0) return true;
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, buf,
                                            sdl_color(palette_ink[t->ink]));
    if (!s) {
        log_error("cannot render text '%s': %s", buf, TTF_GetError());
        return false;
    }
    SDL_Rect dst = {t->box.x, t->box.y + index * t->fit.line_height, s->w, s->h};
    if (t->align_right) dst.x = t->box.x + t->box.w - s->w;
    SDL_BlitSurface(s, NULL, fb, &dst);
    SDL_FreeSurface(s);
    return true;
}

static bool draw_text(SDL_Surface *fb, const view_text_t *t)
{
    TTF_Font *font = fonts_get(t->fit.face, t->fit.px);
    if (!font) return false;
    bool ok = true;
    for (int i = 0; i < t->fit.line_count; i++) ok &= draw_line(fb, font, t, i);
    return ok;
}

static uint32_t xrgb(view_ink_t ink)
{
    palette_rgb_t c = palette_ink[ink];
    return (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
}

/* The language button's outline (its words are one of the view's texts)
 * and the chevrons that are shown. */
static void draw_controls(fb_t *frame, SDL_Surface *fb, const view_controls_t *c)
{
    view_rect_t b = c->button;
    int t = c->outline;
    if (b.w > 0) {
        fill(fb, (view_rect_t){b.x, b.y, b.w, t}, VIEW_BUTTON_INK);
        fill(fb, (view_rect_t){b.x, b.y + b.h - t, b.w, t}, VIEW_BUTTON_INK);
        fill(fb, (view_rect_t){b.x, b.y, t, b.h}, VIEW_BUTTON_INK);
        fill(fb, (view_rect_t){b.x + b.w - t, b.y, t, b.h}, VIEW_BUTTON_INK);
    }
    const view_arrow_t *arrows[2] = {&c->back, &c->next};
    for (int i = 0; i < 2; i++)
        if (arrows[i]->box.w > 0)
            chevron_draw(frame, arrows[i]->box, arrows[i]->stroke,
                         arrows[i]->left, xrgb(VIEW_ARROW_INK));
}

bool canvas_compose(fb_t *frame, const view_t *v)
{
    SDL_Surface *fb = surface_of(frame);
    if (!fb) return false;
    SDL_FillRect(fb, NULL, map(fb, INK_BACKGROUND));
    for (uint32_t i = 0; i < v->fill_count; i++)
        fill(fb, v->fills[i].rect, v->fills[i].ink);
    draw_controls(frame, fb, &v->controls);
    bool ok = true;
    for (uint32_t i = 0; i < v->text_count; i++) ok &= draw_text(fb, &v->texts[i]);
    /* The speaker button, where narration can be had (view_speaker.c). */
    if (v->speaker.state != VIEW_SPEAKER_NONE) {
        fill(fb, v->speaker.button, v->speaker.face);
        ok &= draw_text(fb, &v->speaker.label);
    }
    return ok;
}

/* On a band across the progress region, two upright bars, like a media
 * player's pause sign, and the words: a visitor who paused sees the show
 * is holding for them, and how to go on, and so does one across the room.
 * Rendered only when the pause begins, like any text: once per change. */
static void pause_mark(SDL_Surface *fb, const view_t *v)
{
    fill(fb, v->chrome, VIEW_PAUSE_BAND_INK);
    view_rect_t r = v->pause_mark;
    int bar = r.w / 3 > 1 ? r.w / 3 : 1;
    fill(fb, (view_rect_t){r.x, r.y, bar, r.h}, VIEW_PAUSE_INK);
    fill(fb, (view_rect_t){r.x + bar * 2, r.y, bar, r.h}, VIEW_PAUSE_INK);
    draw_text(fb, &v->pause_text);
}

fb_rect_t canvas_chrome(fb_t *frame, const view_t *v, view_chrome_t ch)
{
    SDL_Surface *fb = surface_of(frame);
    if (!fb) return (fb_rect_t){0, 0, 0, 0};
    fill(fb, v->chrome, INK_BACKGROUND);
    if (ch.paused) {
        pause_mark(fb, v);
    } else {
        fill(fb, ch.track, INK_TRACK);
        view_rect_t done = ch.track;
        done.w = ch.filled_w;
        if (done.w > 0) fill(fb, done, INK_ACCENT);
    }
    return v->chrome;
}

void canvas_asleep(fb_t *frame, const char *const *lines, int n, int dx,
                   int dy)
{
    SDL_Surface *fb = surface_of(frame);
    if (!fb) return;
    palette_rgb_t black = palette_asleep_background;
    SDL_FillRect(fb, NULL, SDL_MapRGB(fb->format, black.r, black.g, black.b));
    if (!lines || n <= 0) return;
    int side = fb->w < fb->h ? fb->w : fb->h;
    SDL_Surface *text[2] = {NULL, NULL};
    int total = 0;
    if (n > 2) n = 2;
    for (int i = 0; i < n; i++) {
        /* The show's language, then the other one smaller. */
        int px = i == 0 ? side / 12 : side / 20;
        TTF_Font *font = fonts_get(FACE_REGULAR, px > 8 ? px : 8);
        if (font) text[i] = TTF_RenderUTF8_Blended(
                           font, lines[i], sdl_color(palette_closed_notice));
        if (!text[i]) {
            if (font) log_error("cannot render '%s': %s", lines[i], TTF_GetError());
            continue;
        }
        total += text[i]->h;
    }
    int y = (fb->h - total) / 2 + dy;
    for (int i = 0; i < n; i++) {
        if (!text[i]) continue;
        SDL_Rect dst = {(fb->w - text[i]->w) / 2 + dx, y, text[i]->w, text[i]->h};
        SDL_BlitSurface(text[i], NULL, fb, &dst);
        y += text[i]->h;
        SDL_FreeSurface(text[i]);
    }
}

/* ------------------------------------------------------------ labels */

int canvas_label_width(int px, const char *text)
{
    TTF_Font *font = fonts_get(FACE_REGULAR, px);
    int w = 0;
    return font && TTF_SizeUTF8(font, text, &w, NULL) == 0 ? w : 0;
}

int canvas_label_height(int px)
{
    TTF_Font *font = fonts_get(FACE_REGULAR, px);
    return font ? TTF_FontHeight(font) : 0;
}

bool canvas_label(fb_t *frame, int x, int y, int px, const char *text,
                  uint32_t xrgb)
{
    SDL_Surface *fb = surface_of(frame);
    /* The font is asked for each time: the renderer shares the font cache
     * and may have evicted an older one. */
    TTF_Font *font = fonts_get(FACE_REGULAR, px);
    if (!fb || !font) return false;
    SDL_Color ink = {(Uint8)(xrgb >> 16), (Uint8)(xrgb >> 8), (Uint8)xrgb, 0xFF};
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, text, ink);
    if (!s) {
        log_error("cannot render the label '%s': %s", text, TTF_GetError());
        return false;
    }
    SDL_Rect dst = {x, y, s->w, s->h};
    SDL_BlitSurface(s, NULL, fb, &dst);
    SDL_FreeSurface(s);
    return true;
}
