/* fuzz_content.c - libFuzzer target: content_load() on arbitrary bytes.
 *
 * The loader must never crash, hang or read outside the `size` bytes it is
 * given (libFuzzer hands over a buffer of exactly that size, so AddressSanitizer
 * sees any byte read past it). Beyond "no crash", every result is checked:
 *
 *   - the report: the return value says whether anything was reported, at
 *     most LIMIT_ERRORS are kept, each message is a non-empty NUL-terminated
 *     string, lines are in order (whole-file errors, line 0, last) and no
 *     line is past the input's last;
 *   - on success, the table: counts within their limits and at least one
 *     event or ambassador, every record past a count untouched (zero),
 *     every string NUL-terminated within its capacity, valid UTF-8, without
 *     a newline and trimmed, required texts non-empty, dates in range and
 *     existing, slide times in range, sides known, twelve month names;
 *   - dates format into buffers of every small size without overflowing;
 *   - the table written back as text (by this file's own writer, which
 *     knows the format from README.md, not from content.c's tables) loads
 *     again into the very same table, byte for byte: a value stored in the
 *     wrong field, language or record would show up here;
 *   - the same for the kiosk's own serialiser (content_format, what
 *     --format-content prints): its text loads as the same table, and
 *     formats to itself;
 *   - that canonical text broken into each known-bad shape (the [end]
 *     line gone, text after it, a required field gone or empty, a key
 *     twice, an unknown key or kind, an impossible date, eleven months,
 *     bad UTF-8, a NUL byte, a line past LIMIT_LINE) is rejected: the
 *     oracle says what must fail, not only what must not crash.
 *
 * Built by `make fuzz` / `make test` with clang -fsanitize=fuzzer,address,
 * undefined against src/core directly; see tests/fuzz/README.md.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/content.h"
#include "core/content_id.h"
#include "core/content_format.h"
#include "core/deck.h"
#include "core/reading.h"
#include "core/sm.h"
#include "core/utf8.h"
#include "core/view.h"

#include "fuzz_check.h"

/* Tens of KiB each: static, as the kiosk keeps them. */
static content_t table, again;
static content_report_t rep, rep_again;

/* The writer (below) names every field. These mirrors of content.h's records
 * break the build when a field is added or removed there, rather than
 * letting the round trip fail at random: update write_table() (and
 * check_table()) with it. */
#define LABELS 27
#define MIRRORS(type, ...)                                                  \
    _Static_assert(sizeof(type) == sizeof(__VA_ARGS__),                    \
                   #type " changed: update tests/fuzz/fuzz_content.c")
MIRRORS(content_labels_t, struct { content_short_tr_t l[LABELS]; });
MIRRORS(content_show_t, struct {
    content_short_tr_t a, b; content_long_tr_t c; uint32_t d, e, f; });
MIRRORS(content_event_t, struct {
    content_id_t i; content_date_t a; content_short_tr_t b; content_long_tr_t c;
    uint32_t d; });
MIRRORS(content_ambassador_t, struct {
    content_id_t i; content_short_t a; content_short_tr_t h; content_date_t b;
    content_long_tr_t c; content_short_t d, e; content_short_tr_t f; uint32_t g; });
MIRRORS(content_agreement_t, struct { content_date_t a; content_short_tr_t b; });
MIRRORS(content_trade_t, struct {
    content_date_t a; content_short_tr_t b; content_long_tr_t c; });
MIRRORS(content_export_t, struct { content_side_t a; content_short_tr_t b; });
MIRRORS(content_mission_t, struct { content_side_t a; content_long_tr_t b; });
MIRRORS(content_date_t, struct { int16_t a; uint8_t b, c; });
MIRRORS(content_head_t, struct {
    content_side_t a; content_short_t b, c; content_date_t d, e, f; });

/* ------------------------------------------------------------ invariants */

static void check_text(const char *s, size_t cap, bool required,
                       const char *what)
{
    const char *nul = memchr(s, '\0', cap + 1);
    CHECK(nul != NULL, "%s is not NUL-terminated within %zu bytes", what, cap);
    size_t n = (size_t)(nul - s);
    size_t bad = 0;
    CHECK(utf8_valid(s, n, &bad), "%s is not valid UTF-8 (byte %zu)", what, bad);
    CHECK(memchr(s, '\n', n) == NULL, "%s holds a newline", what);
    CHECK(!required || n > 0, "required %s is empty", what);
    if (n > 0) {
        CHECK(s[0] != ' ' && s[0] != '\t', "%s starts with a blank", what);
        CHECK(s[n - 1] != ' ' && s[n - 1] != '\t', "%s ends with a blank", what);
    }
    /* Nothing is left behind the terminator: stores copy n + 1 bytes into
     * a zeroed table. */
    for (size_t i = n; i <= cap; i++)
        CHECK(s[i] == '\0', "%s has bytes after its terminator", what);
}

static void check_short_tr(const content_short_tr_t t, bool required,
                           const char *what)
{
    for (int l = 0; l < LANG_COUNT; l++)
        check_text(t[l], LIMIT_SHORT_TEXT, required, what);
}

static void check_long_tr(const content_long_tr_t t, bool required,
                          const char *what)
{
    for (int l = 0; l < LANG_COUNT; l++)
        check_text(t[l], LIMIT_LONG_TEXT, required, what);
}

static int days_in(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

static void check_date(const content_t *c, content_date_t d, bool required,
                       const char *what)
{
    if (d.year == 0) {
        CHECK(!required, "required %s is missing", what);
        CHECK(d.month == 0 && d.day == 0, "%s has no year but a month or day",
              what);
    } else {
        CHECK(d.year >= 1900 && d.year <= 2100, "%s year %d", what, d.year);
        CHECK(d.month <= 12, "%s month %d", what, d.month);
        CHECK(d.day == 0 || d.month != 0, "%s has a day but no month", what);
        CHECK(d.day == 0 || d.day <= days_in(d.year, d.month),
              "%s day %d does not exist in %d-%02d", what, d.day, d.year,
              d.month);
    }
    /* Formatting: never past cap, always terminated, length as written. */
    for (int l = 0; l < LANG_COUNT; l++) {
        char full[256];
        size_t n = content_date_format(c, d, (lang_t)l, full, sizeof full);
        CHECK(n < sizeof full && strlen(full) == n, "%s formats badly", what);
        CHECK(utf8_valid(full, n, NULL), "%s formats as invalid UTF-8", what);
        CHECK(d.year == 0 || n > 0, "%s formats as nothing", what);
        for (size_t cap = 1; cap <= 24; cap++) {
            char small[24 + 8];
            memset(small, 'X', sizeof small);
            size_t k = content_date_format(c, d, (lang_t)l, small, cap);
            CHECK(k < cap && small[k] == '\0', "%s in %zu bytes", what, cap);
            CHECK(memcmp(small, full, k) == 0, "%s cut differs", what);
            for (size_t i = cap; i < sizeof small; i++)
                CHECK(small[i] == 'X', "%s wrote past %zu bytes", what, cap);
        }
    }
}

static void check_ms(uint32_t ms, bool may_be_default, const char *what)
{
    if (ms == 0 && may_be_default) return;
    CHECK(ms % 1000 == 0 && ms >= 1000u * LIMIT_SLIDE_SECONDS_MIN &&
              ms <= 1000u * LIMIT_SLIDE_SECONDS_MAX,
          "%s is %u ms", what, ms);
}

static void check_side(content_side_t s, const char *what)
{
    CHECK(s == SIDE_MEXICO || s == SIDE_NORTH_KOREA, "%s is %d", what, (int)s);
}

static bool all_zero(const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i]) return false;
    return true;
}

/* Records past a count were never written. */
#define CHECK_UNUSED(array, count)                                          \
    CHECK(all_zero(&(array)[count],                                          \
                   sizeof(array) - sizeof((array)[0]) * (size_t)(count)),   \
          #array " has data past its count %u", (unsigned)(count))

static void check_months(const content_short_tr_t months)
{
    for (int l = 0; l < LANG_COUNT; l++) {
        const char *s = months[l];
        int names = 0;
        for (const char *c = s;;) {
            size_t n = strcspn(c, ",");
            size_t lead = strspn(c, " ");
            CHECK(n > lead, "months[%d] has an empty name", l);
            /* The spaces after a comma are not the name's (the loader
             * counted them once: content-valid-month-name-24-second). */
            CHECK(n - lead <= LIMIT_MONTH_NAME, "months[%d] has a long name", l);
            names++;
            if (!c[n]) break;
            c += n + 1;
        }
        CHECK(names == 12, "months[%d] has %d names", l, names);
    }
}

/* Every slide's record has an id, valid and its own (content_id.h). */
static void check_ids(const content_t *c)
{
    const char *ids[LIMIT_EVENTS + LIMIT_AMBASSADORS];
    unsigned n = 0;
    for (unsigned i = 0; i < c->event_count; i++) ids[n++] = c->events[i].id;
    for (unsigned i = 0; i < c->ambassador_count; i++)
        ids[n++] = c->ambassadors[i].id;
    for (unsigned i = 0; i < n; i++) {
        CHECK(content_id_valid(ids[i]), "id '%s' is not valid", ids[i]);
        for (unsigned j = 0; j < i; j++)
            CHECK(strcmp(ids[i], ids[j]) != 0, "id '%s' twice", ids[i]);
    }
}

static void check_table(const content_t *c)
{
    CHECK(c->event_count <= LIMIT_EVENTS, "%u events", c->event_count);
    CHECK(c->ambassador_count <= LIMIT_AMBASSADORS, "%u ambassadors",
          c->ambassador_count);
    CHECK(c->agreement_count <= LIMIT_AGREEMENTS, "%u agreements",
          c->agreement_count);
    CHECK(c->trade_count <= LIMIT_TRADE_FACTS, "%u trade", c->trade_count);
    CHECK(c->export_count <= LIMIT_EXPORTS, "%u exports", c->export_count);
    CHECK(c->mission_count <= LIMIT_MISSIONS, "%u missions", c->mission_count);
    CHECK(c->head_count <= LIMIT_HEADS_OF_STATE, "%u heads", c->head_count);
    CHECK(c->event_count + c->ambassador_count > 0, "nothing to show");

    check_short_tr(c->show.title, true, "show.title");
    check_short_tr(c->show.subtitle, false, "show.subtitle");
    check_long_tr(c->show.text, false, "show.text");
    check_ms(c->show.slide_ms, true, "show.slide_ms"); /* 0: reading time */
    /* No file sets the reading rule: content_load's defaults (reading.h). */
    CHECK(c->show.reading_wpm == READING_DEFAULT_WPM &&
              c->show.reading_min_ms == READING_DEFAULT_MIN_MS,
          "reading rule %u wpm, %u ms", c->show.reading_wpm, c->show.reading_min_ms);

    /* Every label is a translated short text (all but `closed`, `listen`
     * and `listen_stop` required; the touch hints a file leaves out are
     * the loader's own words). */
    const content_labels_t *lb = &c->labels;
    const content_short_tr_t *labels = (const content_short_tr_t *)lb;
    for (size_t i = 0; i < LABELS; i++) {
        bool optional = labels + i == &lb->closed || labels + i == &lb->listen ||
                        labels + i == &lb->listen_stop;
        check_short_tr(labels[i], !optional, "a label");
    }
    check_months(lb->months);

    check_ids(c);
    for (unsigned i = 0; i < c->event_count; i++) {
        const content_event_t *e = &c->events[i];
        check_date(c, e->date, true, "event.date");
        check_short_tr(e->headline, true, "event.headline");
        check_long_tr(e->text, true, "event.text");
        check_ms(e->slide_ms, true, "event.seconds");
    }
    for (unsigned i = 0; i < c->ambassador_count; i++) {
        const content_ambassador_t *a = &c->ambassadors[i];
        check_text(a->name, LIMIT_SHORT_TEXT, false, "ambassador.name");
        check_short_tr(a->era, false, "ambassador.era");
        check_date(c, a->accreditation, false, "ambassador.accreditation");
        check_long_tr(a->observations, false, "ambassador.observations");
        check_text(a->leader, LIMIT_SHORT_TEXT, true, "ambassador.leader");
        check_text(a->president, LIMIT_SHORT_TEXT, true, "ambassador.president");
        check_short_tr(a->term_end, false, "ambassador.term_end");
        check_ms(a->slide_ms, true, "ambassador.seconds");
    }
    for (unsigned i = 0; i < c->agreement_count; i++) {
        check_date(c, c->agreements[i].date, true, "agreement.date");
        check_short_tr(c->agreements[i].name, true, "agreement.name");
    }
    for (unsigned i = 0; i < c->trade_count; i++) {
        check_date(c, c->trade[i].date, true, "trade.date");
        check_short_tr(c->trade[i].figure, false, "trade.figure");
        check_long_tr(c->trade[i].text, true, "trade.text");
    }
    for (unsigned i = 0; i < c->export_count; i++) {
        check_side(c->exports[i].from, "export.from");
        check_short_tr(c->exports[i].goods, true, "export.goods");
    }
    for (unsigned i = 0; i < c->mission_count; i++) {
        check_side(c->missions[i].side, "mission.side");
        check_long_tr(c->missions[i].text, true, "mission.text");
    }
    for (unsigned i = 0; i < c->head_count; i++) {
        const content_head_t *h = &c->heads[i];
        check_side(h->side, "head_of_state.side");
        check_text(h->name, LIMIT_SHORT_TEXT, true, "head_of_state.name");
        check_text(h->short_name, LIMIT_SHORT_TEXT, false,
                   "head_of_state.short_name");
        check_date(c, h->from, true, "head_of_state.from");
        check_date(c, h->to, false, "head_of_state.to");
        check_date(c, h->as_of, false, "head_of_state.as_of");
        /* A term ended or goes on: exactly one of the two. */
        CHECK((h->to.year == 0) != (h->as_of.year == 0),
              "head_of_state with to %d and as_of %d", h->to.year,
              h->as_of.year);
    }
    CHECK_UNUSED(c->events, c->event_count);
    CHECK_UNUSED(c->ambassadors, c->ambassador_count);
    CHECK_UNUSED(c->agreements, c->agreement_count);
    CHECK_UNUSED(c->trade, c->trade_count);
    CHECK_UNUSED(c->exports, c->export_count);
    CHECK_UNUSED(c->missions, c->mission_count);
    CHECK_UNUSED(c->heads, c->head_count);
}

/* Lines content_load numbers: every '\n' ends one, and a last one without
 * it counts too. A BOM at the start is not a line of its own. */
static uint32_t count_lines(const uint8_t *d, size_t n)
{
    size_t pos = n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    uint32_t lines = 0;
    while (pos < n) {
        const uint8_t *nl = memchr(d + pos, '\n', n - pos);
        lines++;
        pos = nl ? (size_t)(nl - d) + 1 : n;
    }
    return lines;
}

static void check_report(const content_report_t *r, bool ok, uint32_t lines)
{
    CHECK(ok == (content_report_errors(r) == 0), "returned %d with %u errors",
          ok, content_report_errors(r));
    CHECK(r->warnings <= r->total, "%u warnings of %u", r->warnings, r->total);
    CHECK(r->kept <= LIMIT_ERRORS && r->kept <= r->total, "kept %u of %u",
          r->kept, r->total);
    CHECK(r->kept == (r->total < LIMIT_ERRORS ? r->total : LIMIT_ERRORS),
          "kept %u of %u", r->kept, r->total);
    for (uint32_t i = 0; i < r->kept; i++) {
        const content_error_t *e = &r->errors[i];
        const char *nul = memchr(e->message, '\0', sizeof e->message);
        CHECK(nul != NULL && nul != e->message, "error %u has no message", i);
        CHECK(e->line <= lines, "error on line %u of %u", e->line, lines);
        if (i > 0) {
            uint32_t a = r->errors[i - 1].line, b = e->line;
            CHECK(b == 0 || (a != 0 && a <= b), "errors out of order: %u, %u",
                  a, b);
        }
    }
}

/* ------------------------------------------------------------ the writer */

static char text[512 * 1024];
static size_t text_len;

static void put(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void put(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text + text_len, sizeof text - text_len, fmt, ap);
    va_end(ap);
    CHECK(n >= 0 && (size_t)n < sizeof text - text_len, "writer overflow");
    text_len += (size_t)n;
}

/* Every line ends in CRLF: the loader drops exactly one CR, so a value that
 * itself ends in a CR comes back as it was. */
static void put_text(const char *key, const char *v)
{
    put("%s = %s\r\n", key, v);
}

static void put_tr(const char *key, const char (*v)[LIMIT_SHORT_TEXT + 1])
{
    put("%s_es = %s\r\n%s_en = %s\r\n", key, v[LANG_ES], key, v[LANG_EN]);
}

static void put_tr_long(const char *key, const char (*v)[LIMIT_LONG_TEXT + 1])
{
    put("%s_es = %s\r\n%s_en = %s\r\n", key, v[LANG_ES], key, v[LANG_EN]);
}

static void put_date(const char *key, content_date_t d)
{
    if (d.year == 0) put("%s =\r\n", key);
    else if (d.month == 0) put("%s = %04d\r\n", key, d.year);
    else if (d.day == 0) put("%s = %04d-%02d\r\n", key, d.year, d.month);
    else put("%s = %04d-%02d-%02d\r\n", key, d.year, d.month, d.day);
}

static void put_seconds(const char *key, uint32_t ms)
{
    if (ms) put("%s = %u\r\n", key, ms / 1000u);
}

static const char *side_name(content_side_t s)
{
    return s == SIDE_MEXICO ? "mexico" : "north_korea";
}

static void write_table(const content_t *c)
{
    text_len = 0;
    /* Records in an order unlike the usual one, [labels] last, with the
     * bracket spaced as a curator might: the order of kinds is free. */
    put("\xEF\xBB\xBF# written back by fuzz_content\r\n[ show ]\r\n");
    put_tr("title", c->show.title);
    put_tr("subtitle", c->show.subtitle);
    put_tr_long("text", c->show.text);
    put_seconds("slide_seconds", c->show.slide_ms);
    for (unsigned i = 0; i < c->mission_count; i++) {
        put("[mission]\r\n");
        put_text("side", side_name(c->missions[i].side));
        put_tr_long("text", c->missions[i].text);
    }
    for (unsigned i = 0; i < c->ambassador_count; i++) {
        const content_ambassador_t *a = &c->ambassadors[i];
        put("[ambassador]\r\n");
        put_text("id", a->id);
        put_seconds("seconds", a->slide_ms);
        put_text("name", a->name);
        put_tr("era", a->era);
        put_date("accreditation", a->accreditation);
        put_tr_long("observations", a->observations);
        put_text("leader", a->leader);
        put_text("president", a->president);
        put_tr("term_end", a->term_end);
    }
    for (unsigned i = 0; i < c->event_count; i++) {
        const content_event_t *e = &c->events[i];
        put("[event]\r\n");
        put_tr_long("text", e->text);
        put_tr("headline", e->headline);
        put_date("date", e->date);
        put_text("id", e->id);
        put_seconds("seconds", e->slide_ms);
    }
    for (unsigned i = 0; i < c->head_count; i++) {
        const content_head_t *h = &c->heads[i];
        put("[head_of_state]\r\n");
        put_date("as_of", h->as_of);
        put_date("to", h->to);
        put_date("from", h->from);
        put_text("short_name", h->short_name);
        put_text("name", h->name);
        put_text("side", side_name(h->side));
    }
    for (unsigned i = 0; i < c->agreement_count; i++) {
        put("[agreement]\r\n");
        put_date("date", c->agreements[i].date);
        put_tr("name", c->agreements[i].name);
    }
    for (unsigned i = 0; i < c->trade_count; i++) {
        put("[trade]\r\n");
        put_date("date", c->trade[i].date);
        put_tr("figure", c->trade[i].figure);
        put_tr_long("text", c->trade[i].text);
    }
    for (unsigned i = 0; i < c->export_count; i++) {
        put("[export]\r\n");
        put_text("from", side_name(c->exports[i].from));
        put_tr("goods", c->exports[i].goods);
    }
    const content_labels_t *lb = &c->labels;
    put("[labels]\r\n");
    put_tr("history", lb->history);
    put_tr("ambassadors", lb->ambassadors);
    put_tr("leader", lb->leader);
    put_tr("president", lb->president);
    put_tr("term_end", lb->term_end);
    put_tr("agreements", lb->agreements);
    put_tr("trade", lb->trade);
    put_tr("missions", lb->missions);
    put_tr("exports_mexico", lb->exports_mexico);
    put_tr("exports_north_korea", lb->exports_north_korea);
    put_tr("mexico", lb->mexico);
    put_tr("north_korea", lb->north_korea);
    put_tr("invitation", lb->invitation);
    put_tr("paused", lb->paused);
    put_tr("language", lb->language);
    put_tr("months", lb->months);
    put_tr("closed", lb->closed);
    put_tr("listen", lb->listen);
    put_tr("listen_stop", lb->listen_stop);
    put_tr("invitation_touch", lb->invitation_touch);
    put_tr("paused_touch", lb->paused_touch);
    put_tr("language_touch", lb->language_touch);
    put_tr("overview", lb->overview);
    put_tr("established", lb->established);
    put_tr("overview_marks", lb->overview_marks);
    put_tr("context", lb->context);
    put_tr("accreditation", lb->accreditation);
    put("[end]\r\n");
}

static void print_report(const content_report_t *r)
{
    for (uint32_t i = 0; i < r->kept; i++)
        fprintf(stderr, "  line %u: %s\n", r->errors[i].line,
                r->errors[i].message);
}

/* --------------------------------------------------- the table in use */

/* Whatever content_load accepts, the kiosk shows without tripping one of
 * the core's KIOSK_ASSERTs (fuzz_check.h aborts on one): the deck, a loop
 * of the attract mode through it, and every slide's view in both
 * languages, with a font of fixed proportions (glyphs 0.55 em wide, lines
 * 1.36 em: near the embedded font, a little roomier) on a small and a portrait panel. */
static deck_t deck;
static sm_t sm;
static view_t view;

static int fixed_width(void *ctx, textfit_face_t face, int px, const char *s,
                       size_t n)
{
    (void)ctx;
    (void)face;
    (void)s;
    return (int)n * px * 55 / 100;
}

static int fixed_line_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    (void)face;
    return (px * 136 + 99) / 100;
}

static int fixed_cap_height(void *ctx, textfit_face_t face, int px)
{
    (void)ctx;
    (void)face;
    return px * 2 / 3;
}

static void check_in_use(const content_t *c)
{
    static const textfit_measure_t font = {fixed_width, fixed_line_height,
                                           fixed_cap_height, NULL};
    static const int panels[][2] = {{800, 480}, {1080, 1920}};
    deck_build(c, &deck);
    CHECK(deck.count >= 1, "a deck of %u slides", deck.count);
    sm_init(&sm, (sm_config_t){60000, 300000, LANG_ES, 300000}, &deck);
    for (uint32_t i = 0; i < deck.count; i++)
        sm_step(&sm, (sm_event_t){SM_EV_TICK, deck.slides[i].duration_ms[LANG_ES]});
    CHECK(sm.slide == 0, "one loop's time ends on slide %u", sm.slide + 1);
    for (size_t p = 0; p < 2; p++)
        for (uint32_t i = 0; i < deck.count; i++)
            for (int l = 0; l < LANG_COUNT; l++) {
                /* Keys and touch hints in turn: both lay out; the
                 * speaker button too: its words are the content's. */
                view_request_t r = {c, &deck, i, (lang_t)l, panels[p][0],
                                    panels[p][1], &font,
                                    (view_input_t)(i % 2), 0, 0,
                                    VIEW_SPEAKER_ON};
                view_build(&view, &r);
            }
}


/* ------------------------------------- the canonical form and bad shapes */

static char canonical[512 * 1024], reformatted[512 * 1024], broken[600 * 1024];

/* The table in the kiosk's own canonical form, loaded again: the same
 * table, and the same text once more. */
static size_t check_canonical(const content_t *c)
{
    size_t n = content_format(c, canonical, sizeof canonical);
    CHECK(n < sizeof canonical, "the canonical form is %zu bytes", n);
    /* A file at the byte limit may grow past it in canonical form (a
     * space each side of every '='): then it cannot be loaded back. */
    if (n > LIMIT_FILE_BYTES) return 0;
    bool ok = content_load(canonical, n, &again, &rep_again);
    if (!ok) {
        fprintf(stderr, "the canonical form does not load:\n");
        print_report(&rep_again);
        fprintf(stderr, "--- canonical:\n%s---\n", canonical);
    }
    CHECK(ok, "the canonical form loads");
    CHECK(memcmp(c, &again, sizeof again) == 0,
          "the canonical form loads as the same table");
    size_t m = content_format(&again, reformatted, sizeof reformatted);
    CHECK(m == n && memcmp(canonical, reformatted, n) == 0,
          "the canonical form formats to itself");
    return n;
}

/* broken = canonical with the line that starts with `prefix` (the first,
 * at a line's start) replaced by `line` ("" drops it); false when there is
 * no such line. */
static bool replace_line(size_t n, const char *prefix, const char *line)
{
    size_t plen = strlen(prefix);
    for (size_t at = 0; at < n;) {
        const char *nl = memchr(canonical + at, '\n', n - at);
        size_t end = nl ? (size_t)(nl - canonical) + 1 : n;
        if (end - at >= plen && memcmp(canonical + at, prefix, plen) == 0) {
            int k = snprintf(broken, sizeof broken, "%.*s%s%.*s", (int)at,
                             canonical, line, (int)(n - end), canonical + end);
            return k > 0 && (size_t)k < sizeof broken;
        }
        at = end;
    }
    return false;
}

/* `what` must be refused. */
static void must_fail(size_t n, const char *what)
{
    bool ok = content_load(broken, n, &again, &rep_again);
    if (ok) fprintf(stderr, "--- accepted:\n%.*s---\n", (int)n, broken);
    CHECK(!ok, "accepted with %s", what);
}

static void must_fail_line(size_t n, const char *prefix, const char *line,
                           const char *what)
{
    if (replace_line(n, prefix, line)) must_fail(strlen(broken), what);
}

static void check_bad_shapes(size_t n)
{
    /* Cut before [end] (a copy in progress), and text after it. */
    must_fail_line(n, "[end]\n", "", "no [end] line");
    memcpy(broken, canonical, n);
    memcpy(broken + n, "[event]\n", 8);
    must_fail(n + 8, "a record after [end]");
    /* A required field gone, empty, or given twice. */
    must_fail_line(n, "title_es = ", "", "no title_es");
    must_fail_line(n, "title_en = ", "title_en =\n", "an empty title_en");
    must_fail_line(n, "months_en = ", "months_en = a, b, c, d, e, f, g, h, i, "
                   "j, k\n", "eleven months");
    must_fail_line(n, "history_es = ", "history_es = H\nhistory_es = H\n",
                   "history_es twice");
    /* An unknown key or kind, an impossible date, a side that is none. */
    must_fail_line(n, "[show]\n", "[show]\ncolour = red\n", "an unknown key");
    must_fail_line(n, "[show]\n", "[slide]\n[show]\n", "an unknown kind");
    must_fail_line(n, "date = ", "date = 2023-02-29\n", "a 29 February in 2023");
    must_fail_line(n, "date = ", "date = 1900-02-29\n", "a 29 February in 1900");
    must_fail_line(n, "side = ", "side = korea\n", "an unknown side");
    must_fail_line(n, "seconds = ", "seconds = 3601\n", "3601 seconds");
    /* Bytes no curator's editor writes: bad UTF-8, a NUL, a long line. */
    must_fail_line(n, "title_es = ", "title_es = \xC3\x28\n", "invalid UTF-8");
    /* The first byte of the title's value made a NUL (the value is
     * required, so there is one). */
    memcpy(broken, canonical, n);
    broken[n] = '\0';
    const char *title = strstr(broken, "\ntitle_es = ");
    if (title) {
        broken[(size_t)(title - broken) + 12] = '\0';
        must_fail(n, "a NUL byte");
    }
    /* A comment line of 1025 bytes after [show]: one past LIMIT_LINE. */
    static char long_line[1100] = "[show]\n";
    memset(long_line + 7, '#', 1025);
    long_line[7 + 1025] = '\n';
    long_line[7 + 1026] = '\0';
    must_fail_line(n, "[show]\n", long_line, "a line of 1025 bytes");
}

/* ----------------------------------------------------------------- entry */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool ok = content_load((const char *)data, size, &table, &rep);
    uint32_t lines = count_lines(data, size);
    if (size > LIMIT_FILE_BYTES) {
        CHECK(!ok && rep.total == 1 && rep.errors[0].line == 0,
              "an oversized file is refused whole");
        return 0;
    }
    check_report(&rep, ok, lines);
    if (!ok) return 0;

    check_table(&table);
    check_in_use(&table);

    write_table(&table);
    bool ok2 = content_load(text, text_len, &again, &rep_again);
    if (!ok2) {
        fprintf(stderr, "the table written back does not load:\n");
        print_report(&rep_again);
        fprintf(stderr, "--- written back:\n%.*s---\n", (int)text_len, text);
    }
    CHECK(ok2, "the table written back loads");
    CHECK(memcmp(&table, &again, sizeof table) == 0,
          "the table written back loads as the same table");

    size_t n = check_canonical(&table);
    if (n) check_bad_shapes(n);
    return 0;
}
