/* trace.c - a script's run and every slide's layout as text; see trace.h.
 *
 * Numbers are printed at fixed widths (PRIu32, int), never as long
 * (32 bits on the board, 64 on the host); 64-bit ones through u64_text,
 * the same digits whatever printf a side links.
 */
#include "trace.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../core/gesture.h"
#include "../core/script.h"
#include "../core/settings.h"
#include "../core/sm.h"
#include "../core/view.h"

/* ------------------------------------------------------------ output */

static trace_out_t out;

static void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void emit(const char *fmt, ...)
{
    static char line[LIMIT_LINE + 256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    out(line);
}

/* A 64-bit count in decimal, into buf (21 bytes: 20 digits and a NUL). */
static const char *u64_text(uint64_t v, char *buf)
{
    char *p = buf + 20;
    *p = '\0';
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return p;
}

/* ----------------------------------------------------------- the run */

/* The view the screen shows, and the one every slide is laid out in for
 * trace_views: one, static (a view is too large for a small board's
 * stack, and the board's RAM holds one: README, "Firmware"). */
static view_t view;

/* The kiosk, as far as a script reaches it: the state machine, what the
 * view was built for, and the clock. */
static struct {
    const trace_board_t *board;
    sm_t sm;
    bool composed;      /* view is built */
    uint32_t slide;     /* what it was built for */
    lang_t lang;
    view_input_t input; /* the hints' words the screen should show */
    int shift_x, shift_y;
    uint64_t now_ms;
    gesture_t gesture;
} k;

void trace_deck(content_t *content, deck_t *deck)
{
    settings_t s;
    settings_defaults(&s);
    /* As the kiosk's build_deck: the settings' reading rule. */
    if (s.slide_ms) content->show.slide_ms = s.slide_ms;
    content->show.reading_wpm = s.reading_wpm;
    content->show.reading_min_ms = s.reading_min_ms;
    deck_build(content, deck);
}

/* FNV-1a (64 bits) over a number's four bytes, low first: the same on
 * any machine, whatever its byte order or its int's padding. */
static uint64_t mix(uint64_t h, int32_t v)
{
    for (int i = 0; i < 4; i++) {
        h ^= (uint32_t)v >> (8 * i) & 0xFFu;
        h *= 1099511628211ull;
    }
    return h;
}

/* A fingerprint of the view a script's screen shows: every fill and
 * every text's box, size and lines (trace_views prints them in full). */
static uint64_t view_fingerprint(void)
{
    uint64_t h = 14695981039346656037ull;
    for (uint32_t i = 0; i < view.fill_count; i++) {
        const view_fill_t *f = &view.fills[i];
        h = mix(mix(mix(mix(mix(h, f->rect.x), f->rect.y), f->rect.w), f->rect.h), (int32_t)f->ink);
    }
    for (uint32_t i = 0; i < view.text_count; i++) {
        const view_text_t *t = &view.texts[i];
        h = mix(mix(mix(mix(mix(h, t->box.x), t->box.y), t->box.w), t->box.h), t->fit.px);
        for (unsigned l = 0; l < t->fit.line_count; l++)
            h = mix(mix(h, t->fit.lines[l].start), t->fit.lines[l].length);
    }
    return h;
}

/* The screen follows the machine (screen.c, screen_update): the slide is
 * laid out again when it, its language, its hints' input or the burn-in
 * offset changed, and the trace says so with the view's fingerprint.
 * Hours are "always": the machine never sleeps. */
static void frame(void)
{
    const trace_board_t *b = k.board;
    int dx, dy;
    view_burn_in_offset(k.now_ms, b->width, b->height, &dx, &dy);
    if (k.composed && k.slide == k.sm.slide && k.lang == k.sm.lang &&
        view.input == k.input && dx == k.shift_x && dy == k.shift_y)
        return;
    view_request_t request = {b->content, b->deck, k.sm.slide, k.sm.lang,
                              b->width, b->height, b->measure, k.input, 0, 0,
                              VIEW_SPEAKER_NONE};
    view_build(&view, &request);
    view_shift(&view, dx, dy);
    k.shift_x = dx;
    k.shift_y = dy;
    k.slide = k.sm.slide;
    k.lang = k.sm.lang;
    k.composed = true;
    uint64_t h = view_fingerprint();
    emit("  view of slide %" PRIu32 ", %s, %s hints, moved %d,%d: %" PRIu32
         " fills, %" PRIu32 " texts, fingerprint %08" PRIx32 "%08" PRIx32,
         k.sm.slide + 1, lang_code(k.sm.lang),
         k.input == VIEW_INPUT_TOUCH ? "touch" : "keys", dx, dy,
         view.fill_count, view.text_count, (uint32_t)(h >> 32), (uint32_t)h);
}

static const char *const event_names[] = {
    [SM_EV_TICK] = "tick",   [SM_EV_NEXT] = "next",   [SM_EV_PREV] = "prev",
    [SM_EV_FIRST] = "first", [SM_EV_LAST] = "last",   [SM_EV_PAUSE] = "pause",
    [SM_EV_LANG] = "lang",   [SM_EV_CLOSE] = "close", [SM_EV_OPEN] = "open",
    [SM_EV_NARRATE] = "narrate",
};

/* One event into the machine, and its trace line: the transition, the
 * slide and language after it, the clock. */
static void event(sm_event_kind_t kind, uint64_t elapsed_ms)
{
    char t[21], e[21];
    if (kind == SM_EV_TICK) k.now_ms += elapsed_ms;
    sm_transition_t tr = sm_step(&k.sm, (sm_event_t){kind, elapsed_ms});
    emit("  %s %s at %s: %s -> %s, slide %" PRIu32 " -> %" PRIu32 ", %s, %s",
         event_names[kind], u64_text(elapsed_ms, e), u64_text(k.now_ms, t),
         sm_state_name(tr.from), sm_state_name(tr.to), tr.slide_from + 1,
         tr.slide_to + 1, lang_code(k.sm.lang), sm_parent_name(sm_parent(&k.sm)));
    frame();
}

/* ------------------------------------------------------- expectations */

static bool shows_text(const char *text)
{
    for (uint32_t i = 0; i < view.text_count; i++)
        if (strcmp(view.texts[i].text, text) == 0) return true;
    return k.sm.state == SM_PAUSED && view.pause_text.text &&
           strcmp(view.pause_text.text, text) == 0;
}

static unsigned arrows_shown(void)
{
    return (view.controls.back.box.w > 0 ? SCRIPT_ARROW_BACK : 0u) |
           (view.controls.next.box.w > 0 ? SCRIPT_ARROW_NEXT : 0u);
}

/* The script's expectations, as run_headless.c checks them. Narration:
 * the board has no voice, so nothing is ever read aloud. */
static bool expectation_holds(const script_cmd_t *c)
{
    switch (c->op) {
    case SCRIPT_EXPECT_SLIDE: return k.sm.slide + 1 == c->slide;
    case SCRIPT_EXPECT_STATE: return k.sm.state == c->state;
    case SCRIPT_EXPECT_LANG: return k.sm.lang == c->lang;
    case SCRIPT_EXPECT_INPUT: return (view.input == VIEW_INPUT_TOUCH) == c->touch;
    case SCRIPT_EXPECT_ARROWS: return arrows_shown() == c->arrows;
    case SCRIPT_EXPECT_TEXT: return shows_text(c->text);
    case SCRIPT_EXPECT_SPEAKING: return false;
    case SCRIPT_EXPECT_SILENT: return true;
    case SCRIPT_NOTHING:
    case SCRIPT_KEY:
    case SCRIPT_WAIT:
    case SCRIPT_SHOT:
    case SCRIPT_TAP:
    case SCRIPT_SWIPE:
    case SCRIPT_TOUCH_CONTENT:
    case SCRIPT_RELOAD: break;
    }
    return false;
}

/* ------------------------------------------------------------ fingers */

/* Where a tap goes down: its pixel, or the middle of the control it
 * names as the screen shows it now. False when off the panel or not
 * shown. */
static bool tap_point(const script_cmd_t *c, gesture_pointer_t *p)
{
    const trace_board_t *b = k.board;
    const view_controls_t *ctl = &view.controls;
    if (c->at == SCRIPT_AT_PIXEL) {
        *p = (gesture_pointer_t){GESTURE_DOWN, 0, (int)c->x, (int)c->y};
        return c->x < (uint32_t)b->width && c->y < (uint32_t)b->height;
    }
    view_rect_t r = c->at == SCRIPT_AT_LANG   ? ctl->button
                    : c->at == SCRIPT_AT_BACK ? ctl->back.box
                    : c->at == SCRIPT_AT_NEXT ? ctl->next.box
                                              : (view_rect_t){0, 0, 0, 0};
    *p = (gesture_pointer_t){GESTURE_DOWN, 0, r.x + r.w / 2, r.y + r.h / 2};
    return r.w > 0;
}

/* A tap or a swipe through the gesture recogniser, as run_headless.c's
 * touch(): down, move and up at one instant; a finger makes the hints
 * speak of touch (touch "auto"), on the view the screen shows until the
 * next frame. */
static bool finger(const script_cmd_t *c)
{
    const trace_board_t *b = k.board;
    gesture_pointer_t from, mid, to;
    if (c->op == SCRIPT_TAP) {
        if (!tap_point(c, &from)) return false;
        mid = to = from;
    } else {
        int w = b->width, y = b->height / 2;
        int a = w * 7 / 10, z = w * 3 / 10;
        if (c->swipe == SCRIPT_SWIPE_RIGHT) { int t = a; a = z; z = t; }
        from = (gesture_pointer_t){GESTURE_DOWN, 0, a, y};
        mid = (gesture_pointer_t){GESTURE_DOWN, 0, (a + z) / 2, y};
        to = (gesture_pointer_t){GESTURE_DOWN, 0, z, y};
    }
    mid.phase = GESTURE_MOVE;
    to.phase = GESTURE_UP;
    k.input = VIEW_INPUT_TOUCH;
    gesture_panel_t panel = {b->width, b->height, 0};
    gesture_targets_t targets = view_tap_targets(&view);
    sm_event_kind_t turn;
    gesture_feed(&k.gesture, panel, &targets, from, k.now_ms, &turn);
    gesture_feed(&k.gesture, panel, &targets, mid, k.now_ms, &turn);
    bool acted = gesture_feed(&k.gesture, panel, &targets, to, k.now_ms, &turn);
    emit("  finger at %d,%d to %d,%d: %s", from.x, from.y, to.x, to.y,
         acted ? event_names[turn] : "nothing");
    if (acted) event(turn, 0);
    else frame();
    return true;
}

/* --------------------------------------------------------- a command */

static bool execute(const script_cmd_t *c)
{
    switch (c->op) {
    case SCRIPT_NOTHING: return true;
    case SCRIPT_KEY: event(c->key, 0); return true;
    case SCRIPT_WAIT: event(SM_EV_TICK, c->ms); return true;
    case SCRIPT_TAP:
    case SCRIPT_SWIPE: return finger(c);
    case SCRIPT_EXPECT_SLIDE:
    case SCRIPT_EXPECT_STATE:
    case SCRIPT_EXPECT_LANG:
    case SCRIPT_EXPECT_INPUT:
    case SCRIPT_EXPECT_ARROWS:
    case SCRIPT_EXPECT_TEXT:
    case SCRIPT_EXPECT_SPEAKING:
    case SCRIPT_EXPECT_SILENT: return expectation_holds(c);
    /* No file system, no pictures on the board. */
    case SCRIPT_SHOT:
    case SCRIPT_TOUCH_CONTENT:
    case SCRIPT_RELOAD: return false;
    }
    return false;
}

static void start(const trace_board_t *b)
{
    settings_t s;
    settings_defaults(&s);
    sm_config_t config = {s.idle_timeout_ms, s.pause_timeout_ms, s.lang,
                          s.staff_wake_ms};
    memset(&k, 0, sizeof k);
    k.board = b;
    out = b->out;
    sm_init(&k.sm, config, b->deck);
    k.input = VIEW_INPUT_KEYS; /* no finger seen yet */
    gesture_init(&k.gesture);
    frame();
}

bool trace_script(const trace_board_t *b, const char *name, const char *text,
                  size_t size)
{
    static char line[LIMIT_LINE + 1];
    start(b);
    emit("script %s", name);
    uint32_t number = 0;
    for (size_t pos = 0; pos < size;) {
        const char *nl = memchr(text + pos, '\n', size - pos);
        size_t n = (nl ? (size_t)(nl - text) : size) - pos;
        number++;
        bool fits = n <= LIMIT_LINE;
        if (fits) memcpy(line, text + pos, n);
        line[fits ? n : 0] = '\0';
        pos += n + 1;
        script_cmd_t cmd;
        char err[160] = "line too long";
        if (!fits || !script_parse_line(line, &cmd, err, sizeof err)) {
            emit("FAIL %s:%" PRIu32 ": %s", name, number, err);
            return false;
        }
        if (cmd.op == SCRIPT_NOTHING) continue;
        /* Echoed before it runs (the parser cut the line into words). */
        memcpy(line, text + pos - n - 1, n);
        line[n] = '\0';
        emit("%" PRIu32 ": %s", number, line);
        if (!execute(&cmd)) {
            emit("FAIL %s:%" PRIu32 ": %s", name, number, line);
            return false;
        }
    }
    emit("end %s: %s, slide %" PRIu32 ", %s", name, sm_state_name(k.sm.state),
         k.sm.slide + 1, lang_code(k.sm.lang));
    return true;
}

/* -------------------------------------------------------------- views */

static const char *rect_text(view_rect_t r, char *buf, size_t cap)
{
    snprintf(buf, cap, "%d,%d %dx%d", r.x, r.y, r.w, r.h);
    return buf;
}

/* A text, then each of its lines with its words. */
static void emit_text(const char *what, const view_text_t *t)
{
    char r[48];
    if (!t->text) return;
    emit("  %s %s ink %d face %d px %d nominal %d line %d size %dx%d%s%s%s",
         what, rect_text(t->box, r, sizeof r), (int)t->ink, (int)t->fit.face,
         t->fit.px, t->nominal_px, t->fit.line_height, t->fit.width,
         t->fit.height, t->fit.shrunk ? " shrunk" : "",
         t->fit.ellipsized ? " ellipsized" : "", t->align_right ? " right" : "");
    for (unsigned i = 0; i < t->fit.line_count; i++) {
        const textfit_line_t *l = &t->fit.lines[i];
        emit("    | %.*s", (int)l->length, t->text + l->start);
    }
}

static void emit_view(const view_t *v)
{
    char r[48], s[48];
    for (uint32_t i = 0; i < v->fill_count; i++)
        emit("  fill %s ink %d", rect_text(v->fills[i].rect, r, sizeof r),
             (int)v->fills[i].ink);
    for (uint32_t i = 0; i < v->text_count; i++) emit_text("text", &v->texts[i]);
    emit_text("pause", &v->pause_text);
    const view_controls_t *c = &v->controls;
    emit("  button %s hit %s outline %d", rect_text(c->button, r, sizeof r),
         rect_text(c->button_hit, s, sizeof s), c->outline);
    emit("  arrows %s stroke %d, %s stroke %d",
         rect_text(c->back.box, r, sizeof r), c->back.stroke,
         rect_text(c->next.box, s, sizeof s), c->next.stroke);
    emit("  chrome %s track %s", rect_text(v->chrome, r, sizeof r),
         rect_text(v->track, s, sizeof s));
    emit("  pause mark %s", rect_text(v->pause_mark, r, sizeof r));
}

unsigned trace_views(const trace_board_t *b)
{
    static const char *const inputs[] = {"keys", "touch"};
    unsigned views = 0;
    out = b->out;
    k.composed = false; /* the screen's view is laid over */
    for (uint32_t i = 0; i < b->deck->count; i++)
        for (int l = 0; l < LANG_COUNT; l++)
            for (int in = 0; in < 2; in++) {
                view_request_t request = {b->content, b->deck, i, (lang_t)l,
                                          b->width, b->height, b->measure,
                                          (view_input_t)in, 0, 0,
                                          VIEW_SPEAKER_NONE};
                view_build(&view, &request);
                emit("view slide %" PRIu32 " %s %s %dx%d: %" PRIu32 " fills, %"
                     PRIu32 " texts, ellipsized %" PRIu32 ", overflowed %" PRIu32,
                     i + 1, lang_code((lang_t)l), inputs[in], view.width,
                     view.height, view.fill_count, view.text_count,
                     view.ellipsized, view.overflowed);
                emit_view(&view);
                views++;
            }
    return views;
}
