/* fit_check.c - every text at its minimum size or larger, on every panel;
 * see fit_check.h. */
#include "fit_check.h"

#include <string.h>

#include "../core/view.h"
#include "../platform/fonts.h"

/* How much of a text a message quotes, in bytes. */
#define QUOTE_BYTES 40

/* Static: a view is tens of KiB, too much for a firmware stack. */
static view_t view;

/* The record a slide shows, as the [section] its header names and which
 * one of them; the summary slides point at their first record. */
static void slide_record(const slide_t *s, const char **section,
                         uint32_t *index)
{
    *index = 0;
    *section = "show";
    switch (s->kind) {
    case SLIDE_TITLE: return;
    case SLIDE_EVENT: *section = "event"; *index = s->record; return;
    case SLIDE_OVERVIEW: *section = "head_of_state"; return;
    case SLIDE_AMBASSADOR: *section = "ambassador"; *index = s->record; return;
    case SLIDE_AGREEMENTS: *section = "agreement"; return;
    case SLIDE_TRADE: *section = "trade"; return;
    case SLIDE_MISSIONS: *section = "mission"; return;
    }
}

/* One line of the text, without its line end and surrounding blanks. */
static void trimmed(const char *s, size_t n, const char **start, size_t *len)
{
    while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    while (n > 0 && (*s == ' ' || *s == '\t')) { s++; n--; }
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) { s += 3; n -= 3; }
    *start = s;
    *len = n;
}

/* Whether a trimmed line is the header "[section]" (blanks allowed inside
 * the brackets, as the loader allows them). */
static bool is_header(const char *s, size_t n, const char *section)
{
    if (n < 2 || s[0] != '[' || s[n - 1] != ']') return false;
    const char *in;
    size_t in_len;
    trimmed(s + 1, n - 2, &in, &in_len);
    return in_len == strlen(section) && memcmp(in, section, in_len) == 0;
}

uint32_t fit_check_header_line(content_text_t text, const char *section,
                               uint32_t index)
{
    uint32_t line = 0, seen = 0;
    size_t pos = 0;
    while (pos < text.size) {
        const char *nl = memchr(text.bytes + pos, '\n', text.size - pos);
        size_t end = nl ? (size_t)(nl - text.bytes) : text.size;
        line++;
        const char *s;
        size_t n;
        trimmed(text.bytes + pos, end - pos, &s, &n);
        if (is_header(s, n, section) && seen++ == index) return line;
        pos = end + 1;
    }
    return 0;
}

/* The start of a text for a message: its first line, at most QUOTE_BYTES
 * cut between characters, with "..." when there is more. */
static void quote(const char *text, char *out, size_t cap)
{
    size_t n = strcspn(text, "\n");
    bool more = text[n] != '\0';
    if (n > QUOTE_BYTES) {
        n = QUOTE_BYTES;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
        more = true;
    }
    snprintf(out, cap, "\"%.*s%s\"", (int)n, text, more ? "..." : "");
}

/* Where a problem is: "FILE:LINE: " and, after the caller's "warning: ",
 * the slide, the panel and the language. */
typedef struct {
    const char *name;
    uint32_t line;
    uint32_t slide;
    const char *kind;
    int w, h;
    lang_t lang;
} place_t;

static void print_place(FILE *out, const place_t *p, const char *severity)
{
    if (p->line) fprintf(out, "%s:%u: %s", p->name, p->line, severity);
    else fprintf(out, "%s: %s", p->name, severity);
    fprintf(out, "slide %u (%s) at %dx%d in %s: ", p->slide, p->kind, p->w,
            p->h, lang_code(p->lang));
}

static int cap_of(const textfit_measure_t *m, const view_text_t *t, int px)
{
    return m->cap_height(m->ctx, t->fit.face, px);
}

/* One text's verdict: 1 error, a warning, or nothing. */
static void check_text(const place_t *p, const view_text_t *t, FILE *out,
                       fit_check_result_t *r, bool warn_shrink)
{
    const textfit_measure_t *m = fonts_measure();
    char q[QUOTE_BYTES + 8];
    quote(t->text, q, sizeof q);
    int min_cap = view_min_cap_px(p->w, p->h, t->role);
    const char *what = t->role == VIEW_ROLE_LABEL ? "a label" : "text";
    int permille = t->role == VIEW_ROLE_LABEL ? VIEW_LABEL_MIN_CAP_PERMILLE
                                              : VIEW_BODY_MIN_CAP_PERMILLE;
    int shorter = p->w < p->h ? p->w : p->h;
    if (t->fit.ellipsized) {
        print_place(out, p, "");
        fprintf(out, "%s does not fit even at the minimum size (capitals of "
                     "%d px for %s: %d.%d%% of the panel's %d px); shorten "
                     "it\n",
                q, min_cap, what, permille / 10, permille % 10, shorter);
        r->errors++;
    } else if (t->fit.shrunk && warn_shrink) {
        print_place(out, p, "warning: ");
        fprintf(out, "%s shrinks from %d px to %d px to fit (capitals %d px; "
                     "the minimum %d)\n",
                q, t->nominal_px, t->fit.px, cap_of(m, t, t->fit.px), min_cap);
        r->warnings++;
    }
}

static void check_slide(const place_t *p, FILE *out, fit_check_result_t *r)
{
    for (uint32_t i = 0; i < view.text_count; i++)
        check_text(p, &view.texts[i], out, r, true);
    if (view.overflowed) {
        print_place(out, p, "");
        fprintf(out, "%u boxes are out of their space (a layout bug: please "
                     "report it)\n", view.overflowed);
        r->errors++;
    }
}

/* Whether the keys' view (`keys`) shows this very text: the touch view's
 * texts that are not in it are its own words (the hints, the button). */
static bool shown_with_keys(const view_t *keys, const char *text)
{
    for (uint32_t i = 0; i < keys->text_count; i++)
        if (keys->texts[i].text == text) return true;
    return keys->pause_text.text == text;
}

/* The words a touch screen shows instead of the keys' (the invitation,
 * the language button, the pause notice): they are on the first slide,
 * so judged there only, after the keys' view of it. These and the pause
 * notice are the kiosk's chrome, sized to their button or band: one that
 * would go under its minimum is an error, but shrinking to fit its band
 * is the band's design, not a curator's problem, and no warning. */
static void check_touch_words(const place_t *p, const view_request_t *keys_req,
                              FILE *out, fit_check_result_t *r)
{
    static view_t keys;
    keys = view;
    view_request_t touch = *keys_req;
    touch.input = VIEW_INPUT_TOUCH;
    view_build(&view, &touch);
    for (uint32_t i = 0; i < view.text_count; i++)
        if (!shown_with_keys(&keys, view.texts[i].text))
            check_text(p, &view.texts[i], out, r, false);
    check_text(p, &view.pause_text, out, r, false);
}

fit_check_result_t fit_check(const char *name, content_text_t text,
                             const content_t *content, const deck_t *deck,
                             FILE *out)
{
    static const struct { int w, h; } panels[] = FIT_CHECK_PANELS;
    fit_check_result_t r = {0, 0};
    for (uint32_t i = 0; i < deck->count; i++) {
        const char *section;
        uint32_t index;
        slide_record(&deck->slides[i], &section, &index);
        place_t p = {name, fit_check_header_line(text, section, index), i + 1,
                     deck_kind_name(deck->slides[i].kind), 0, 0, LANG_ES};
        for (size_t k = 0; k < sizeof panels / sizeof panels[0]; k++)
            for (int l = 0; l < LANG_COUNT; l++) {
                p.w = panels[k].w;
                p.h = panels[k].h;
                p.lang = (lang_t)l;
                view_request_t req = {content, deck, i, p.lang, p.w, p.h,
                                      fonts_measure(), VIEW_INPUT_KEYS, 0, 0,
                                      VIEW_SPEAKER_NONE};
                view_build(&view, &req);
                check_slide(&p, out, &r);
                /* The pause notice and the touch words, the same on every
                 * slide: judged once, on the first, at the labels' line. */
                if (i > 0) continue;
                place_t labels = p;
                labels.line = fit_check_header_line(text, "labels", 0);
                check_text(&labels, &view.pause_text, out, &r, false);
                check_touch_words(&labels, &req, out, &r);
            }
    }
    return r;
}
