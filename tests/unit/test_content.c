/* test_content.c - content_load() and content_date_format(); its
 * warnings (content_report.h) and the records' ids (content_id.h).
 *
 * Every test embeds its own content text, so nothing depends on the
 * working directory or on data/content.ini. A bad input must give an error
 * on the exact line, with a message a curator can recognise.
 *
 * Every text a visitor reads is given once per language, Spanish first
 * ("headline_es", "headline_en"), and the screen's own words come in one
 * [labels] record; END below carries that record, so that most inputs read
 * SHOW EVENT END as before.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/content.h"
#include "core/content_id.h"
#include "core/content_format.h"
#include "core/utf8.h"

/* The smallest valid file: lines 1-3 the show, 4-9 one event, 10-42 the
 * labels, 43 the end. TEXTS are an event's translated fields, so that an
 * event with another date is "[event]\ndate = ...\n" TEXTS. */
#define SHOW "[show]\ntitle_es = T es\ntitle_en = T\n"
#define TEXTS "headline_es = H es\nheadline_en = H\ntext_es = X es\ntext_en = X\n"
#define EVENT "[event]\ndate = 1980-09-04\n" TEXTS
#define MONTHS_ES                                                           \
    "enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, " \
    "octubre, noviembre, diciembre"
#define MONTHS_EN                                                           \
    "January, February, March, April, May, June, July, August, September, " \
    "October, November, December"
#define LABELS                                                              \
    "[labels]\n"                                                            \
    "history_es = Historia\n"                                               \
    "history_en = History\n"                                                \
    "ambassadors_es = Embajadores de Corea del Norte en México\n"           \
    "ambassadors_en = North Korean ambassadors to Mexico\n"                 \
    "leader_es = Líder de Corea del Norte\n"                                \
    "leader_en = Leader of North Korea\n"                                   \
    "president_es = Jefe de Estado de México\n"                             \
    "president_en = Head of state of Mexico\n"                              \
    "term_end_es = Fin del cargo\n"                                         \
    "term_end_en = Term end\n"                                              \
    "agreements_es = Acuerdos bilaterales\n"                                \
    "agreements_en = Bilateral agreements\n"                                \
    "trade_es = Comercio\n"                                                 \
    "trade_en = Trade\n"                                                    \
    "missions_es = Misiones diplomáticas\n"                                 \
    "missions_en = Diplomatic missions\n"                                   \
    "exports_mexico_es = Exportaciones de México a Corea del Norte\n"       \
    "exports_mexico_en = Mexico exports to North Korea\n"                   \
    "exports_north_korea_es = Exportaciones de Corea del Norte a México\n"  \
    "exports_north_korea_en = North Korea exports to Mexico\n"              \
    "mexico_es = México\n"                                                  \
    "mexico_en = Mexico\n"                                                  \
    "north_korea_es = Corea del Norte\n"                                    \
    "north_korea_en = North Korea\n"                                        \
    "invitation_es = Presiona la tecla de flecha derecha para explorar\n"   \
    "invitation_en = Press the right arrow key to explore\n"                \
    "paused_es = En pausa · Espacio para continuar\n"                       \
    "paused_en = Paused · Space to resume\n"                                \
    "language_es = L · English\n"                                           \
    "language_en = L · Español\n"                                           \
    "months_es = " MONTHS_ES "\n"                                           \
    "months_en = " MONTHS_EN "\n"
#define END LABELS "[end]\n"

/* Their lengths in lines, checked by test_fixture_line_counts. */
#define SHOW_LINES 3u
#define EVENT_LINES 6u
#define LABELS_LINES 33u

/* Both are large: keep them out of the stack. */
static content_t content;
static content_report_t report;
/* Room for the generated inputs (long lines, many records, big files). */
static char big[LIMIT_FILE_BYTES + 2];

static bool load_n(const char *text, size_t n)
{
    return content_load(text, n, &content, &report);
}

static bool load(const char *text) { return load_n(text, strlen(text)); }

/* Prints what a load reported, to make a failing assertion readable. */
static void dump_report(void)
{
    for (uint32_t i = 0; i < report.kept; i++)
        print_message("  line %u: %s\n", report.errors[i].line,
                      report.errors[i].message);
}

/* The load fails with exactly one error, on `line`, mentioning `phrase`. */
static void assert_one_error(uint32_t line, const char *phrase)
{
    if (report.total != 1 || report.errors[0].line != line ||
        !strstr(report.errors[0].message, phrase))
        dump_report();
    assert_int_equal(report.total, 1);
    assert_int_equal(report.kept, 1);
    assert_int_equal(report.errors[0].line, line);
    assert_non_null(strstr(report.errors[0].message, phrase));
}

static void expect_one_error(const char *text, uint32_t line,
                             const char *phrase)
{
    assert_false(load(text));
    assert_one_error(line, phrase);
}

/* Error `i` of the report is on `line` and reads exactly `message`. */
static void assert_error_is(uint32_t i, uint32_t line, const char *message)
{
    if (i >= report.kept || report.errors[i].line != line ||
        strcmp(report.errors[i].message, message) != 0) {
        print_message("  expected error %u on line %u: %s\n", i, line,
                      message);
        dump_report();
    }
    assert_true(i < report.kept);
    assert_int_equal(report.errors[i].line, line);
    assert_string_equal(report.errors[i].message, message);
}

static void expect_valid(const char *text)
{
    bool ok = load(text);
    if (!ok) dump_report();
    assert_true(ok);
    assert_int_equal(report.total, 0);
    assert_int_equal(report.kept, 0);
}

/* Loads, with no error; warnings allowed (a text at its byte limit beside
 * a short translation, a date outside the article's years: the limits
 * tests are about the loader's refusals, not the checker's advice). */
static void expect_no_errors(const char *text)
{
    bool ok = load(text);
    if (!ok) dump_report();
    assert_true(ok);
    assert_int_equal(content_report_errors(&report), 0);
}

/* Lines of a text (every line of these ends with "\n"). */
static uint32_t lines_in(const char *text)
{
    uint32_t n = 0;
    for (; *text; text++) n += *text == '\n';
    return n;
}

/* The 1-based line of `text` that starts with `prefix`; fails if none. */
static uint32_t line_of(const char *text, const char *prefix)
{
    uint32_t line = 1;
    size_t n = strlen(prefix);
    for (const char *s = text; *s; line++) {
        if (strncmp(s, prefix, n) == 0) return line;
        const char *nl = strchr(s, '\n');
        if (!nl) break;
        s = nl + 1;
    }
    fail_msg("no line starts with '%s'", prefix);
    return 0;
}

/* Copies `text` into big with the line starting with `prefix` replaced by
 * `replacement` (a whole line, with its "\n"), or left out when NULL. */
static const char *edit_line(const char *text, const char *prefix,
                             const char *replacement)
{
    const char *at = text;
    size_t n = strlen(prefix);
    while (at && strncmp(at, prefix, n) != 0) {
        at = strchr(at, '\n');
        if (at) at++;
    }
    assert_non_null(at);
    const char *nl = strchr(at, '\n');
    assert_non_null(nl);
    snprintf(big, sizeof big, "%.*s%s%s", (int)(at - text), text,
             replacement ? replacement : "", nl + 1);
    return big;
}

/* The fixtures above are as long as the line numbers below assume. */
static void test_fixture_line_counts(void **state)
{
    (void)state;
    assert_int_equal(lines_in(SHOW), SHOW_LINES);
    assert_int_equal(lines_in(EVENT), EVENT_LINES);
    assert_int_equal(lines_in(LABELS), LABELS_LINES);
    assert_int_equal(lines_in(END), LABELS_LINES + 1);
    expect_valid(SHOW EVENT END);
}

/* ------------------------------------------------- valid files load */

static void test_minimal_file_loads_fields(void **state)
{
    (void)state;
    expect_valid("[show]\n"
                 "title_es = México – Corea del Norte\n"
                 "title_en = Mexico – North Korea\n"
                 "subtitle_es = Relaciones\n"
                 "subtitle_en = Relations\n"
                 "text_es = Una introducción.\n"
                 "text_en = An introduction.\n"
                 "[event]\n"
                 "date = 1980-09-04\n"
                 "headline_es = Se establecen relaciones diplomáticas\n"
                 "headline_en = Diplomatic relations established\n"
                 "text_es = México y Corea del Norte establecieron "
                 "relaciones.\n"
                 "text_en = Mexico and North Korea established relations.\n"
                 END);
    assert_string_equal(content.show.title[LANG_ES],
                        "México – Corea del Norte");
    assert_string_equal(content.show.title[LANG_EN], "Mexico – North Korea");
    assert_string_equal(content.show.subtitle[LANG_ES], "Relaciones");
    assert_string_equal(content.show.subtitle[LANG_EN], "Relations");
    assert_string_equal(content.show.text[LANG_ES], "Una introducción.");
    assert_string_equal(content.show.text[LANG_EN], "An introduction.");
    assert_int_equal(content.show.slide_ms, 0); /* each slide: its reading time */
    assert_int_equal(content.event_count, 1);
    assert_int_equal(content.ambassador_count, 0);
    assert_int_equal(content.events[0].date.year, 1980);
    assert_int_equal(content.events[0].date.month, 9);
    assert_int_equal(content.events[0].date.day, 4);
    assert_string_equal(content.events[0].headline[LANG_ES],
                        "Se establecen relaciones diplomáticas");
    assert_string_equal(content.events[0].headline[LANG_EN],
                        "Diplomatic relations established");
    assert_string_equal(content.events[0].text[LANG_ES],
                        "México y Corea del Norte establecieron relaciones.");
    assert_string_equal(content.events[0].text[LANG_EN],
                        "Mexico and North Korea established relations.");
    assert_int_equal(content.events[0].slide_ms, 0);
}

/* Every record kind, with comments, blank lines and padded "key = value". */
static void test_every_kind_loads(void **state)
{
    (void)state;
    expect_valid("# a comment\n"
                 "\n"
                 "[show]\n"
                 "  title_es   =   Acolchado  \n"
                 "  title_en   =   Padded  \n"
                 "slide_seconds = 7\n"
                 "[ambassador]\n"
                 "name = Pak Yong-se\n"
                 "leader = Kim Il Sung\n"
                 "president = Miguel de la Madrid Hurtado\n"
                 "term_end_es = En funciones\n"
                 "term_end_en = Current\n"
                 "[agreement]\n"
                 "date = 2008\n"
                 "name_es = Educación\n"
                 "name_en = Education\n"
                 "[trade]\n"
                 "date = 2023\n"
                 "figure_es = 459 mil dólares\n"
                 "figure_en = US$459 thousand\n"
                 "text_es = Comercio total.\n"
                 "text_en = Total trade.\n"
                 "[export]\n"
                 "from = north_korea\n"
                 "goods_es = Vidrio\n"
                 "goods_en = Glass\n"
                 "[mission]\n"
                 "side = mexico\n"
                 "text_es = México está acreditado desde Seúl.\n"
                 "text_en = Mexico is accredited from Seoul.\n"
                 END);
    assert_string_equal(content.show.title[LANG_ES], "Acolchado");
    assert_string_equal(content.show.title[LANG_EN], "Padded");
    assert_int_equal(content.show.slide_ms, 7000);
    assert_int_equal(content.ambassador_count, 1);
    assert_string_equal(content.ambassadors[0].term_end[LANG_ES],
                        "En funciones");
    assert_string_equal(content.ambassadors[0].term_end[LANG_EN], "Current");
    assert_int_equal(content.agreement_count, 1);
    assert_int_equal(content.agreements[0].date.year, 2008);
    assert_int_equal(content.trade_count, 1);
    assert_string_equal(content.trade[0].figure[LANG_ES], "459 mil dólares");
    assert_string_equal(content.trade[0].figure[LANG_EN], "US$459 thousand");
    assert_int_equal(content.export_count, 1);
    assert_int_equal(content.exports[0].from, SIDE_NORTH_KOREA);
    assert_string_equal(content.exports[0].goods[LANG_ES], "Vidrio");
    assert_string_equal(content.exports[0].goods[LANG_EN], "Glass");
    assert_int_equal(content.mission_count, 1);
    assert_int_equal(content.missions[0].side, SIDE_MEXICO);
}

/* ------------------------------------------------------ two languages */

/* Every translated field of every kind lands in its language's slot,
 * whichever language the file gives first; untranslated fields are
 * stored once, as written. */
static void test_both_languages_in_their_slots(void **state)
{
    (void)state;
    expect_valid("[show]\n"
                 "title_en = Title\n"
                 "title_es = Título\n"
                 "subtitle_es = Subtítulo\n"
                 "subtitle_en = Subtitle\n"
                 "text_en = Introduction\n"
                 "text_es = Introducción\n"
                 "[event]\n"
                 "date = 2009-06\n"
                 "headline_en = Headline\n"
                 "text_es = Texto del evento\n"
                 "headline_es = Titular\n"
                 "text_en = Event text\n"
                 "[ambassador]\n"
                 "name = Sun-Ryong Song\n"
                 "observations_es = Observaciones\n"
                 "observations_en = Observations\n"
                 "leader = Kim Jong Un\n"
                 "president = Andrés Manuel López Obrador\n"
                 "term_end_en = Current\n"
                 "term_end_es = En funciones\n"
                 "[agreement]\n"
                 "date = 2009\n"
                 "name_es = Convenio\n"
                 "name_en = Agreement\n"
                 "[trade]\n"
                 "date = 2015\n"
                 "figure_es = 1 por ciento\n"
                 "figure_en = 1 percent\n"
                 "text_en = Trade text\n"
                 "text_es = Texto de comercio\n"
                 "[export]\n"
                 "from = mexico\n"
                 "goods_en = Inorganic luminophore\n"
                 "goods_es = Luminóforo inorgánico\n"
                 "[mission]\n"
                 "side = north_korea\n"
                 "text_es = Embajada en la Ciudad de México.\n"
                 "text_en = An embassy in Mexico City.\n"
                 END);
    const content_show_t *s = &content.show;
    assert_string_equal(s->title[LANG_ES], "Título");
    assert_string_equal(s->title[LANG_EN], "Title");
    assert_string_equal(s->subtitle[LANG_ES], "Subtítulo");
    assert_string_equal(s->subtitle[LANG_EN], "Subtitle");
    assert_string_equal(s->text[LANG_ES], "Introducción");
    assert_string_equal(s->text[LANG_EN], "Introduction");

    const content_event_t *e = &content.events[0];
    assert_int_equal(e->date.year, 2009);
    assert_int_equal(e->date.month, 6);
    assert_string_equal(e->headline[LANG_ES], "Titular");
    assert_string_equal(e->headline[LANG_EN], "Headline");
    assert_string_equal(e->text[LANG_ES], "Texto del evento");
    assert_string_equal(e->text[LANG_EN], "Event text");

    const content_ambassador_t *a = &content.ambassadors[0];
    assert_string_equal(a->name, "Sun-Ryong Song");
    assert_string_equal(a->leader, "Kim Jong Un");
    assert_string_equal(a->president, "Andrés Manuel López Obrador");
    assert_string_equal(a->observations[LANG_ES], "Observaciones");
    assert_string_equal(a->observations[LANG_EN], "Observations");
    assert_string_equal(a->term_end[LANG_ES], "En funciones");
    assert_string_equal(a->term_end[LANG_EN], "Current");

    assert_string_equal(content.agreements[0].name[LANG_ES], "Convenio");
    assert_string_equal(content.agreements[0].name[LANG_EN], "Agreement");
    assert_string_equal(content.trade[0].figure[LANG_ES], "1 por ciento");
    assert_string_equal(content.trade[0].figure[LANG_EN], "1 percent");
    assert_string_equal(content.trade[0].text[LANG_ES], "Texto de comercio");
    assert_string_equal(content.trade[0].text[LANG_EN], "Trade text");
    assert_int_equal(content.exports[0].from, SIDE_MEXICO);
    assert_string_equal(content.exports[0].goods[LANG_ES],
                        "Luminóforo inorgánico");
    assert_string_equal(content.exports[0].goods[LANG_EN],
                        "Inorganic luminophore");
    assert_int_equal(content.missions[0].side, SIDE_NORTH_KOREA);
    assert_string_equal(content.missions[0].text[LANG_ES],
                        "Embajada en la Ciudad de México.");
    assert_string_equal(content.missions[0].text[LANG_EN],
                        "An embassy in Mexico City.");
}

/* Every label of the [labels] record, in both languages. */
static void test_labels_load(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT END);
    const content_labels_t *l = &content.labels;
    const struct {
        const content_short_t *field;
        const char *es, *en;
    } want[] = {
        {l->history, "Historia", "History"},
        {l->ambassadors, "Embajadores de Corea del Norte en México",
         "North Korean ambassadors to Mexico"},
        {l->leader, "Líder de Corea del Norte", "Leader of North Korea"},
        {l->president, "Jefe de Estado de México", "Head of state of Mexico"},
        {l->term_end, "Fin del cargo", "Term end"},
        {l->agreements, "Acuerdos bilaterales", "Bilateral agreements"},
        {l->trade, "Comercio", "Trade"},
        {l->missions, "Misiones diplomáticas", "Diplomatic missions"},
        {l->exports_mexico, "Exportaciones de México a Corea del Norte",
         "Mexico exports to North Korea"},
        {l->exports_north_korea, "Exportaciones de Corea del Norte a México",
         "North Korea exports to Mexico"},
        {l->mexico, "México", "Mexico"},
        {l->north_korea, "Corea del Norte", "North Korea"},
        {l->invitation, "Presiona la tecla de flecha derecha para explorar",
         "Press the right arrow key to explore"},
        {l->paused, "En pausa · Espacio para continuar",
         "Paused · Space to resume"},
        {l->language, "L · English", "L · Español"},
        {l->months, MONTHS_ES, MONTHS_EN},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        assert_string_equal(want[i].field[LANG_ES], want[i].es);
        assert_string_equal(want[i].field[LANG_EN], want[i].en);
    }
}

/* The touch hints are optional: left out, the loader's own words (a
 * content file written before touch screens still loads and speaks of
 * touch on one); given, the file's; in one language only, an error on
 * the record like any translated field. */
static void test_touch_labels(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT END);
    const content_labels_t *l = &content.labels;
    assert_string_equal(l->invitation_touch[LANG_ES], "Toca para explorar");
    assert_string_equal(l->invitation_touch[LANG_EN], "Touch to explore");
    assert_string_equal(l->paused_touch[LANG_ES],
                        "En pausa · Toca para continuar");
    assert_string_equal(l->paused_touch[LANG_EN], "Paused · Touch to continue");
    assert_string_equal(l->language_touch[LANG_ES], "English");
    assert_string_equal(l->language_touch[LANG_EN], "Español");

    const char *text = edit_line(SHOW EVENT END, "months_en =",
                                 "months_en = " MONTHS_EN "\n"
                                 "invitation_touch_es = Toque la pantalla\n"
                                 "invitation_touch_en = Tap the screen\n"
                                 "language_touch_es = Inglés\n"
                                 "language_touch_en = Spanish\n");
    expect_valid(text);
    assert_string_equal(l->invitation_touch[LANG_ES], "Toque la pantalla");
    assert_string_equal(l->invitation_touch[LANG_EN], "Tap the screen");
    assert_string_equal(l->language_touch[LANG_ES], "Inglés");
    assert_string_equal(l->language_touch[LANG_EN], "Spanish");
    /* The one left out keeps the kiosk's words. */
    assert_string_equal(l->paused_touch[LANG_EN], "Paused · Touch to continue");

    text = edit_line(SHOW EVENT END, "months_en =",
                     "months_en = " MONTHS_EN "\n"
                     "paused_touch_es = En pausa\n");
    assert_false(load(text));
    assert_int_equal(report.total, 1);
    assert_non_null(strstr(report.errors[0].message, "paused_touch_en"));
}

/* A required translated field given in one language only: the other is
 * reported at the record's header, whichever is missing. */
static void test_required_field_missing_a_language(void **state)
{
    (void)state;
    assert_false(load(SHOW "[event]\ndate = 1980\nheadline_es = H es\n"
                      "text_es = X es\ntext_en = X\n" END));
    assert_int_equal(report.total, 1);
    assert_error_is(0, SHOW_LINES + 1,
                    "[event] has no 'headline_en', which is required");

    assert_false(load("[show]\ntitle_en = T\n" EVENT END));
    assert_int_equal(report.total, 1);
    assert_error_is(0, 1, "[show] has no 'title_es', which is required");

    /* The labels are all required, in both languages. */
    const char *text = edit_line(SHOW EVENT END, "paused_en =", NULL);
    assert_false(load(text));
    assert_int_equal(report.total, 1);
    assert_error_is(0, line_of(text, "[labels]"),
                    "[labels] has no 'paused_en', which is required");
    text = edit_line(SHOW EVENT END, "months_es =", NULL);
    assert_false(load(text));
    assert_int_equal(report.total, 1);
    assert_error_is(0, line_of(text, "[labels]"),
                    "[labels] has no 'months_es', which is required");

    /* Missing in both languages: both are reported, Spanish first. */
    assert_false(load(SHOW "[agreement]\ndate = 2008\n" EVENT END));
    assert_int_equal(report.total, 2);
    assert_error_is(0, SHOW_LINES + 1,
                    "[agreement] has no 'name_es', which is required");
    assert_error_is(1, SHOW_LINES + 1,
                    "[agreement] has no 'name_en', which is required");
}

/* An optional translated field may be left out, but not half given: the
 * message names the line of the language that is there. */
static void test_optional_field_in_one_language(void **state)
{
    (void)state;
    /* Lines: 4 [event] ... 9, 10 [ambassador], 11 name, 12 observations. */
    assert_false(load(SHOW EVENT "[ambassador]\nname = Pak Yong-se\n"
                      "observations_en = Presents his credentials.\n"
                      "leader = Kim Il Sung\npresident = M\n" END));
    assert_int_equal(report.total, 1);
    assert_error_is(0, SHOW_LINES + EVENT_LINES + 1,
                    "[ambassador] has 'observations' in one language "
                    "(line 12) but no 'observations_es': give every "
                    "language");

    assert_false(load(SHOW EVENT "[ambassador]\nleader = K\npresident = M\n"
                      "term_end_es = En funciones\n" END));
    assert_int_equal(report.total, 1);
    assert_error_is(0, SHOW_LINES + EVENT_LINES + 1,
                    "[ambassador] has 'term_end' in one language (line 13) "
                    "but no 'term_end_en': give every language");

    assert_false(load("[show]\ntitle_es = T\ntitle_en = T\n"
                      "subtitle_es = S\n" EVENT END));
    assert_int_equal(report.total, 1);
    assert_error_is(0, 1, "[show] has 'subtitle' in one language (line 4) "
                          "but no 'subtitle_en': give every language");

    assert_false(load(SHOW EVENT "[trade]\ndate = 2023\nfigure_en = 1%\n"
                      "text_es = T es\ntext_en = T\n" END));
    assert_int_equal(report.total, 1);
    assert_error_is(0, SHOW_LINES + EVENT_LINES + 1,
                    "[trade] has 'figure' in one language (line 12) but no "
                    "'figure_es': give every language");

    /* Left out in both languages, it is simply empty. */
    expect_valid(SHOW EVENT "[ambassador]\nleader = K\npresident = M\n" END);
    assert_string_equal(content.ambassadors[0].observations[LANG_ES], "");
    assert_string_equal(content.ambassadors[0].observations[LANG_EN], "");
    assert_string_equal(content.ambassadors[0].term_end[LANG_ES], "");
    assert_string_equal(content.ambassadors[0].term_end[LANG_EN], "");
}

/* "headline = x" names no language: an error on its own line. Given with
 * both languages it is the only error; alone, the record also lacks both. */
static void test_bare_translated_key(void **state)
{
    (void)state;
    assert_false(load(SHOW EVENT "headline = Again\n" END));
    assert_int_equal(report.total, 1);
    assert_error_is(0, SHOW_LINES + EVENT_LINES + 1,
                    "'headline' needs a language: write headline_es and "
                    "headline_en");

    assert_false(load(SHOW "[event]\ndate = 2003\nheadline = Headline\n"
                      "text_es = T\ntext_en = T\n" END));
    assert_int_equal(report.total, 3);
    assert_error_is(0, 4, "[event] has no 'headline_es', which is required");
    assert_error_is(1, 4, "[event] has no 'headline_en', which is required");
    assert_error_is(2, 6, "'headline' needs a language: write headline_es "
                          "and headline_en");

    /* The same for a label and for an optional field. */
    const char *text = edit_line(SHOW EVENT END, "months_en =",
                                 "months_en = " MONTHS_EN "\nmonths = x\n");
    assert_false(load(text));
    assert_int_equal(report.total, 1);
    assert_error_is(0, line_of(text, "months ="),
                    "'months' needs a language: write months_es and "
                    "months_en");
    expect_one_error("[show]\ntitle_es = T\ntitle_en = T\nsubtitle = S\n"
                     EVENT END, 4, "'subtitle' needs a language");
}

/* Names, dates, numbers and sides are not translated: a language suffix
 * on them is an unknown key, as is a language the kiosk does not speak. */
static void test_untranslated_fields_reject_suffixes(void **state)
{
    (void)state;
    static const struct {
        const char *text, *message;
    } cases[] = {
        {SHOW EVENT "[ambassador]\nname_es = Pak\nleader = K\n"
                    "president = M\n" END,
         "unknown key 'name_es' in [ambassador]; its keys are: "
         "id, name, era_es, era_en, accreditation, observations_es, observations_en, leader, president, term_end_es, term_end_en, seconds"},
        {SHOW EVENT "[ambassador]\nleader_en = K\nleader = K\n"
                    "president = M\n" END,
         "unknown key 'leader_en' in [ambassador]; its keys are: "
         "id, name, era_es, era_en, accreditation, observations_es, observations_en, leader, president, term_end_es, term_end_en, seconds"},
        {SHOW EVENT "[ambassador]\nleader = K\npresident_es = M\n"
                    "president = M\n" END,
         "unknown key 'president_es' in [ambassador]; its keys are: "
         "id, name, era_es, era_en, accreditation, observations_es, observations_en, leader, president, term_end_es, term_end_en, seconds"},
        {SHOW EVENT "date_en = 1980\n" END,
         "unknown key 'date_en' in [event]; its keys are: "
         "id, date, headline_es, headline_en, text_es, text_en, seconds"},
        {SHOW EVENT "seconds_es = 5\n" END,
         "unknown key 'seconds_es' in [event]; its keys are: "
         "id, date, headline_es, headline_en, text_es, text_en, seconds"},
        {SHOW EVENT "[export]\nfrom = mexico\nfrom_es = mexico\n"
                    "goods_es = V\ngoods_en = G\n" END,
         "unknown key 'from_es' in [export]; its keys are: "
         "from, goods_es, goods_en"},
        {SHOW EVENT "[mission]\nside = mexico\nside_en = mexico\n"
                    "text_es = M\ntext_en = M\n" END,
         "unknown key 'side_en' in [mission]; its keys are: "
         "side, text_es, text_en"},
        {SHOW EVENT "headline_fr = Titre\n" END,
         "unknown key 'headline_fr' in [event]; its keys are: "
         "id, date, headline_es, headline_en, text_es, text_en, seconds"},
        {SHOW EVENT "headline_esp = Titular\n" END,
         "unknown key 'headline_esp' in [event]; its keys are: "
         "id, date, headline_es, headline_en, text_es, text_en, seconds"},
        {"[show]\ntitle_es = T\ntitle_en = T\nslide_seconds_en = 5\n"
         EVENT END,
         "unknown key 'slide_seconds_en' in [show]; its keys are: "
         "title_es, title_en, subtitle_es, subtitle_en, text_es, text_en, slide_seconds"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *text = cases[i].text;
        /* The bad key is on the line after the one it follows. */
        const char *key = strstr(cases[i].message, "'") + 1;
        char prefix[32];
        snprintf(prefix, sizeof prefix, "%.*s =",
                 (int)(strchr(key, '\'') - key), key);
        assert_false(load(text));
        assert_int_equal(report.total, 1);
        assert_error_is(0, line_of(text, prefix), cases[i].message);
    }
}

/* A message quoting a long value is cut at its byte limit without
 * splitting a character: here the cut falls inside a two-byte "ñ" (the
 * quote starts at an odd offset), and the message still ends whole. */
static void test_long_quote_is_cut_between_characters(void **state)
{
    (void)state;
    static char text[4096];
    char side[601];
    for (size_t i = 0; i < 300; i++) memcpy(side + 2 * i, "\xC3\xB1", 2);
    side[600] = '\0';
    snprintf(text, sizeof text, SHOW EVENT "[export]\nfrom = %s\n"
             "goods_es = V\ngoods_en = G\n" END, side);
    assert_false(load(text));
    const char *m = report.errors[0].message;
    size_t n = strlen(m);
    assert_true(n >= LIMIT_ERROR_TEXT - 3 && n <= LIMIT_ERROR_TEXT);
    assert_true(utf8_valid(m, n, NULL));
    assert_non_null(strstr(m, "must be 'mexico' or 'north_korea'"));
}

/* ----------------------------------------------------------- labels */

static void test_labels_missing(void **state)
{
    (void)state;
    assert_false(load(SHOW EVENT "[end]\n"));
    assert_int_equal(report.total, 1);
    assert_error_is(0, 0, "no [labels] record: the screen's own words are "
                          "missing");
}

static void test_labels_twice(void **state)
{
    (void)state;
    /* The second is refused at its header, and none of its keys counts. */
    uint32_t second = SHOW_LINES + EVENT_LINES + LABELS_LINES + 1;
    assert_false(load(SHOW EVENT LABELS "[labels]\nhistory_es = Otra\n"
                      "history_en = Another\n[end]\n"));
    assert_int_equal(report.total, 1);
    assert_error_is(0, second, "a second [labels] record: there can be only "
                               "one");
    assert_string_equal(content.labels.history[LANG_ES], "Historia");
    assert_string_equal(content.labels.history[LANG_EN], "History");
    /* A whole second copy is refused the same way. */
    expect_one_error(SHOW EVENT LABELS LABELS "[end]\n", second,
                     "a second [labels] record");
}

/* The month names are exactly twelve, none of them empty, in each
 * language; the error is on the line of the list. */
static void test_months_must_be_twelve(void **state)
{
    (void)state;
#define TWELVE "must name the twelve months, separated by commas "
#define EMPTY "has an empty month name between its commas"
    static const struct {
        const char *prefix, *line, *phrase;
    } bad[] = {
        /* eleven */
        {"months_es =", "months_es = enero, febrero, marzo, abril, mayo, "
                        "junio, julio, agosto, septiembre, octubre, "
                        "noviembre\n", TWELVE "(it has 11)"},
        {"months_en =", "months_en = January, February, March, April, May, "
                        "June, July, August, September, October, "
                        "November\n", TWELVE "(it has 11)"},
        /* thirteen */
        {"months_es =", "months_es = " MONTHS_ES ", undecimbre\n",
         TWELVE "(it has 13)"},
        {"months_en =", "months_en = " MONTHS_EN ", Undecember\n",
         TWELVE "(it has 13)"},
        /* twelve names and a trailing comma: an empty thirteenth */
        {"months_es =", "months_es = " MONTHS_ES ",\n", TWELVE "(it has 13)"},
        /* no list at all */
        {"months_en =", "months_en = Month\n", TWELVE "(it has 1)"},
        /* twelve commas' worth, but one name empty: in the middle, at the
         * end, at the start, without spaces */
        {"months_es =", "months_es = enero, febrero, , abril, mayo, junio, "
                        "julio, agosto, septiembre, octubre, noviembre, "
                        "diciembre\n", EMPTY},
        {"months_en =", "months_en = January, February, March, April, May, "
                        "June, July, August, September, October, "
                        "November,\n", EMPTY},
        {"months_en =", "months_en = , February, March, April, May, June, "
                        "July, August, September, October, November, "
                        "December\n", EMPTY},
        {"months_es =", "months_es = enero,,marzo,abril,mayo,junio,julio,"
                        "agosto,septiembre,octubre,noviembre,diciembre\n",
         EMPTY},
    };
#undef TWELVE
#undef EMPTY
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *text = edit_line(SHOW EVENT END, bad[i].prefix,
                                     bad[i].line);
        char want[128];
        snprintf(want, sizeof want, "'%.9s' %s", bad[i].prefix,
                 bad[i].phrase);
        assert_false(load(text));
        assert_one_error(line_of(text, bad[i].prefix), want);
    }
    /* Commas without spaces are still twelve names. */
    expect_valid(edit_line(SHOW EVENT END, "months_es =",
                           "months_es = enero,febrero,marzo,abril,mayo,junio,"
                           "julio,agosto,septiembre,octubre,noviembre,"
                           "diciembre\n"));
}

/* ---------------------------------------------------------- dates */

static void test_date_precisions(void **state)
{
    (void)state;
    expect_valid(SHOW
                 "[event]\ndate = 2003\n" TEXTS
                 "[event]\ndate = 2009-06\n" TEXTS
                 "[event]\ndate = 2020-02-29\n" TEXTS
                 END);
    assert_int_equal(content.event_count, 3);
    assert_int_equal(content.events[0].date.year, 2003);
    assert_int_equal(content.events[0].date.month, 0);
    assert_int_equal(content.events[0].date.day, 0);
    assert_int_equal(content.events[1].date.year, 2009);
    assert_int_equal(content.events[1].date.month, 6);
    assert_int_equal(content.events[1].date.day, 0);
    assert_int_equal(content.events[2].date.year, 2020); /* a leap year */
    assert_int_equal(content.events[2].date.month, 2);
    assert_int_equal(content.events[2].date.day, 29);
}

static void test_date_malformed(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 2003-1\n" TEXTS END, 5,
                     "malformed date '2003-1'");
    expect_one_error(SHOW "[event]\ndate = 19x0\n" TEXTS END, 5,
                     "malformed date");
    expect_one_error(SHOW "[event]\ndate = 2003/01/02\n" TEXTS END, 5,
                     "malformed date");
}

static void test_date_out_of_range(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 2009-13\n" TEXTS END, 5,
                     "month 13");
    expect_one_error(SHOW "[event]\ndate = 2009-00\n" TEXTS END, 5,
                     "month 0");
    expect_one_error(SHOW "[event]\ndate = 2023-02-29\n" TEXTS END, 5,
                     "day 29");
    assert_non_null(strstr(report.errors[0].message, "does not exist"));
    expect_one_error(SHOW "[event]\ndate = 2023-04-31\n" TEXTS END, 5,
                     "day 31");
    expect_one_error(SHOW "[event]\ndate = 1800\n" TEXTS END, 5,
                     "year 1800");
    assert_non_null(strstr(report.errors[0].message, "out of range"));
}

/* Formats `d` in `lang` and checks the text and the returned length. */
static void assert_date(content_date_t d, lang_t lang, const char *want)
{
    char buf[64];
    memset(buf, 'x', sizeof buf);
    size_t n = content_date_format(&content, d, lang, buf, sizeof buf);
    assert_string_equal(buf, want);
    assert_int_equal(n, strlen(want));
}

static void test_date_format(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT END); /* the month names come from the labels */
    content_date_t full = {1980, 9, 4}, month = {2009, 6, 0},
                   year = {2003, 0, 0}, none = {0, 0, 0};
    assert_date(full, LANG_EN, "4 September 1980");
    assert_date(month, LANG_EN, "June 2009");
    assert_date(year, LANG_EN, "2003");
    assert_date(none, LANG_EN, "");
    /* Spanish: "de" between the parts; a month that starts the text is
     * capitalised, one after the day is not. */
    assert_date(full, LANG_ES, "4 de septiembre de 1980");
    assert_date(month, LANG_ES, "Junio de 2009");
    assert_date(year, LANG_ES, "2003");
    assert_date(none, LANG_ES, "");
    /* The capital is the formatter's: the labels stay lower-case. */
    assert_non_null(strstr(content.labels.months[LANG_ES], "junio"));
}

/* Every month's name, first and last included, in both languages. */
static void test_date_format_every_month(void **state)
{
    (void)state;
    static const char *const es[12] = {
        "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
        "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
    static const char *const en[12] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    expect_valid(SHOW EVENT END);
    char want[64];
    for (int m = 1; m <= 12; m++) {
        content_date_t day = {2017, (uint8_t)m, 28}, month = {2017, (uint8_t)m, 0};
        snprintf(want, sizeof want, "28 de %s de 2017", es[m - 1]);
        assert_date(day, LANG_ES, want);
        snprintf(want, sizeof want, "%c%s de 2017", es[m - 1][0] - 32,
                 es[m - 1] + 1);
        assert_date(month, LANG_ES, want);
        snprintf(want, sizeof want, "28 %s 2017", en[m - 1]);
        assert_date(day, LANG_EN, want);
        snprintf(want, sizeof want, "%s 2017", en[m - 1]);
        assert_date(month, LANG_EN, want);
    }
}

/* The names are the content's: a list without spaces, or other words,
 * are used as given. */
static void test_date_format_uses_the_labels(void **state)
{
    (void)state;
    expect_valid(edit_line(SHOW EVENT END, "months_en =",
                           "months_en = Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,"
                           "Oct,Nov,Dec\n"));
    assert_date((content_date_t){1980, 9, 4}, LANG_EN, "4 Sep 1980");
    assert_date((content_date_t){2009, 12, 0}, LANG_EN, "Dec 2009");
    assert_date((content_date_t){1980, 1, 4}, LANG_ES, "4 de enero de 1980");
}

/* -------------------------------------------------- records and keys */

static void test_unknown_key(void **state)
{
    (void)state;
    expect_one_error(SHOW "colour = red\n" EVENT END, 4,
                     "unknown key 'colour'");
}

static void test_unknown_record_kind(void **state)
{
    (void)state;
    /* The keys of an unknown record are not reported a second time. */
    expect_one_error(SHOW "[speech]\nwho = me\n" EVENT END, 4,
                     "unknown record kind [speech]");
}

static void test_missing_required_at_header(void **state)
{
    (void)state;
    expect_one_error(SHOW "\n[event]\n" TEXTS END, 5, "has no 'date'");
    /* A translated field is missing in each language, both at the header. */
    assert_false(load(SHOW "\n[event]\ndate = 1980\nheadline_es = H es\n"
                      "headline_en = H\n" END));
    assert_int_equal(report.total, 2);
    assert_error_is(0, 5, "[event] has no 'text_es', which is required");
    assert_error_is(1, 5, "[event] has no 'text_en', which is required");
    assert_false(load("[show]\nsubtitle_es = S\nsubtitle_en = S\n" EVENT END));
    assert_int_equal(report.total, 2);
    assert_error_is(0, 1, "[show] has no 'title_es', which is required");
    assert_error_is(1, 1, "[show] has no 'title_en', which is required");
}

static void test_duplicate_key(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 1980\ndate = 1981\n" TEXTS END, 6,
                     "'date' is given twice");
    assert_non_null(strstr(report.errors[0].message, "first on line 5"));
    /* Each language of a translated field counts on its own. */
    expect_one_error(SHOW "[event]\ndate = 1980\n" TEXTS
                     "headline_en = Again\n" END, 10,
                     "'headline_en' is given twice");
    assert_non_null(strstr(report.errors[0].message, "first on line 7"));
    assert_string_equal(content.events[0].headline[LANG_EN], "H");
}

static void test_key_before_any_record(void **state)
{
    (void)state;
    expect_one_error("title_es = early\n" SHOW EVENT END, 1,
                     "outside any record");
}

static void test_second_show(void **state)
{
    (void)state;
    expect_one_error(SHOW EVENT "[show]\ntitle_es = Otra vez\n"
                     "title_en = Again\n" END, 10, "second [show]");
    assert_string_equal(content.show.title[LANG_ES], "T es");
    assert_string_equal(content.show.title[LANG_EN], "T");
}

static void test_empty_values(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 1980\nheadline_es = H\n"
                     "headline_en =\ntext_es = X\ntext_en = X\n" END,
                     7, "'headline_en' is empty, but it is required");
    /* An empty optional value is an empty cell, and fine. */
    expect_valid("[show]\ntitle_es = T\ntitle_en = T\nsubtitle_es =\n"
                 "subtitle_en =\n" EVENT END);
    assert_string_equal(content.show.subtitle[LANG_ES], "");
    assert_string_equal(content.show.subtitle[LANG_EN], "");
    /* Filled in one language and empty in the other: one language's
     * visitors would miss it. The error is on the empty one's line. */
    expect_one_error("[show]\ntitle_es = T\ntitle_en = T\nsubtitle_es = S\n"
                     "subtitle_en =\n" EVENT END, 5,
                     "'subtitle_en' is empty but 'subtitle_es' (line 4) is "
                     "not: fill both or leave both empty");
}

static void test_too_many_events(void **state)
{
    (void)state;
    size_t n = (size_t)snprintf(big, sizeof big, "%s", SHOW);
    for (int i = 0; i < 33; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "%s", EVENT);
    n += (size_t)snprintf(big + n, sizeof big - n, "%s", END);
    assert_false(load_n(big, n));
    /* Header of event number 33. */
    assert_one_error(SHOW_LINES + EVENT_LINES * 32 + 1,
                     "too many [event] records");
    assert_non_null(strstr(report.errors[0].message, "LIMIT_EVENTS"));
    assert_int_equal(content.event_count, 32);
}

static void test_events_at_limit_load(void **state)
{
    (void)state;
    size_t n = (size_t)snprintf(big, sizeof big, "%s", SHOW);
    for (int i = 0; i < 32; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "%s", EVENT);
    n += (size_t)snprintf(big + n, sizeof big - n, "%s", END);
    assert_true(load_n(big, n));
    assert_int_equal(content.event_count, 32);
}

/* ---------------------------------------------------- file structure */

static void test_truncated_file(void **state)
{
    (void)state;
    expect_one_error(SHOW EVENT LABELS, SHOW_LINES + EVENT_LINES + LABELS_LINES,
                     "truncated");
}

static void test_text_after_end(void **state)
{
    (void)state;
    /* The end line, a blank line, a comment, then the record. */
    expect_one_error(SHOW EVENT END "\n# comments are fine\n[event]\n",
                     SHOW_LINES + EVENT_LINES + LABELS_LINES + 4,
                     "after the [end]");
}

/* Copies `text` into big with every "\n" made "\r\n". */
static size_t crlf(const char *text)
{
    size_t n = 0;
    for (; *text; text++) {
        if (*text == '\n') big[n++] = '\r';
        big[n++] = *text;
    }
    big[n] = '\0';
    return n;
}

static void test_crlf_accepted(void **state)
{
    (void)state;
    size_t n = crlf(SHOW "[event]\ndate = 2009-06\n" TEXTS END);
    bool ok = load_n(big, n);
    if (!ok) dump_report();
    assert_true(ok);
    assert_string_equal(content.show.title[LANG_ES], "T es");
    assert_string_equal(content.show.title[LANG_EN], "T");
    assert_string_equal(content.events[0].text[LANG_ES], "X es");
    assert_string_equal(content.events[0].text[LANG_EN], "X");
    assert_int_equal(content.events[0].date.month, 6);
    /* The month lists end their lines: no '\r' is kept on the last name. */
    assert_string_equal(content.labels.months[LANG_EN], MONTHS_EN);
    assert_date((content_date_t){2009, 12, 0}, LANG_ES, "Diciembre de 2009");
}

static void test_bom_accepted(void **state)
{
    (void)state;
    expect_valid("\xEF\xBB\xBF" SHOW EVENT END);
    assert_string_equal(content.show.title[LANG_ES], "T es");
    assert_string_equal(content.show.title[LANG_EN], "T");
}

static void test_file_too_large(void **state)
{
    (void)state;
    /* A valid file padded with comment lines to exactly the limit loads. */
    size_t n = (size_t)snprintf(big, sizeof big, "%s%s%s", SHOW, EVENT, END);
    while (n < 262144) {
        size_t line = 262144 - n < 100 ? 262144 - n : 100;
        memset(big + n, '#', line);
        big[n + line - 1] = '\n';
        n += line;
    }
    assert_int_equal(n, 262144);
    assert_true(load_n(big, n));
    /* One byte more is refused before parsing, as a whole-file error. */
    big[n] = '\n';
    assert_false(load_n(big, n + 1));
    assert_one_error(0, "LIMIT_FILE_BYTES");
}

static void test_error_limit(void **state)
{
    (void)state;
    const int bad = 40;
    size_t n = (size_t)snprintf(big, sizeof big, "%s", SHOW);
    for (int i = 0; i < bad; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "bad%d = x\n", i);
    n += (size_t)snprintf(big + n, sizeof big - n, "%s%s", EVENT, END);
    assert_false(load_n(big, n));
    assert_int_equal(report.total, bad);
    assert_int_equal(report.kept, 32);
    assert_int_equal(report.errors[0].line, SHOW_LINES + 1);
    assert_non_null(strstr(report.errors[0].message, "unknown key 'bad0'"));
    assert_int_equal(report.errors[31].line,
                     SHOW_LINES + 32);
    assert_non_null(strstr(report.errors[31].message, "bad31"));
}

/* ------------------------------------------------------ bytes of text */

static void test_invalid_utf8(void **state)
{
    (void)state;
    /* "subtitle_es = a" is 15 bytes: the bad sequence starts at column 16. */
    expect_one_error(SHOW "subtitle_es = a\xC3\x28\nsubtitle_en = a\n"
                     EVENT END, 4, "invalid UTF-8 at column 16");
    expect_one_error(SHOW "subtitle_es = a\xC0\xAF\nsubtitle_en = a\n"
                     EVENT END, 4, "invalid UTF-8"); /* overlong '/' */
    expect_one_error(SHOW "subtitle_es = a\nsubtitle_en = \xED\xA0\x80\n"
                     EVENT END, 5, "invalid UTF-8"); /* a surrogate */
    expect_valid(SHOW "subtitle_es = López Peña León ·…\n"
                 "subtitle_en = Peña ·…\n" EVENT END);
    assert_string_equal(content.show.subtitle[LANG_ES], "López Peña León ·…");
    assert_string_equal(content.show.subtitle[LANG_EN], "Peña ·…");
}

static void test_nul_byte(void **state)
{
    (void)state;
    static const char text[] = SHOW "subtitle_es = a\0b\nsubtitle_en = a\n"
                               EVENT END;
    assert_false(load_n(text, sizeof text - 1));
    assert_one_error(4, "NUL byte");
}

/* Sets big to SHOW + "key_es = " and "key_en = " lines + EVENT + END, the
 * value in `lang` `len` letters long, the other one letter. */
static size_t value_of_length(const char *key, lang_t lang, size_t len)
{
    size_t n = (size_t)snprintf(big, sizeof big, "%s", SHOW);
    for (int l = 0; l < LANG_COUNT; l++) {
        n += (size_t)snprintf(big + n, sizeof big - n, "%s_%s = ", key,
                              lang_code((lang_t)l));
        size_t v = l == (int)lang ? len : 1;
        memset(big + n, 'x', v);
        n += v;
        big[n++] = '\n';
    }
    n += (size_t)snprintf(big + n, sizeof big - n, "%s%s", EVENT, END);
    return n;
}

static void test_value_too_long(void **state)
{
    (void)state;
    for (int l = 0; l < LANG_COUNT; l++) {
        lang_t lang = (lang_t)l;
        char want[64];
        uint32_t line = SHOW_LINES + 1 + (uint32_t)l;

        assert_true(load_n(big, value_of_length("subtitle", lang,
                                                120)));
        assert_int_equal(strlen(content.show.subtitle[lang]),
                         120);
        assert_int_equal(strlen(content.show.subtitle[lang_other(lang)]), 1);
        assert_false(load_n(big, value_of_length("subtitle", lang,
                                                 121)));
        snprintf(want, sizeof want, "'subtitle_%s' is 121 bytes long; the "
                 "limit is 120", lang_code(lang));
        assert_one_error(line, want);

        assert_true(load_n(big, value_of_length("text", lang,
                                                600)));
        assert_int_equal(strlen(content.show.text[lang]), 600);
        assert_false(load_n(big, value_of_length("text", lang,
                                                 601)));
        snprintf(want, sizeof want, "'text_%s' is 601 bytes long; the limit "
                 "is 600", lang_code(lang));
        assert_one_error(line, want);
    }
}

/* Sets big to SHOW + a comment line of `len` bytes (+ `eol`) + EVENT + END. */
static size_t comment_of_length(size_t len, const char *eol)
{
    size_t n = (size_t)snprintf(big, sizeof big, "%s", SHOW);
    memset(big + n, '#', len);
    n += len;
    n += (size_t)snprintf(big + n, sizeof big - n, "%s%s%s", eol, EVENT, END);
    return n;
}

static void test_line_too_long(void **state)
{
    (void)state;
    assert_true(load_n(big, comment_of_length(1024, "\n")));
    assert_true(load_n(big, comment_of_length(1024, "\r\n")));
    assert_false(load_n(big, comment_of_length(1025, "\n")));
    assert_one_error(4, "line is 1025 bytes long");
    assert_non_null(strstr(report.errors[0].message, "LIMIT_LINE"));
}

/* --------------------------------------------------- typed values */

static void test_seconds(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT "seconds = 15\n" END);
    assert_int_equal(content.events[0].slide_ms, 15000);
    expect_one_error(SHOW EVENT "seconds = 0\n" END, 10,
                     "'seconds' must be a whole number");
    expect_one_error(SHOW EVENT "seconds = 99999\n" END, 10, "not '99999'");
    expect_one_error(SHOW EVENT "seconds = 1.5\n" END, 10, "not '1.5'");
    expect_one_error("[show]\ntitle_es = T\ntitle_en = T\n"
                     "slide_seconds = 3601\n" EVENT END, 4,
                     "'slide_seconds' must be");
}

static void test_side(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT "[mission]\nside = north_korea\ntext_es = M\n"
                 "text_en = M\n[export]\nfrom = mexico\ngoods_es = G\n"
                 "goods_en = G\n" END);
    assert_int_equal(content.missions[0].side, SIDE_NORTH_KOREA);
    assert_int_equal(content.exports[0].from, SIDE_MEXICO);
    expect_one_error(SHOW EVENT "[mission]\nside = korea\ntext_es = M\n"
                     "text_en = M\n" END, 11,
                     "must be 'mexico' or 'north_korea', not 'korea'");
    expect_one_error(SHOW EVENT "[export]\nfrom = Mexico\ngoods_es = G\n"
                     "goods_en = G\n" END, 11, "not 'Mexico'");
}

/* ---------------------------------------------------- the report */

/* Errors come out in line order, whole-file ones (line 0) last, even when
 * a missing field (at its header) is only noticed after later lines. */
static void test_errors_in_line_order(void **state)
{
    (void)state;
    /* Found in the order: line 5, line 1 twice (when the record closes),
     * then the whole-file "no [show]" and "no [labels]". */
    assert_false(load("[event]\ndate = 1980\nheadline_es = H\n"
                      "headline_en = H\ncolour = x\n[end]\n"));
    if (report.total != 5) dump_report();
    assert_int_equal(report.total, 5);
    assert_int_equal(report.errors[0].line, 1);
    assert_non_null(strstr(report.errors[0].message, "has no 'text_es'"));
    assert_int_equal(report.errors[1].line, 1);
    assert_non_null(strstr(report.errors[1].message, "has no 'text_en'"));
    assert_int_equal(report.errors[2].line, 5);
    assert_non_null(strstr(report.errors[2].message, "unknown key 'colour'"));
    assert_int_equal(report.errors[3].line, 0);
    assert_non_null(strstr(report.errors[3].message, "no [show]"));
    assert_int_equal(report.errors[4].line, 0);
    assert_non_null(strstr(report.errors[4].message, "no [labels]"));
}

/* A line that could not be read at all does not also make its record
 * report the field it held as missing. */
static void test_unreadable_line_not_reported_twice(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 1980\nheadline_es = \xC3\x28\n"
                     "headline_en = H\ntext_es = X\ntext_en = X\n" END, 6,
                     "invalid UTF-8");
    /* The next record is checked as usual. */
    assert_false(load(SHOW "[event]\ndate = 1980\nheadline_es = \xC3\x28\n"
                      "headline_en = H\ntext_es = X\ntext_en = X\n"
                      "[event]\ndate = 1981\ntext_es = Y\ntext_en = Y\n" END));
    assert_int_equal(report.total, 3);
    assert_int_equal(report.errors[0].line, 6);
    assert_int_equal(report.errors[1].line, 10);
    assert_non_null(strstr(report.errors[1].message, "has no 'headline_es'"));
    assert_int_equal(report.errors[2].line, 10);
    assert_non_null(strstr(report.errors[2].message, "has no 'headline_en'"));
}

/* ------------------------------------------ warnings: the file still loads */

/* Problem `i` is a warning on `line` whose message contains `phrase`. */
static void assert_warning(uint32_t i, uint32_t line, const char *phrase)
{
    if (i >= report.kept || report.errors[i].line != line ||
        !strstr(report.errors[i].message, phrase))
        dump_report();
    assert_true(i < report.kept);
    assert_int_equal(report.errors[i].severity, CONTENT_WARNING);
    assert_int_equal(report.errors[i].line, line);
    assert_non_null(strstr(report.errors[i].message, phrase));
}

/* The text loads, with exactly `warnings` problems, all warnings. */
static void expect_warnings(const char *text, uint32_t warnings)
{
    bool ok = load(text);
    if (!ok || report.total != warnings) dump_report();
    assert_true(ok);
    assert_int_equal(report.total, warnings);
    assert_int_equal(report.warnings, warnings);
    assert_int_equal(content_report_errors(&report), 0);
}

static void test_event_out_of_order_warns(void **state)
{
    (void)state;
    /* 2009-06 on line 5, 2003 on line 11: the second goes back in time. */
    expect_warnings(SHOW "[event]\ndate = 2009-06\n" TEXTS
                    "[event]\ndate = 2003\n" TEXTS END, 1);
    assert_warning(0, 11, "this [event] (2003) is dated before the one above "
                          "it (2009-06, line 5)");
}

static void test_event_order_at_common_precision(void **state)
{
    (void)state;
    /* A year and a day in it are neither before nor after each other. */
    expect_warnings(SHOW "[event]\ndate = 2017\n" TEXTS
                    "[event]\ndate = 2017-09-07\n" TEXTS
                    "[event]\ndate = 2017\n" TEXTS END, 0);
    expect_warnings(SHOW "[event]\ndate = 2017-09\n" TEXTS
                    "[event]\ndate = 2017-08-30\n" TEXTS END, 1);
    assert_warning(0, 11, "(2017-08-30) is dated before the one above it "
                          "(2017-09, line 5)");
    expect_warnings(SHOW "[event]\ndate = 2017-09-08\n" TEXTS
                    "[event]\ndate = 2017-09-07\n" TEXTS END, 1);
}

static void test_date_outside_article_warns(void **state)
{
    (void)state;
    /* The article covers 1980 to 2023: both ends are fine. */
    expect_warnings(SHOW "[event]\ndate = 1980\n" TEXTS
                    "[event]\ndate = 2023-12-31\n" TEXTS END, 0);
    expect_warnings(SHOW "[event]\ndate = 1979-12-31\n" TEXTS END, 1);
    assert_warning(0, 5, "'date' is in 1979, outside the years the article "
                         "covers (1980 to 2023)");
    expect_warnings(SHOW EVENT "[ambassador]\naccreditation = 2024\n"
                    "leader = K\npresident = M\n" END, 1);
    assert_warning(0, 11, "'accreditation' is in 2024");
}

/* ------------------------------------------------- heads of state */

/* Lines 4-9 an event, 10-15 a past term, 16-20 one in office. */
#define HEADS                                                              \
    "[head_of_state]\nside = mexico\nname = Miguel de la Madrid Hurtado\n" \
    "short_name = De la Madrid\nfrom = 1982-12-01\nto = 1988-11-30\n"      \
    "[head_of_state]\nside = north_korea\nname = Kim Jong-un\n"            \
    "from = 2011-12-17\nas_of = 2026-11\n"

static void test_heads_of_state_load(void **state)
{
    (void)state;
    /* Terms are context from the reference: 1948 or 2026 is no typo
     * there, so no warning about the article's years. */
    expect_warnings(SHOW EVENT HEADS "[head_of_state]\nside = north_korea\n"
                    "name = Kim Il-sung\nfrom = 1948-09-09\nto = 1994-07-08\n"
                    END, 0);
    assert_int_equal(content.head_count, 3);
    const content_head_t *h = &content.heads[0];
    assert_int_equal(h->side, SIDE_MEXICO);
    assert_string_equal(h->name, "Miguel de la Madrid Hurtado");
    assert_string_equal(h->short_name, "De la Madrid");
    assert_int_equal(h->from.year, 1982);
    assert_int_equal(h->from.month, 12);
    assert_int_equal(h->from.day, 1);
    assert_int_equal(h->to.year, 1988);
    assert_int_equal(h->as_of.year, 0);
    h = &content.heads[1];
    assert_int_equal(h->side, SIDE_NORTH_KOREA);
    assert_string_equal(h->short_name, "");
    assert_int_equal(h->to.year, 0);
    assert_int_equal(h->as_of.year, 2026);
    assert_int_equal(h->as_of.month, 11);
    assert_int_equal(content.heads[2].from.year, 1948);
}

static void test_head_of_state_errors(void **state)
{
    (void)state;
    /* No name: the header's line names the missing field. */
    expect_one_error(SHOW EVENT "[head_of_state]\nside = mexico\n"
                     "from = 1982-12-01\nto = 1988-11-30\n" END, 10,
                     "[head_of_state] has no 'name', which is required");
    /* A day that does not exist, on its line. */
    expect_one_error(SHOW EVENT "[head_of_state]\nside = mexico\nname = M\n"
                     "from = 1982-02-30\nto = 1988-11-30\n" END, 13,
                     "day 30 in 'from' does not exist in 1982-02");
    /* The end before the start, on the end's line. */
    expect_one_error(SHOW EVENT "[head_of_state]\nside = mexico\nname = M\n"
                     "from = 1988-12-01\nto = 1982-11-30\n" END, 14,
                     "is before 'from'");
    assert_error_is(0, 14, "'to' (1982-11-30) is before 'from' (1988-12-01): "
                           "the term would end before it began");
    /* Neither end, or both. */
    expect_one_error(SHOW EVENT "[head_of_state]\nside = mexico\nname = M\n"
                     "from = 1988-12-01\n" END, 10,
                     "has neither 'to' (the term's last day) nor 'as_of'");
    expect_one_error(SHOW EVENT "[head_of_state]\nside = mexico\nname = M\n"
                     "from = 1988-12-01\nto = 1994-11-30\nas_of = 2026\n" END,
                     10, "has both 'to' and 'as_of'");
}

/* Once heads of state are given, each ambassador row must name one of
 * each side: the overview places the row by those names. */
static void test_ambassador_names_a_head_of_state(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT HEADS "[ambassador]\nname = P\n"
                 "leader = Kim Jong-un\n"
                 "president = Miguel de la Madrid Hurtado\n" END);
    assert_false(load(SHOW EVENT HEADS "[ambassador]\nname = P\n"
                      "leader = Kim Jong Un\npresident = Miguel de la Madrid\n"
                      END));
    assert_int_equal(report.total, 2);
    assert_error_is(0, 21, "[ambassador] 'leader' is 'Kim Jong Un', which no "
                           "[head_of_state] of north_korea is named: the "
                           "overview could not place the row");
    assert_error_is(1, 21, "[ambassador] 'president' is 'Miguel de la Madrid', "
                           "which no [head_of_state] of mexico is named: the "
                           "overview could not place the row");
}

static void test_too_many_heads_of_state(void **state)
{
    (void)state;
    size_t n = (size_t)snprintf(big, sizeof big, "%s%s", SHOW, EVENT);
    for (int i = 0; i <= LIMIT_HEADS_OF_STATE; i++)
        n += (size_t)snprintf(big + n, sizeof big - n,
                              "[head_of_state]\nside = mexico\nname = M\n"
                              "from = 1982\nto = 1988\n");
    snprintf(big + n, sizeof big - n, "%s", END);
    assert_false(load(big));
    /* The 25th record's header: 9 lines, then 5 a record. */
    assert_one_error(10 + 5 * LIMIT_HEADS_OF_STATE,
                     "too many [head_of_state] records: the limit is 24 "
                     "(LIMIT_HEADS_OF_STATE)");
}

/* 100 characters in Spanish, an English text of `en` characters. */
static void load_translation(size_t en)
{
    static char text[4096];
    char es[101], en_text[101];
    memset(es, 'e', 100);
    es[100] = '\0';
    memset(en_text, 'n', en);
    en_text[en] = '\0';
    snprintf(text, sizeof text, SHOW "[event]\ndate = 2003\n"
             "headline_es = H es\nheadline_en = H\ntext_es = %s\n"
             "text_en = %s\n" END, es, en_text);
    assert_true(load(text));
}

static void test_short_translation_warns(void **state)
{
    (void)state;
    load_translation(40); /* 40%: a real translation can be that short */
    assert_int_equal(report.total, 0);
    load_translation(39);
    assert_int_equal(report.total, 1);
    assert_warning(0, 9, "'text_en' has 39 characters, under 40% of "
                         "'text_es' (line 8, 100 characters)");
}

static void test_short_translation_counts_characters(void **state)
{
    (void)state;
    /* 40 characters, 80 bytes ("ñ" is two): not under 40% of 100. */
    static char text[4096], es[101], en[81];
    memset(es, 'e', 100);
    for (size_t i = 0; i < 40; i++) memcpy(en + 2 * i, "\xC3\xB1", 2);
    en[80] = '\0';
    snprintf(text, sizeof text, SHOW "[event]\ndate = 2003\n"
             "headline_es = H es\nheadline_en = H\ntext_es = %s\n"
             "text_en = %s\n" END, es, en);
    expect_warnings(text, 0);
}

static void test_short_texts_are_not_compared(void **state)
{
    (void)state;
    /* One word may translate a phrase: "Pasta", "Pastas alimenticias". */
    expect_warnings(SHOW EVENT "[export]\nfrom = north_korea\n"
                    "goods_es = Pastas alimenticias\ngoods_en = Pasta\n" END,
                    0);
}

/* ------------------------------------------------------------------ ids */

static void test_ids_are_made_from_content(void **state)
{
    (void)state;
    expect_valid(SHOW "[event]\ndate = 2003\nheadline_es = Punto bajo\n"
                 "headline_en = Relations reach a low\ntext_es = X\n"
                 "text_en = X\n"
                 "[ambassador]\nname = Andrés Manuel López Obrador\n"
                 "leader = K\npresident = M\n"
                 "[ambassador]\nobservations_es = Relaciones.\n"
                 "observations_en = Relations established.\n"
                 "leader = K\npresident = M\n" END);
    assert_string_equal(content.events[0].id, "event-2003-relations-reach-a-low");
    assert_string_equal(content.ambassadors[0].id,
                        "ambassador-andres-manuel-lopez-obrador");
    assert_string_equal(content.ambassadors[1].id,
                        "ambassador-relations-established");
}

static void test_made_id_is_cut_at_a_word(void **state)
{
    (void)state;
    content_id_t id;
    content_date_t d = {2009, 6, 0};
    content_id_make(id, "event", d, "Mexico votes for UN Security Council "
                                    "Resolution 1874, which imposed sanctions");
    assert_string_equal(id, "event-2009-06-mexico-votes-for-un-security-"
                            "council-resolution");
    assert_true(strlen(id) <= LIMIT_ID);
    assert_true(content_id_valid(id));
}

static void test_given_id_wins(void **state)
{
    (void)state;
    expect_valid(SHOW "[event]\nid = embassy\ndate = 1993\n" TEXTS END);
    assert_string_equal(content.events[0].id, "embassy");
}

static void test_given_id_twice_is_an_error(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\nid = same\ndate = 1993\n" TEXTS
                     "[event]\nid = same\ndate = 2003\n" TEXTS END, 12,
                     "the id 'same' is also the id of the record on line 4");
}

static void test_made_ids_alike_are_numbered(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT EVENT EVENT END);
    assert_string_equal(content.events[0].id, "event-1980-09-04-h");
    assert_string_equal(content.events[1].id, "event-1980-09-04-h-2");
    assert_string_equal(content.events[2].id, "event-1980-09-04-h-3");
}

static void test_bad_id(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\nid = Embassy 1993\ndate = 1993\n" TEXTS
                     END, 5, "'id' must be 1 to 64 lower-case letters, "
                             "digits and '-', not 'Embassy 1993'");
    /* The slides that are one of a kind have their kind as id. */
    expect_one_error(SHOW "[event]\nid = trade\ndate = 1993\n" TEXTS END, 5,
                     "'id' cannot be 'trade': that is the id of the trade "
                     "slide");
}

/* --------------------------------------------------------- the report */

static void test_report_counts_errors_apart_from_warnings(void **state)
{
    (void)state;
    content_report_t r;
    memset(&r, 0, sizeof r);
    content_report_add(&r, CONTENT_WARNING, 9, "w %d", 1);
    content_report_add(&r, CONTENT_ERROR, 0, "whole file");
    content_report_add(&r, CONTENT_ERROR, 3, "e %d", 2);
    assert_int_equal(r.total, 3);
    assert_int_equal(r.warnings, 1);
    assert_int_equal(content_report_errors(&r), 2);
    content_report_sort(&r);
    assert_int_equal(r.errors[0].line, 3);
    assert_string_equal(r.errors[0].message, "e 2");
    assert_int_equal(r.errors[1].line, 9);
    assert_int_equal(r.errors[1].severity, CONTENT_WARNING);
    assert_int_equal(r.errors[2].line, 0);
}

/* --------------------------------------- limits pinned with literal values
 *
 * Every number here is written out, never taken from limits.h: a limit
 * changed by mistake, or checked one off, fails here. */

/* A months_en line of twelve names "m01".."m12", name `pos` (1..12)
 * replaced by `len` x's, the names separated by `sep`. */
static const char *months_with_name(int pos, size_t len, const char *sep)
{
    static char line[256];
    size_t n = (size_t)snprintf(line, sizeof line, "months_en = ");
    for (int m = 1; m <= 12; m++) {
        if (m == pos) {
            memset(line + n, 'x', len);
            n += len;
        } else {
            n += (size_t)snprintf(line + n, sizeof line - n, "m%02d", m);
        }
        n += (size_t)snprintf(line + n, sizeof line - n, "%s",
                              m < 12 ? sep : "\n");
    }
    return line;
}

/* A month name of 24 bytes is accepted, and shows whole, in every place
 * of the list, whatever the spaces after the commas; 25 bytes is refused
 * in every place (the spaces after a comma were once counted: a 24-byte
 * name passed first and failed second to twelfth). */
static void test_month_name_limit_in_every_position(void **state)
{
    (void)state;
    static const char *const separators[] = {", ", ",", ",   "};
    static const char name24[] = "xxxxxxxxxxxxxxxxxxxxxxxx";
    assert_int_equal(strlen(name24), 24);
    for (int pos = 1; pos <= 12; pos++)
        for (size_t s = 0; s < 3; s++) {
            const char *sep = separators[s];
            const char *text = edit_line(SHOW EVENT END, "months_en =",
                                         months_with_name(pos, 24, sep));
            expect_valid(text);
            char want[64];
            snprintf(want, sizeof want, "%s 2000", name24);
            assert_date((content_date_t){2000, (uint8_t)pos, 0}, LANG_EN, want);

            text = edit_line(SHOW EVENT END, "months_en =",
                             months_with_name(pos, 25, sep));
            assert_false(load(text));
            assert_one_error(line_of(text, "months_en ="),
                             "'months_en' has a month name longer than 24 "
                             "bytes");
        }
}

/* One record of every kind, each with only its required fields but the
 * ambassador's name. */
#define AMBASSADOR "[ambassador]\nname = N\nleader = L\npresident = P\n"
#define AGREEMENT "[agreement]\ndate = 2008\nname_es = A es\nname_en = A\n"
#define TRADE "[trade]\ndate = 2023\ntext_es = C es\ntext_en = C\n"
#define EXPORT "[export]\nfrom = mexico\ngoods_es = G es\ngoods_en = G\n"
#define MISSION "[mission]\nside = mexico\ntext_es = M es\ntext_en = M\n"
#define EVERY_KIND SHOW EVENT AMBASSADOR AGREEMENT TRADE EXPORT MISSION END

/* Copies `text` into big without the first line that starts with
 * `prefix` after the line `header`. */
static const char *without_field(const char *text, const char *header,
                                 const char *prefix)
{
    const char *at = strstr(text, header);
    assert_non_null(at);
    while (at && strncmp(at, prefix, strlen(prefix)) != 0) {
        at = strchr(at, '\n');
        if (at) at++;
    }
    assert_non_null(at);
    const char *nl = strchr(at, '\n');
    assert_non_null(nl);
    snprintf(big, sizeof big, "%.*s%s", (int)(at - text), text, nl + 1);
    return big;
}

/* Each required field of each record kind, left out alone, is exactly one
 * error on its record's header line, naming the key. */
static void test_every_required_field_missing(void **state)
{
    (void)state;
    static const struct {
        const char *header, *prefix, *message;
    } required[] = {
        {"[show]", "title_es =", "[show] has no 'title_es', which is required"},
        {"[show]", "title_en =", "[show] has no 'title_en', which is required"},
        {"[event]", "date =", "[event] has no 'date', which is required"},
        {"[event]", "headline_es =", "[event] has no 'headline_es', which is required"},
        {"[event]", "headline_en =", "[event] has no 'headline_en', which is required"},
        {"[event]", "text_es =", "[event] has no 'text_es', which is required"},
        {"[event]", "text_en =", "[event] has no 'text_en', which is required"},
        {"[ambassador]", "leader =", "[ambassador] has no 'leader', which is required"},
        {"[ambassador]", "president =", "[ambassador] has no 'president', which is required"},
        {"[agreement]", "date =", "[agreement] has no 'date', which is required"},
        {"[agreement]", "name_es =", "[agreement] has no 'name_es', which is required"},
        {"[agreement]", "name_en =", "[agreement] has no 'name_en', which is required"},
        {"[trade]", "date =", "[trade] has no 'date', which is required"},
        {"[trade]", "text_es =", "[trade] has no 'text_es', which is required"},
        {"[trade]", "text_en =", "[trade] has no 'text_en', which is required"},
        {"[export]", "from =", "[export] has no 'from', which is required"},
        {"[export]", "goods_es =", "[export] has no 'goods_es', which is required"},
        {"[export]", "goods_en =", "[export] has no 'goods_en', which is required"},
        {"[mission]", "side =", "[mission] has no 'side', which is required"},
        {"[mission]", "text_es =", "[mission] has no 'text_es', which is required"},
        {"[mission]", "text_en =", "[mission] has no 'text_en', which is required"},
    };
    expect_valid(EVERY_KIND);
    /* The ambassador's name is optional: without it the file is valid. */
    expect_valid(without_field(EVERY_KIND, "[ambassador]", "name ="));
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        const char *text = without_field(EVERY_KIND, required[i].header,
                                         required[i].prefix);
        assert_false(load(text));
        assert_int_equal(report.total, 1);
        assert_error_is(0, line_of(text, required[i].header),
                        required[i].message);
    }
    /* A mission with no text at all: both languages are named. */
    const char *text = without_field(EVERY_KIND, "[mission]", "text_es =");
    char copy[sizeof big];
    snprintf(copy, sizeof copy, "%s", text);
    text = without_field(copy, "[mission]", "text_en =");
    assert_false(load(text));
    assert_int_equal(report.total, 2);
    assert_error_is(0, line_of(text, "[mission]"),
                    "[mission] has no 'text_es', which is required");
    assert_error_is(1, line_of(text, "[mission]"),
                    "[mission] has no 'text_en', which is required");
}

/* Every key of the [labels] record is required: each one left out alone
 * is one error on the [labels] line naming it. */
static void test_every_label_required(void **state)
{
    (void)state;
    static const char labels[] = LABELS;
    uint32_t header = SHOW_LINES + EVENT_LINES + 1;
    int checked = 0;
    for (const char *line = strchr(labels, '\n') + 1; *line;
         line = strchr(line, '\n') + 1) {
        char key[40], want[96];
        size_t n = strcspn(line, " ");
        snprintf(key, sizeof key, "%.*s =", (int)n, line);
        const char *text = without_field(SHOW EVENT END, "[labels]", key);
        snprintf(want, sizeof want, "[labels] has no '%.*s', which is "
                 "required", (int)n, line);
        assert_false(load(text));
        assert_int_equal(report.total, 1);
        assert_error_is(0, header, want);
        checked++;
    }
    assert_int_equal(checked, 32); /* 16 labels, in two languages */
}

/* Sets big to SHOW EVENT, `count` copies of `record`, END. */
static size_t records(const char *record, int count)
{
    size_t n = (size_t)snprintf(big, sizeof big, "%s%s", SHOW, EVENT);
    for (int i = 0; i < count; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "%s", record);
    n += (size_t)snprintf(big + n, sizeof big - n, "%s", END);
    return n;
}

/* Every record kind at its capacity loads; one more is one error on the
 * header of the one too many, naming the limit. */
static void test_every_record_capacity(void **state)
{
    (void)state;
    static const struct {
        const char *record;
        int capacity;
        uint32_t lines;
        const char *message;
    } kinds[] = {
        /* the base file has one event already: 31 more make 32 */
        {EVENT, 31, 6, "too many [event] records: the limit is 32 (LIMIT_EVENTS)"},
        {AMBASSADOR, 32, 4, "too many [ambassador] records: the limit is 32 "
                            "(LIMIT_AMBASSADORS)"},
        {AGREEMENT, 16, 4, "too many [agreement] records: the limit is 16 "
                           "(LIMIT_AGREEMENTS)"},
        {TRADE, 8, 4, "too many [trade] records: the limit is 8 "
                      "(LIMIT_TRADE_FACTS)"},
        {EXPORT, 16, 4, "too many [export] records: the limit is 16 "
                        "(LIMIT_EXPORTS)"},
        {MISSION, 8, 4, "too many [mission] records: the limit is 8 "
                        "(LIMIT_MISSIONS)"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        bool ok = load_n(big, records(kinds[i].record, kinds[i].capacity));
        if (!ok) dump_report();
        assert_true(ok);
        assert_false(load_n(big, records(kinds[i].record,
                                         kinds[i].capacity + 1)));
        uint32_t header = SHOW_LINES + EVENT_LINES +
                          kinds[i].lines * (uint32_t)kinds[i].capacity + 1;
        assert_int_equal(report.total, 1);
        assert_error_is(0, header, kinds[i].message);
    }
}

/* Text fields: a short one holds 120 bytes, a long one 600, in either
 * language, in every kind that has them; a line holds 1024 bytes. */
static void test_text_limits_literal(void **state)
{
    (void)state;
    char value[700];
    static const struct {
        const char *header, *prefix, *key;
        size_t limit;
    } fields[] = {
        {"[event]", "headline_es =", "headline_es", 120},
        {"[event]", "text_en =", "text_en", 600},
        {"[ambassador]", "leader =", "leader", 120},
        {"[agreement]", "name_en =", "name_en", 120},
        {"[trade]", "text_es =", "text_es", 600},
        {"[export]", "goods_es =", "goods_es", 120},
        {"[mission]", "text_en =", "text_en", 600},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        for (size_t len = fields[i].limit; len <= fields[i].limit + 1; len++) {
            /* The record without the field, then the field again at the
             * end of that record's header line. */
            char copy[sizeof big], line[760];
            snprintf(copy, sizeof copy, "%s",
                     without_field(EVERY_KIND, fields[i].header,
                                   fields[i].prefix));
            memset(value, 'v', len);
            value[len] = '\0';
            snprintf(line, sizeof line, "%s\n%s %s", fields[i].header,
                     fields[i].prefix, value);
            const char *at = strstr(copy, fields[i].header);
            snprintf(big, sizeof big, "%.*s%s%s", (int)(at - copy), copy,
                     line, at + strlen(fields[i].header));
            if (len == fields[i].limit) {
                expect_no_errors(big);
                continue;
            }
            char want[96];
            snprintf(want, sizeof want, "'%s' is %zu bytes long; the limit "
                     "is %zu", fields[i].key, len, fields[i].limit);
            assert_false(load(big));
            /* The field is the line after its header. */
            assert_one_error(line_of(big, fields[i].header) + 1, want);
        }
}

/* A slide's seconds: 1 and 3600 are accepted, 0 and 3601 are not. */
static void test_seconds_limits_literal(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT "seconds = 1\n" END);
    assert_int_equal(content.events[0].slide_ms, 1000);
    expect_valid(SHOW EVENT "seconds = 3600\n" END);
    assert_int_equal(content.events[0].slide_ms, 3600000);
    expect_one_error(SHOW EVENT "seconds = 0\n" END, 10,
                     "'seconds' must be a whole number of seconds from 1 to "
                     "3600, not '0'");
    expect_one_error(SHOW EVENT "seconds = 3601\n" END, 10,
                     "'seconds' must be a whole number of seconds from 1 to "
                     "3600, not '3601'");
}

/* Years 1900 to 2100, and the days of February by the 400-year rule:
 * each date accepted (no message) or refused with exactly its message. */
static void test_date_limits_literal(void **state)
{
    (void)state;
    static const struct {
        const char *date, *message;
    } dates[] = {
        {"1900", NULL},
        {"2100-12-31", NULL},
        {"1899-12-31", "year 1899 in 'date' is out of range (1900..2100)"},
        {"2101", "year 2101 in 'date' is out of range (1900..2100)"},
        {"2000-02-29", NULL},
        {"2024-02-29", NULL},
        {"1900-02-29", "day 29 in 'date' does not exist in 1900-02"},
        {"2100-02-29", "day 29 in 'date' does not exist in 2100-02"},
        {"2023-02-29", "day 29 in 'date' does not exist in 2023-02"},
        {"2000-02-30", "day 30 in 'date' does not exist in 2000-02"},
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        snprintf(big, sizeof big, SHOW "[event]\ndate = %s\n" TEXTS END,
                 dates[i].date);
        if (!dates[i].message) {
            expect_no_errors(big);
            continue;
        }
        assert_false(load(big));
        assert_int_equal(report.total, 1);
        assert_error_is(0, 5, dates[i].message);
    }
}


/* ------------------------------------------ the canonical form (format) */

static content_t first; /* the table before formatting, to compare */
static char formatted[LIMIT_FILE_BYTES + 1];

/* Loads `text`, formats the table, loads that: the same table, every byte
 * (content_load zeroes the table first, so unused bytes compare too). */
static const char *round_trip(const char *text)
{
    expect_valid(text);
    memcpy(&first, &content, sizeof first);
    size_t n = content_format(&content, formatted, sizeof formatted);
    assert_true(n < sizeof formatted);
    assert_int_equal(strlen(formatted), n);
    bool ok = load(formatted);
    if (!ok) {
        print_message("%s", formatted);
        dump_report();
    }
    assert_true(ok);
    assert_memory_equal(&first, &content, sizeof first);
    return formatted;
}

/* Every kind and every optional field, in the canonical order, comes out
 * exactly so; English given first comes out after Spanish; comments,
 * padding and an untidy order of keys go. */
static void test_format_canonical(void **state)
{
    (void)state;
    const char *untidy =
        "# a comment\n"
        "[show]\n"
        "title_en =   T  \n"
        "title_es = T es\n"
        "slide_seconds=12\n"
        "subtitle_es = S es\nsubtitle_en = S\n"
        "[event]\ndate = 1980-09\nseconds = 30\n" TEXTS
        "[ambassador]\npresident = P\nleader = L\nname = N\n"
        "accreditation = 1990-03-04\nobservations_es = O es\n"
        "observations_en = O\nterm_end_es = F es\nterm_end_en = F\nseconds = 9\n"
        "[agreement]\ndate = 2008\nname_es = A es\nname_en = A\n"
        "[trade]\ndate = 2023\nfigure_es = 1 es\nfigure_en = 1\n"
        "text_es = C es\ntext_en = C\n"
        "[export]\nfrom = north_korea\ngoods_es = G es\ngoods_en = G\n"
        "[mission]\nside = mexico\ntext_es = M es\ntext_en = M\n" END;
    const char *out = round_trip(untidy);
    /* The labels are the fixture's, in its own order, which is the
     * canonical one, then the optional ones the loader fills with the
     * kiosk's own words; the ids made from the records written out. */
    snprintf(big, sizeof big, "%s",
             "[show]\ntitle_es = T es\ntitle_en = T\nsubtitle_es = S es\n"
             "subtitle_en = S\nslide_seconds = 12\n" LABELS
             "invitation_touch_es = Toca para explorar\n"
             "invitation_touch_en = Touch to explore\n"
             "paused_touch_es = En pausa \xC2\xB7 Toca para continuar\n"
             "paused_touch_en = Paused \xC2\xB7 Touch to continue\n"
             "language_touch_es = English\n"
             "language_touch_en = Espa\xC3\xB1ol\n"
             "overview_es = Los embajadores en su tiempo\n"
             "overview_en = The ambassadors in their time\n"
             "established_es = Relaciones establecidas\n"
             "established_en = Relations established\n"
             "overview_marks_es = Embajador, en el mandato que le da el "
             "art\xC3\xAD" "culo\n"
             "overview_marks_en = Ambassador, in the term the article gives\n"
             "context_es = Fechas de los mandatos: contexto, no del "
             "art\xC3\xAD" "culo\n"
             "context_en = Terms' dates: context, not from the article\n"
             "accreditation_es = Acreditaci\xC3\xB3n\n"
             "accreditation_en = Accreditation\n"
             "[event]\nid = event-1980-09-h\ndate = 1980-09\n" TEXTS
             "seconds = 30\n"
             "[ambassador]\nid = ambassador-n\nname = N\n"
             "accreditation = 1990-03-04\n"
             "observations_es = O es\nobservations_en = O\nleader = L\n"
             "president = P\nterm_end_es = F es\nterm_end_en = F\n"
             "seconds = 9\n"
             "[agreement]\ndate = 2008\nname_es = A es\nname_en = A\n"
             "[trade]\ndate = 2023\nfigure_es = 1 es\nfigure_en = 1\n"
             "text_es = C es\ntext_en = C\n"
             "[export]\nfrom = north_korea\ngoods_es = G es\ngoods_en = G\n"
             "[mission]\nside = mexico\ntext_es = M es\ntext_en = M\n"
             "[end]\n");
    assert_string_equal(out, big);
    /* The canonical form formats to itself. */
    assert_string_equal(round_trip(big), big);
}

/* Like snprintf: what did not fit is counted, the buffer ends in a NUL. */
static void test_format_short_buffer(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT END);
    size_t whole = content_format(&content, formatted, sizeof formatted);
    char small[16];
    assert_int_equal(content_format(&content, small, sizeof small), whole);
    assert_string_equal(small, "[show]\ntitle_es");
    assert_int_equal(content_format(&content, NULL, 0), whole);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixture_line_counts),
        cmocka_unit_test(test_minimal_file_loads_fields),
        cmocka_unit_test(test_every_kind_loads),
        cmocka_unit_test(test_both_languages_in_their_slots),
        cmocka_unit_test(test_labels_load),
        cmocka_unit_test(test_touch_labels),
        cmocka_unit_test(test_required_field_missing_a_language),
        cmocka_unit_test(test_optional_field_in_one_language),
        cmocka_unit_test(test_bare_translated_key),
        cmocka_unit_test(test_untranslated_fields_reject_suffixes),
        cmocka_unit_test(test_long_quote_is_cut_between_characters),
        cmocka_unit_test(test_labels_missing),
        cmocka_unit_test(test_labels_twice),
        cmocka_unit_test(test_months_must_be_twelve),
        cmocka_unit_test(test_date_precisions),
        cmocka_unit_test(test_date_malformed),
        cmocka_unit_test(test_date_out_of_range),
        cmocka_unit_test(test_date_format),
        cmocka_unit_test(test_date_format_every_month),
        cmocka_unit_test(test_date_format_uses_the_labels),
        cmocka_unit_test(test_unknown_key),
        cmocka_unit_test(test_unknown_record_kind),
        cmocka_unit_test(test_missing_required_at_header),
        cmocka_unit_test(test_duplicate_key),
        cmocka_unit_test(test_key_before_any_record),
        cmocka_unit_test(test_second_show),
        cmocka_unit_test(test_empty_values),
        cmocka_unit_test(test_too_many_events),
        cmocka_unit_test(test_events_at_limit_load),
        cmocka_unit_test(test_truncated_file),
        cmocka_unit_test(test_text_after_end),
        cmocka_unit_test(test_crlf_accepted),
        cmocka_unit_test(test_bom_accepted),
        cmocka_unit_test(test_file_too_large),
        cmocka_unit_test(test_error_limit),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_value_too_long),
        cmocka_unit_test(test_line_too_long),
        cmocka_unit_test(test_seconds),
        cmocka_unit_test(test_side),
        cmocka_unit_test(test_errors_in_line_order),
        cmocka_unit_test(test_unreadable_line_not_reported_twice),
        cmocka_unit_test(test_event_out_of_order_warns),
        cmocka_unit_test(test_event_order_at_common_precision),
        cmocka_unit_test(test_date_outside_article_warns),
        cmocka_unit_test(test_short_translation_warns),
        cmocka_unit_test(test_short_translation_counts_characters),
        cmocka_unit_test(test_short_texts_are_not_compared),
        cmocka_unit_test(test_ids_are_made_from_content),
        cmocka_unit_test(test_made_id_is_cut_at_a_word),
        cmocka_unit_test(test_given_id_wins),
        cmocka_unit_test(test_given_id_twice_is_an_error),
        cmocka_unit_test(test_made_ids_alike_are_numbered),
        cmocka_unit_test(test_bad_id),
        cmocka_unit_test(test_report_counts_errors_apart_from_warnings),
        cmocka_unit_test(test_month_name_limit_in_every_position),
        cmocka_unit_test(test_every_required_field_missing),
        cmocka_unit_test(test_every_label_required),
        cmocka_unit_test(test_every_record_capacity),
        cmocka_unit_test(test_text_limits_literal),
        cmocka_unit_test(test_seconds_limits_literal),
        cmocka_unit_test(test_date_limits_literal),
        cmocka_unit_test(test_format_canonical),
        cmocka_unit_test(test_format_short_buffer),
        cmocka_unit_test(test_heads_of_state_load),
        cmocka_unit_test(test_head_of_state_errors),
        cmocka_unit_test(test_ambassador_names_a_head_of_state),
        cmocka_unit_test(test_too_many_heads_of_state),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
