/* view.c - the view's engine: a slide composed from the panel's size;
 * see view.h. The slides themselves are laid out one kind per file
 * (view_title.c, view_event.c, ...); what they share is view_private.h.
 *
 * Every size comes from the panel's shorter side `s`, so a slide keeps its
 * proportions from 800x480 to 3840x2160; a portrait panel gets larger
 * type than a landscape one of the same width, and its spare height is
 * spread above and below the text (view_settle), not left under it.
 *
 * A slide is laid out in a column: items anchored to the bottom (an
 * event's timeline, an ambassador's era bands, the invitation) are placed
 * first, bottom up; the rest flows top down in the space left. Each text
 * is fitted (textfit.h) into the space it may take, so nothing can run
 * into the next item or off the panel. Here: the metrics, the column and
 * its helpers, the dispatch on the slide's kind, the footer, the bounds
 * check, and the moves against burn-in.
 */
#include "view_private.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "kiosk_assert.h"

/* ------------------------------------------------------------- metrics */

/* The smallest label size, in pixels, whatever the panel: below it a
 * label does not read at arm's length on the smallest panel. */
#define LABEL_MIN_PX 15

int view_min_cap_px(int width, int height, view_role_t role)
{
    int shorter = width < height ? width : height;
    int permille = role == VIEW_ROLE_LABEL ? VIEW_LABEL_MIN_CAP_PERMILLE
                                           : VIEW_BODY_MIN_CAP_PERMILLE;
    return (shorter * permille + 999) / 1000;
}

/* The smallest size whose capitals reach cap_px in both faces. */
static int px_for_cap(const textfit_measure_t *measure, int cap_px)
{
    int regular = textfit_px_for_cap(measure, FACE_REGULAR, cap_px);
    int bold = textfit_px_for_cap(measure, FACE_BOLD, cap_px);
    return regular > bold ? regular : bold;
}

static int at_least(int px, int min) { return px < min ? min : px; }

/* Proportions in thousandths of the shorter side, chosen on 1920x1080
 * (the px there in the comments): type that reads from two metres on a
 * wall panel. */
static metrics_t metrics_for(int w, int h, bool stacked, bool tall_scale,
                             const textfit_measure_t *measure)
{
    metrics_t m;
    /* The type follows the panel's height, but no further than 4/5 of its
     * width: lines on a square panel are short, and type sized for its
     * height would wrap into too many of them. (9/10 cut text on a square
     * panel; 4/5 fits every slide from 480x800 to 3840x2160.) A portrait
     * panel has height to spare for more lines, so its type grows with its
     * height up to 6/5 of its width (1080x1920: as a 1296 px tall
     * landscape panel's), read from further away, as a totem is. */
    m.s = h < w * 4 / 5 ? h : w * 4 / 5;
    m.tall = h > w;
    if (m.tall && tall_scale) m.s = h * 4 / 5 < w * 6 / 5 ? h * 4 / 5 : w * 6 / 5;
    m.margin = m.s * 64 / 1000;       /* 69 */
    m.gap = m.s * 22 / 1000;          /* 23 */
    m.px_min_body = px_for_cap(measure, view_min_cap_px(w, h, VIEW_ROLE_BODY));
    m.px_min_label = at_least(
        px_for_cap(measure, view_min_cap_px(w, h, VIEW_ROLE_LABEL)),
        LABEL_MIN_PX);
    /* A portrait panel's larger scale is for reading text; its dates and
     * names grow less (at the full scale "4 de septiembre de 1980" would
     * shrink to fit its line from 129 px to 76, beside a "1993" at 129). */
    int display = m.tall ? m.s * 80 / 1000 : m.s * 100 / 1000;
    m.px_display = at_least(display, m.px_min_body);          /* 108 */
    m.px_headline = at_least(m.s * 56 / 1000, m.px_min_body); /* 60 */
    m.px_body = at_least(m.s * 44 / 1000, m.px_min_body);     /* 47 */
    m.px_list = at_least(m.s * 38 / 1000, m.px_min_body);     /* 41 */
    m.px_label = at_least(m.s * 26 / 1000, m.px_min_label);   /* 28 */
    m.stacked = stacked;
    int footer_h = m.s * 50 / 1000;
    if (footer_h < m.px_label * 7 / 4) footer_h = m.px_label * 7 / 4;
    m.footer = (view_rect_t){m.margin, h - m.margin - footer_h,
                             w - 2 * m.margin, footer_h};
    m.content = (view_rect_t){m.margin, m.margin, w - 2 * m.margin,
                              m.footer.y - m.gap - m.margin};
    return m;
}

/* -------------------------------------------------------------- column */

static column_t column(view_t *v, const textfit_measure_t *measure,
                       const metrics_t *m, const content_t *ct, lang_t lang,
                       view_rect_t r)
{
    return (column_t){v, measure, m, ct, lang, r.x, r.w, r.y, r.y + r.h};
}

/* The view's capacities (limits.h) hold the most a slide of valid content
 * needs: a slide past one is a layout bug, not a text to drop in silence. */

const char *view_string(view_t *v, const char *fmt, ...)
{
    KIOSK_ASSERT(v->string_count < LIMIT_VIEW_TEXTS);
    char *s = v->strings[v->string_count++];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s, VIEW_STRING_LEN, fmt, ap);
    va_end(ap);
    return s;
}

const char *view_date_string(column_t *c, content_date_t date)
{
    view_t *v = c->view;
    KIOSK_ASSERT(v->string_count < LIMIT_VIEW_TEXTS);
    char *s = v->strings[v->string_count++];
    size_t n = content_date_format(c->ct, date, c->lang, s, VIEW_STRING_LEN);
    /* Never cut: the loader holds month names to LIMIT_MONTH_NAME and
     * years to four digits, which leaves room to spare. */
    KIOSK_ASSERT(n < VIEW_STRING_LEN - 1);
    return s;
}

void view_add_fill(view_t *v, view_rect_t r, view_ink_t ink)
{
    KIOSK_ASSERT(v->fill_count < LIMIT_VIEW_FILLS);
    v->fills[v->fill_count++] = (view_fill_t){r, ink};
}

void view_add_frame(view_t *v, view_rect_t r, int t)
{
    view_add_fill(v, (view_rect_t){r.x, r.y, r.w, t}, VIEW_BAND_OUTLINE_INK);
    view_add_fill(v, (view_rect_t){r.x, r.y + r.h - t, r.w, t},
                  VIEW_BAND_OUTLINE_INK);
    view_add_fill(v, (view_rect_t){r.x, r.y, t, r.h}, VIEW_BAND_OUTLINE_INK);
    view_add_fill(v, (view_rect_t){r.x + r.w - t, r.y, t, r.h},
                  VIEW_BAND_OUTLINE_INK);
}

/* Fits a text into the column at most max_h tall (0: all that is left) and
 * returns it, positioned at the top of the free space; the caller decides
 * whether it goes there or at the bottom. NULL when the view is full. */
static view_text_t *fit_text(column_t *c, const char *text,
                             textfit_face_t face, int px, view_ink_t ink,
                             int max_h)
{
    view_t *v = c->view;
    KIOSK_ASSERT(v->text_count < LIMIT_VIEW_TEXTS);
    if (text[0] == '\0') return NULL;
    int avail = c->bottom - c->y;
    if (max_h == 0 || max_h > avail) max_h = avail;
    if (max_h < 0) max_h = 0;
    view_text_t *t = &v->texts[v->text_count++];
    memset(t, 0, sizeof *t);
    t->text = text;
    t->ink = ink;
    t->nominal_px = px;
    t->role = view_role_of(c->m, px);
    textfit_fit(c->measure, text, face, px, view_floor_px(c->m, px), c->w,
                max_h, &t->fit);
    t->box = (view_rect_t){c->x, c->y, c->w, t->fit.height};
    if (t->fit.ellipsized) v->ellipsized++;
    return t;
}

view_text_t *view_place(column_t *c, const char *text, textfit_face_t face,
                        int px, view_ink_t ink, int max_h)
{
    view_text_t *t = fit_text(c, text, face, px, ink, max_h);
    if (t) c->y += t->fit.height;
    return t;
}

view_text_t *view_place_bottom(column_t *c, const char *text,
                               textfit_face_t face, int px, view_ink_t ink,
                               int max_h)
{
    view_text_t *t = fit_text(c, text, face, px, ink, max_h);
    if (!t) return NULL;
    c->bottom -= t->fit.height;
    t->box.y = c->bottom;
    return t;
}

view_text_t *view_place_at(const column_t *c, const char *text,
                           textfit_face_t face, int px, view_ink_t ink,
                           int x, int y, int max_h)
{
    column_t t = *c;
    int w = text_w(c, face, px, text);
    t.w = w < c->w ? w : c->w;
    t.x = clamp(x, c->x, c->x + c->w - t.w);
    t.y = y;
    return view_place(&t, text, face, px, ink, max_h);
}

column_t view_sub_column(const column_t *c, int i, int n)
{
    column_t s = *c;
    int gutter = c->m->gap * 2;
    s.w = (c->w - gutter * (n - 1)) / n;
    s.x = c->x + i * (s.w + gutter);
    return s;
}

/* Moves the items from `from` up to `to` by dy, the timeline's axis with
 * its marks. */
static void shift_range(view_t *v, view_mark_t from, view_mark_t to, int dy)
{
    for (uint32_t i = from.fill; i < to.fill; i++) v->fills[i].rect.y += dy;
    for (uint32_t i = from.text; i < to.text; i++) v->texts[i].box.y += dy;
    uint32_t marks = v->timeline.marks.first;
    if (v->timeline.marks.count && marks >= from.fill && marks < to.fill)
        v->timeline.axis.y += dy;
}

void view_settle(column_t *c, view_mark_t bottom, view_mark_t block)
{
    int free = c->bottom - c->y;
    if (!c->m->tall || free <= 0) return;
    bool grouped = bottom.fill != block.fill || bottom.text != block.text;
    int dy = grouped ? free / 3 : free / 2;
    shift_range(c->view, block, view_mark(c), dy);
    if (grouped) shift_range(c->view, bottom, block, -dy);
    c->y += dy;
    c->bottom -= grouped ? dy : 0;
}

void view_kicker(column_t *c, const char *label)
{
    view_place(c, label, FACE_BOLD, c->m->px_label, INK_MUTED,
               lines(c, FACE_BOLD, c->m->px_label, 1));
    space(c, c->m->gap);
}

void view_shift_from(view_t *v, uint32_t fill, uint32_t text, int dy)
{
    for (uint32_t i = fill; i < v->fill_count; i++) v->fills[i].rect.y += dy;
    for (uint32_t i = text; i < v->text_count; i++) v->texts[i].box.y += dy;
}

int view_px_for(const column_t *c, textfit_face_t face, int nominal,
                int budget, int n)
{
    int need = lines(c, face, nominal, n);
    if (need <= budget || need <= 0) return nominal;
    int px = (int)((int64_t)nominal * budget / need);
    return at_least(px, c->m->px_min_body);
}

/* ------------------------------------ footer: counter and progress bar */

/* A text right-aligned in the footer row, ending at `right`; returns its
 * left edge. */
static int footer_right(column_t *c, const char *text, view_ink_t ink,
                        int right)
{
    column_t f = *c;
    f.w = right - f.x;
    view_text_t *t = view_place(&f, text, FACE_REGULAR, c->m->px_label, ink,
                           c->bottom - c->y);
    if (!t) return right;
    t->align_right = true;
    t->box.y = c->y + (c->bottom - c->y - t->fit.height) / 2;
    return right - t->fit.width;
}

/* The footer row: on the right the language button ("English") and the
 * slide counter; at the left end the speaker button, where narration can
 * be had (view_speaker.c); between them the progress bar's region, with
 * the pause notice laid out for when it is needed (view_controls.c). */
static void footer(const column_t *content, uint32_t index, uint32_t count,
                   view_speaker_state_t speaker)
{
    const metrics_t *m = content->m;
    column_t c = column(content->view, content->measure, m, content->ct,
                        content->lang, m->footer);
    int right = m->footer.x + m->footer.w;
    right = view_controls_button(&c, right) - m->gap * 2;
    right = footer_right(&c, view_string(c.view, "%" PRIu32 " / %" PRIu32, index + 1, count),
                         INK_MUTED, right) - m->gap * 2;
    view_rect_t region = {m->footer.x, m->footer.y, right - m->footer.x,
                          m->footer.h};
    view_speaker_place(&c, speaker, &region);
    c.view->chrome = region;
    int bar_h = m->s * 6 / 1000 + 1; /* thin: it is a hint, not a feature */
    c.view->track = (view_rect_t){region.x, region.y + (region.h - bar_h) / 2,
                                  region.w, bar_h};
    view_controls_pause(&c, region);
}

view_chrome_t view_chrome(const view_t *v, const sm_t *sm)
{
    view_chrome_t ch;
    ch.track = v->track;
    ch.filled_w = (int)((int64_t)ch.track.w * sm_progress_permille(sm) / 1000);
    ch.paused = sm->state == SM_PAUSED;
    return ch;
}

/* ------------------------------------------ build: dispatch and bounds */

static bool inside(view_rect_t r, int w, int h)
{
    return r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
}

/* A last check that every box and every fill stayed on the panel and
 * clear of the footer (fills: inside the content area); a failure here is
 * a layout bug, and the tests look for it. */
static void check_bounds(view_t *v, const metrics_t *m)
{
    int content_bottom = m->content.y + m->content.h;
    for (uint32_t i = 0; i < v->text_count; i++) {
        view_rect_t b = v->texts[i].box;
        bool in_footer = b.y >= m->footer.y;
        if (!inside(b, v->width, v->height) ||
            (!in_footer && b.y + b.h > content_bottom))
            v->overflowed++;
    }
    for (uint32_t i = 0; i < v->fill_count; i++) {
        view_rect_t f = v->fills[i].rect;
        if (!inside(f, v->width, v->height) || f.y < m->content.y ||
            f.y + f.h > content_bottom)
            v->overflowed++;
    }
}

/* One way to lay a slide out: arranged side by side or stacked, and on a
 * portrait panel at its own larger type scale or a landscape panel's. */
typedef struct {
    bool stacked;
    bool tall_scale;
} arrangement_t;

/* One layout of the slide, in one arrangement. */
static void build_arranged(view_t *v, const view_request_t *r, arrangement_t a)
{
    memset(v, 0, sizeof *v);
    v->width = r->width;
    v->height = r->height;
    v->input = r->input;
    metrics_t m = metrics_for(r->width, r->height, a.stacked, a.tall_scale,
                              r->measure);
    view_controls_reserve(&m, r->width, r->height);
    const content_t *ct = r->content;
    column_t c = column(v, r->measure, &m, ct, r->lang, m.content);
    KIOSK_ASSERT(r->index < r->deck->count);
    const slide_t *s = &r->deck->slides[r->index];
    /* The set of kinds is fixed at build time: a switch, no table of
     * function pointers, and no default, so a new kind without its
     * layout does not compile. */
    switch (s->kind) {
    case SLIDE_TITLE: view_title_slide(&c, &ct->show); break;
    case SLIDE_EVENT: view_event_slide(&c, s->record); break;
    case SLIDE_OVERVIEW: view_overview_slide(&c); break;
    case SLIDE_AMBASSADOR: view_ambassador_slide(&c, s->record); break;
    case SLIDE_AGREEMENTS: view_agreements_slide(&c, ct); break;
    case SLIDE_TRADE: view_trade_slide(&c, ct); break;
    case SLIDE_MISSIONS: view_missions_slide(&c, ct); break;
    }
    if (r->counter_number)
        footer(&c, r->counter_number - 1, r->counter_total, r->speaker);
    else footer(&c, r->index, r->deck->count, r->speaker);
    view_controls_arrows(v, &m, r->index);
    check_bounds(v, &m);
}

static uint32_t problems(const view_t *v) { return v->ellipsized + v->overflowed; }

/* A tall panel stacks a slide's groups, a wide one sets them side by side;
 * a panel near square may hold the slide only the other way. A portrait
 * panel's larger type may not hold a long slide on a panel near square
 * (the trade slide at 1080x1350), where a landscape panel's scale does.
 * So while an arrangement cuts text, the next is tried, and the first
 * with the fewest cuts kept: one slide of a show may then have smaller
 * type than the others, never text cut that would fit. */
void view_build(view_t *v, const view_request_t *r)
{
    bool tall = r->height > r->width;
    const arrangement_t tries[] = {
        {tall, true}, {!tall, true}, {tall, false}, {!tall, false}};
    /* A landscape panel has one scale: its last two tries are its first. */
    size_t count = tall ? 4 : 2, best = 0;
    uint32_t fewest = UINT32_MAX;
    for (size_t i = 0; i < count; i++) {
        build_arranged(v, r, tries[i]);
        if (problems(v) < fewest) {
            fewest = problems(v);
            best = i;
        }
        if (fewest == 0) return;
    }
    if (best != count - 1) build_arranged(v, r, tries[best]);
}

/* ------------------------------------------------------------- burn-in */

void view_burn_in_offset(uint64_t now_ms, int width, int height, int *dx,
                         int *dy)
{
    /* Round a square of side 2 steps: the centre first, then its corners
     * and edges, so no position is held for more than one step a cycle. */
    static const signed char path[8][2] = {{0, 0},  {1, 0},  {1, 1},  {0, 1},
                                           {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}};
    int s = width < height ? width : height;
    int step = s / 500 > 1 ? s / 500 : 1;
    uint64_t i = (now_ms / VIEW_SHIFT_STEP_MS) % 8u;
    *dx = path[i][0] * step;
    *dy = path[i][1] * step;
}

static void move(view_rect_t *r, int dx, int dy)
{
    r->x += dx;
    r->y += dy;
}

void view_shift(view_t *v, int dx, int dy)
{
    for (uint32_t i = 0; i < v->text_count; i++) move(&v->texts[i].box, dx, dy);
    for (uint32_t i = 0; i < v->fill_count; i++) move(&v->fills[i].rect, dx, dy);
    move(&v->chrome, dx, dy);
    move(&v->track, dx, dy);
    move(&v->pause_mark, dx, dy);
    move(&v->pause_text.box, dx, dy);
    move(&v->timeline.axis, dx, dy);
    move(&v->speaker.button, dx, dy);
    move(&v->speaker.hit, dx, dy);
    move(&v->speaker.label.box, dx, dy);
    view_controls_shift(&v->controls, dx, dy);
    move(&v->timeline.strip, dx, dy);
}
