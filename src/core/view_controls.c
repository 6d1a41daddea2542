/* view_controls.c - what a visitor can tap, on every slide: the language
 * button, the chevrons at the side edges, and the pause notice. See
 * view.h (view_controls_t) and view_private.h.
 *
 * Sizes come from the panel's shorter side, not the type's metrics: a
 * finger is as wide on a portrait panel as on a landscape one.
 */
#include "view_private.h"

/* The language button's height, in thousandths of the panel's shorter
 * side. *Our assumption:* a panel of these resolutions is at least 9
 * inches across (a 10.1-inch 800x480 kiosk panel has 94 dpi; a 1080p one
 * is 15 inches and up). 8% of its shorter side is then at least 9 mm, a
 * fingertip's width (WCAG 2.5.5 asks 44 CSS px, 11.6 mm at 96 dpi; 9 mm is
 * the usual touch-target floor). A 7-inch 800x480 panel would need 10%. */
#define BUTTON_PERMILLE 80
/* Its words: 45% of its height (a cap height of 2.6% of the shorter
 * side, over the labels' 1.6%), with a third of its height each side. */
#define BUTTON_TEXT_PERCENT 45
/* A tap this far outside the outline still counts as the button: a
 * finger aimed at a button lands a few millimetres off. A fraction of
 * the button's height, so about 3 mm. */
#define BUTTON_HIT_SLACK_PERCENT 30
/* The chevrons stand in the side margins, 55% of the margin wide and
 * twice as tall, so they never touch the slide's own text. */
#define ARROW_WIDTH_PERCENT 55

static int shorter_side(const view_t *v)
{
    return v->width < v->height ? v->width : v->height;
}

static int button_height(int width, int height)
{
    return (width < height ? width : height) * BUTTON_PERMILLE / 1000;
}

int view_button_height(const view_t *v)
{
    return button_height(v->width, v->height);
}

int view_button_px(int h)
{
    return h * BUTTON_TEXT_PERCENT / 100;
}

void view_controls_reserve(metrics_t *m, int width, int height)
{
    int grow = button_height(width, height) - m->footer.h;
    if (grow <= 0) return;
    m->footer.y -= grow;
    m->footer.h += grow;
    m->content.h -= grow;
}

/* r grown by `by` on every side, kept on the panel. */
static view_rect_t grown_on_panel(view_rect_t r, int by, const view_t *v)
{
    int x0 = clamp(r.x - by, 0, v->width), y0 = clamp(r.y - by, 0, v->height);
    int x1 = clamp(r.x + r.w + by, 0, v->width);
    int y1 = clamp(r.y + r.h + by, 0, v->height);
    return (view_rect_t){x0, y0, x1 - x0, y1 - y0};
}

view_rect_t view_button_hit(const view_t *v, view_rect_t button)
{
    return grown_on_panel(button, button.h * BUTTON_HIT_SLACK_PERCENT / 100, v);
}

/* The button's words, centred in it. */
static view_text_t *button_words(column_t *f, view_rect_t b, int pad, int px)
{
    column_t in = *f;
    in.x = b.x + pad;
    in.w = b.w - 2 * pad;
    in.y = b.y;
    in.bottom = b.y + b.h;
    view_text_t *t = view_place(&in, HINT(f, language), FACE_BOLD, px,
                                VIEW_BUTTON_INK, lines(f, FACE_BOLD, px, 1));
    if (!t) return NULL;
    t->box.w = t->fit.width;
    t->box.x = b.x + (b.w - t->fit.width) / 2;
    t->box.y = b.y + (b.h - t->fit.height) / 2;
    return t;
}

/* "English" on a Spanish slide ("L · English" with keys only): the other
 * language's name, outlined as a button, at the footer's right. */
int view_controls_button(column_t *f, int right)
{
    view_t *v = f->view;
    view_controls_t *c = &v->controls;
    int h = button_height(v->width, v->height);
    int px = h * BUTTON_TEXT_PERCENT / 100, pad = h / 3;
    int w = text_w(f, FACE_BOLD, px, HINT(f, language)) + 2 * pad;
    /* Never narrower than tall (a finger), nor wider than half the
     * footer (a long label wraps or shrinks in it, and is counted). */
    w = clamp(w, h, f->w / 2 > h ? f->w / 2 : h);
    c->button = (view_rect_t){right - w, f->y + (f->bottom - f->y - h) / 2, w, h};
    c->outline = shorter_side(v) * 3 / 1000 > 2 ? shorter_side(v) * 3 / 1000 : 2;
    c->button_text = text_index(v, button_words(f, c->button, pad, px));
    c->button_hit = grown_on_panel(c->button, h * BUTTON_HIT_SLACK_PERCENT / 100, v);
    return c->button.x;
}

void view_controls_arrows(view_t *v, const metrics_t *m, uint32_t index)
{
    int w = m->margin * ARROW_WIDTH_PERCENT / 100, h = w * 2;
    int stroke = w / 5 > 2 ? w / 5 : 2;
    int x = (m->margin - w) / 2;
    int y = m->content.y + (m->content.h - h) / 2;
    /* The last slide's next goes round to the first: always there. */
    v->controls.next = (view_arrow_t){{v->width - x - w, y, w, h}, stroke, false};
    /* The first has no way back (no backward wrap): no arrow, not a dim
     * one a visitor would still try. */
    if (index > 0)
        v->controls.back = (view_arrow_t){{x, y, w, h}, stroke, true};
}

/* The pause notice: the whole progress region becomes a band in the
 * accent colour, the pause sign and its words centred on it in the
 * background's dark, at nearly half the band's height: read from across
 * the room, and the slide itself left whole for the visitor who paused
 * to read it. */
void view_controls_pause(column_t *f, view_rect_t region)
{
    view_t *v = f->view;
    int gap = f->m->gap;
    int px = region.h * BUTTON_TEXT_PERCENT / 100, mark = px * 3 / 4;
    view_text_t *p = &v->pause_text;
    p->text = HINT(f, paused);
    p->ink = VIEW_PAUSE_INK;
    /* Set larger than a label, but chrome: on a narrow portrait footer
     * it may shrink to a label's minimum, never below. */
    p->role = VIEW_ROLE_LABEL;
    p->nominal_px = px;
    int avail = region.w - 2 * gap - mark - gap;
    textfit_fit(f->measure, p->text, FACE_BOLD, px, f->m->px_min_label,
                avail > 1 ? avail : 1, region.h, &p->fit);
    int x = region.x + (region.w - (mark + gap + p->fit.width)) / 2;
    v->pause_mark = (view_rect_t){x, region.y + (region.h - mark) / 2, mark, mark};
    p->box = (view_rect_t){x + mark + gap,
                           region.y + (region.h - p->fit.height) / 2,
                           p->fit.width, p->fit.height};
}

static void move(view_rect_t *r, int dx, int dy)
{
    r->x += dx;
    r->y += dy;
}

void view_controls_shift(view_controls_t *c, int dx, int dy)
{
    move(&c->button, dx, dy);
    move(&c->button_hit, dx, dy);
    move(&c->back.box, dx, dy);
    move(&c->next.box, dx, dy);
}

gesture_targets_t view_tap_targets(const view_t *v)
{
    fb_rect_t speaker = {0, 0, 0, 0};
    if (v->speaker.state != VIEW_SPEAKER_NONE) speaker = v->speaker.hit;
    return (gesture_targets_t){v->controls.button_hit, speaker};
}
