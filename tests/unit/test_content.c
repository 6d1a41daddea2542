/* test_content.c - content_load() and content_date_format().
 *
 * Every test embeds its own content text, so nothing depends on the
 * working directory or on data/content.ini. A bad input must give an error
 * on the exact line, with a message a curator can recognise.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/content.h"

/* The smallest valid file: lines 1-2 the show, 3-6 one event, 7 the end. */
#define SHOW "[show]\ntitle = T\n"
#define EVENT "[event]\ndate = 1980-09-04\nheadline = H\ntext = X\n"
#define END "[end]\n"

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

static void expect_valid(const char *text)
{
    bool ok = load(text);
    if (!ok) dump_report();
    assert_true(ok);
    assert_int_equal(report.total, 0);
    assert_int_equal(report.kept, 0);
}

/* ------------------------------------------------- valid files load */

static void test_minimal_file_loads_fields(void **state)
{
    (void)state;
    expect_valid("[show]\n"
                 "title = Mexico – North Korea\n"
                 "subtitle = Relations\n"
                 "text = An introduction.\n"
                 "[event]\n"
                 "date = 1980-09-04\n"
                 "headline = Diplomatic relations established\n"
                 "text = Mexico and North Korea established relations.\n"
                 "[end]\n");
    assert_string_equal(content.show.title, "Mexico – North Korea");
    assert_string_equal(content.show.subtitle, "Relations");
    assert_string_equal(content.show.text, "An introduction.");
    assert_int_equal(content.show.slide_ms, CONTENT_DEFAULT_SLIDE_MS);
    assert_int_equal(content.event_count, 1);
    assert_int_equal(content.ambassador_count, 0);
    assert_int_equal(content.events[0].date.year, 1980);
    assert_int_equal(content.events[0].date.month, 9);
    assert_int_equal(content.events[0].date.day, 4);
    assert_string_equal(content.events[0].headline,
                        "Diplomatic relations established");
    assert_string_equal(content.events[0].text,
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
                 "  title   =   Padded  \n"
                 "slide_seconds = 7\n"
                 "[ambassador]\n"
                 "name = Pak Yong-se\n"
                 "leader = Kim Il Sung\n"
                 "president = Miguel de la Madrid Hurtado\n"
                 "term_end = Current\n"
                 "[agreement]\n"
                 "date = 2008\n"
                 "name = Education\n"
                 "[trade]\n"
                 "date = 2023\n"
                 "figure = US$459 thousand\n"
                 "text = Total trade.\n"
                 "[export]\n"
                 "from = north_korea\n"
                 "goods = Glass\n"
                 "[mission]\n"
                 "side = mexico\n"
                 "text = Mexico is accredited from Seoul.\n"
                 "[end]\n");
    assert_string_equal(content.show.title, "Padded");
    assert_int_equal(content.show.slide_ms, 7000);
    assert_int_equal(content.ambassador_count, 1);
    assert_string_equal(content.ambassadors[0].term_end, "Current");
    assert_int_equal(content.agreement_count, 1);
    assert_int_equal(content.agreements[0].date.year, 2008);
    assert_int_equal(content.trade_count, 1);
    assert_string_equal(content.trade[0].figure, "US$459 thousand");
    assert_int_equal(content.export_count, 1);
    assert_int_equal(content.exports[0].from, SIDE_NORTH_KOREA);
    assert_string_equal(content.exports[0].goods, "Glass");
    assert_int_equal(content.mission_count, 1);
    assert_int_equal(content.missions[0].side, SIDE_MEXICO);
}

/* ---------------------------------------------------------- dates */

static void test_date_precisions(void **state)
{
    (void)state;
    expect_valid(SHOW
                 "[event]\ndate = 2003\nheadline = A\ntext = a\n"
                 "[event]\ndate = 2009-06\nheadline = B\ntext = b\n"
                 "[event]\ndate = 2024-02-29\nheadline = C\ntext = c\n"
                 END);
    assert_int_equal(content.event_count, 3);
    assert_int_equal(content.events[0].date.year, 2003);
    assert_int_equal(content.events[0].date.month, 0);
    assert_int_equal(content.events[0].date.day, 0);
    assert_int_equal(content.events[1].date.year, 2009);
    assert_int_equal(content.events[1].date.month, 6);
    assert_int_equal(content.events[1].date.day, 0);
    assert_int_equal(content.events[2].date.year, 2024); /* a leap year */
    assert_int_equal(content.events[2].date.month, 2);
    assert_int_equal(content.events[2].date.day, 29);
}

static void test_date_malformed(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 2003-1\nheadline = H\ntext = X\n"
                     END, 4, "malformed date '2003-1'");
    expect_one_error(SHOW "[event]\ndate = 19x0\nheadline = H\ntext = X\n"
                     END, 4, "malformed date");
    expect_one_error(SHOW "[event]\ndate = 2003/01/02\nheadline = H\n"
                     "text = X\n" END, 4, "malformed date");
}

static void test_date_out_of_range(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 2009-13\nheadline = H\ntext = X\n"
                     END, 4, "month 13");
    expect_one_error(SHOW "[event]\ndate = 2009-00\nheadline = H\ntext = X\n"
                     END, 4, "month 0");
    expect_one_error(SHOW "[event]\ndate = 2023-02-29\nheadline = H\n"
                     "text = X\n" END, 4, "day 29");
    assert_non_null(strstr(report.errors[0].message, "does not exist"));
    expect_one_error(SHOW "[event]\ndate = 2023-04-31\nheadline = H\n"
                     "text = X\n" END, 4, "day 31");
    expect_one_error(SHOW "[event]\ndate = 1800\nheadline = H\ntext = X\n"
                     END, 4, "year 1800");
    assert_non_null(strstr(report.errors[0].message, "out of range"));
}

static void test_date_format(void **state)
{
    (void)state;
    char buf[64];
    content_date_t full = {1980, 9, 4}, month = {2009, 6, 0},
                   year = {2003, 0, 0}, none = {0, 0, 0};
    assert_int_equal(content_date_format(full, buf, sizeof buf), 16);
    assert_string_equal(buf, "4 September 1980");
    assert_int_equal(content_date_format(month, buf, sizeof buf), 9);
    assert_string_equal(buf, "June 2009");
    assert_int_equal(content_date_format(year, buf, sizeof buf), 4);
    assert_string_equal(buf, "2003");
    assert_int_equal(content_date_format(none, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
}

/* -------------------------------------------------- records and keys */

static void test_unknown_key(void **state)
{
    (void)state;
    expect_one_error(SHOW "colour = red\n" EVENT END, 3,
                     "unknown key 'colour'");
}

static void test_unknown_record_kind(void **state)
{
    (void)state;
    /* The keys of an unknown record are not reported a second time. */
    expect_one_error(SHOW "[speech]\nwho = me\n" EVENT END, 3,
                     "unknown record kind [speech]");
}

static void test_missing_required_at_header(void **state)
{
    (void)state;
    expect_one_error(SHOW "\n[event]\ndate = 1980\nheadline = H\n" END, 4,
                     "has no 'text'");
    expect_one_error("[show]\nsubtitle = S\n" EVENT END, 1, "has no 'title'");
}

static void test_duplicate_key(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 1980\ndate = 1981\nheadline = H\n"
                     "text = X\n" END, 5, "'date' is given twice");
    assert_non_null(strstr(report.errors[0].message, "first on line 4"));
}

static void test_key_before_any_record(void **state)
{
    (void)state;
    expect_one_error("title = early\n" SHOW EVENT END, 1,
                     "outside any record");
}

static void test_second_show(void **state)
{
    (void)state;
    expect_one_error(SHOW EVENT "[show]\ntitle = Again\n" END, 7,
                     "second [show]");
    assert_string_equal(content.show.title, "T");
}

static void test_empty_values(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 1980\nheadline =\ntext = X\n" END,
                     5, "'headline' is empty, but it is required");
    /* An empty optional value is an empty cell, and fine. */
    expect_valid("[show]\ntitle = T\nsubtitle =\n" EVENT END);
    assert_string_equal(content.show.subtitle, "");
}

static void test_too_many_events(void **state)
{
    (void)state;
    size_t n = (size_t)snprintf(big, sizeof big, "%s", SHOW);
    for (int i = 0; i < LIMIT_EVENTS + 1; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "%s", EVENT);
    n += (size_t)snprintf(big + n, sizeof big - n, "%s", END);
    assert_false(load_n(big, n));
    /* Header of event number LIMIT_EVENTS + 1: 2 show lines, 4 per event. */
    assert_one_error(2 + 4 * LIMIT_EVENTS + 1, "too many [event] records");
    assert_non_null(strstr(report.errors[0].message, "LIMIT_EVENTS"));
    assert_int_equal(content.event_count, LIMIT_EVENTS);
}

static void test_events_at_limit_load(void **state)
{
    (void)state;
    size_t n = (size_t)snprintf(big, sizeof big, "%s", SHOW);
    for (int i = 0; i < LIMIT_EVENTS; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "%s", EVENT);
    n += (size_t)snprintf(big + n, sizeof big - n, "%s", END);
    assert_true(load_n(big, n));
    assert_int_equal(content.event_count, LIMIT_EVENTS);
}

/* ---------------------------------------------------- file structure */

static void test_truncated_file(void **state)
{
    (void)state;
    expect_one_error(SHOW EVENT, 6, "truncated");
}

static void test_text_after_end(void **state)
{
    (void)state;
    expect_one_error(SHOW EVENT END "\n# comments are fine\n[event]\n", 10,
                     "after the [end]");
}

static void test_crlf_accepted(void **state)
{
    (void)state;
    expect_valid("[show]\r\ntitle = T\r\n[event]\r\ndate = 2009-06\r\n"
                 "headline = H\r\ntext = X\r\n[end]\r\n");
    assert_string_equal(content.show.title, "T");
    assert_string_equal(content.events[0].text, "X");
    assert_int_equal(content.events[0].date.month, 6);
}

static void test_bom_accepted(void **state)
{
    (void)state;
    expect_valid("\xEF\xBB\xBF" SHOW EVENT END);
    assert_string_equal(content.show.title, "T");
}

static void test_file_too_large(void **state)
{
    (void)state;
    /* A valid file padded with comment lines to exactly the limit loads. */
    size_t n = (size_t)snprintf(big, sizeof big, "%s%s%s", SHOW, EVENT, END);
    while (n < LIMIT_FILE_BYTES) {
        size_t line = LIMIT_FILE_BYTES - n < 100 ? LIMIT_FILE_BYTES - n : 100;
        memset(big + n, '#', line);
        big[n + line - 1] = '\n';
        n += line;
    }
    assert_int_equal(n, LIMIT_FILE_BYTES);
    assert_true(load_n(big, n));
    /* One byte more is refused before parsing, as a whole-file error. */
    big[n] = '\n';
    assert_false(load_n(big, n + 1));
    assert_one_error(0, "LIMIT_FILE_BYTES");
}

static void test_error_limit(void **state)
{
    (void)state;
    const int bad = LIMIT_ERRORS + 8;
    size_t n = (size_t)snprintf(big, sizeof big, "%s", SHOW);
    for (int i = 0; i < bad; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "bad%d = x\n", i);
    n += (size_t)snprintf(big + n, sizeof big - n, "%s%s", EVENT, END);
    assert_false(load_n(big, n));
    assert_int_equal(report.total, bad);
    assert_int_equal(report.kept, LIMIT_ERRORS);
    assert_int_equal(report.errors[0].line, 3);
    assert_non_null(strstr(report.errors[0].message, "unknown key 'bad0'"));
    assert_int_equal(report.errors[LIMIT_ERRORS - 1].line, 3 + LIMIT_ERRORS - 1);
    assert_non_null(strstr(report.errors[LIMIT_ERRORS - 1].message, "bad31"));
}

/* ------------------------------------------------------ bytes of text */

static void test_invalid_utf8(void **state)
{
    (void)state;
    /* "subtitle = a" is 12 bytes: the bad sequence starts at column 13. */
    expect_one_error(SHOW "subtitle = a\xC3\x28\n" EVENT END, 3,
                     "invalid UTF-8 at column 13");
    expect_one_error(SHOW "subtitle = a\xC0\xAF\n" EVENT END, 3,
                     "invalid UTF-8"); /* overlong '/' */
    expect_one_error(SHOW "subtitle = \xED\xA0\x80\n" EVENT END, 3,
                     "invalid UTF-8"); /* a surrogate */
    expect_valid(SHOW "subtitle = López Peña León ·…\n" EVENT END);
    assert_string_equal(content.show.subtitle, "López Peña León ·…");
}

static void test_nul_byte(void **state)
{
    (void)state;
    static const char text[] = SHOW "subtitle = a\0b\n" EVENT END;
    assert_false(load_n(text, sizeof text - 1));
    assert_one_error(3, "NUL byte");
}

/* Sets big to SHOW + "key = " + `len` letters + EVENT + END. */
static size_t value_of_length(const char *key, size_t len)
{
    size_t n = (size_t)snprintf(big, sizeof big, "%s%s = ", SHOW, key);
    memset(big + n, 'x', len);
    n += len;
    n += (size_t)snprintf(big + n, sizeof big - n, "\n%s%s", EVENT, END);
    return n;
}

static void test_value_too_long(void **state)
{
    (void)state;
    assert_true(load_n(big, value_of_length("subtitle", LIMIT_SHORT_TEXT)));
    assert_int_equal(strlen(content.show.subtitle), LIMIT_SHORT_TEXT);
    assert_false(load_n(big, value_of_length("subtitle", LIMIT_SHORT_TEXT + 1)));
    assert_one_error(3, "'subtitle' is 121 bytes long; the limit is 120");

    assert_true(load_n(big, value_of_length("text", LIMIT_LONG_TEXT)));
    assert_int_equal(strlen(content.show.text), LIMIT_LONG_TEXT);
    assert_false(load_n(big, value_of_length("text", LIMIT_LONG_TEXT + 1)));
    assert_one_error(3, "'text' is 601 bytes long; the limit is 600");
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
    assert_true(load_n(big, comment_of_length(LIMIT_LINE, "\n")));
    assert_true(load_n(big, comment_of_length(LIMIT_LINE, "\r\n")));
    assert_false(load_n(big, comment_of_length(LIMIT_LINE + 1, "\n")));
    assert_one_error(3, "line is 1025 bytes long");
    assert_non_null(strstr(report.errors[0].message, "LIMIT_LINE"));
}

/* --------------------------------------------------- typed values */

static void test_seconds(void **state)
{
    (void)state;
    expect_valid(SHOW "[event]\ndate = 1980\nheadline = H\ntext = X\n"
                 "seconds = 15\n" END);
    assert_int_equal(content.events[0].slide_ms, 15000);
    expect_one_error(SHOW "[event]\ndate = 1980\nheadline = H\ntext = X\n"
                     "seconds = 0\n" END, 7, "'seconds' must be a whole number");
    expect_one_error(SHOW "[event]\ndate = 1980\nheadline = H\ntext = X\n"
                     "seconds = 99999\n" END, 7, "not '99999'");
    expect_one_error(SHOW "[event]\ndate = 1980\nheadline = H\ntext = X\n"
                     "seconds = 1.5\n" END, 7, "not '1.5'");
    expect_one_error("[show]\ntitle = T\nslide_seconds = 3601\n" EVENT END, 3,
                     "'slide_seconds' must be");
}

static void test_side(void **state)
{
    (void)state;
    expect_valid(SHOW EVENT "[mission]\nside = north_korea\ntext = M\n"
                 "[export]\nfrom = mexico\ngoods = G\n" END);
    assert_int_equal(content.missions[0].side, SIDE_NORTH_KOREA);
    assert_int_equal(content.exports[0].from, SIDE_MEXICO);
    expect_one_error(SHOW EVENT "[mission]\nside = korea\ntext = M\n" END, 8,
                     "must be 'mexico' or 'north_korea', not 'korea'");
    expect_one_error(SHOW EVENT "[export]\nfrom = Mexico\ngoods = G\n" END, 8,
                     "not 'Mexico'");
}

/* ---------------------------------------------------- the report */

/* Errors come out in line order, whole-file ones (line 0) last, even when
 * a missing field (at its header) is only noticed after later lines. */
static void test_errors_in_line_order(void **state)
{
    (void)state;
    /* Found in the order: line 4, line 1 (when the record closes), then
     * the whole-file "no [show]". */
    assert_false(load("[event]\ndate = 1980\nheadline = H\ncolour = x\n"
                      "[end]\n"));
    if (report.total != 3) dump_report();
    assert_int_equal(report.total, 3);
    assert_int_equal(report.errors[0].line, 1);
    assert_non_null(strstr(report.errors[0].message, "has no 'text'"));
    assert_int_equal(report.errors[1].line, 4);
    assert_non_null(strstr(report.errors[1].message, "unknown key 'colour'"));
    assert_int_equal(report.errors[2].line, 0);
    assert_non_null(strstr(report.errors[2].message, "no [show]"));
}

/* A line that could not be read at all does not also make its record
 * report the field it held as missing. */
static void test_unreadable_line_not_reported_twice(void **state)
{
    (void)state;
    expect_one_error(SHOW "[event]\ndate = 1980\nheadline = \xC3\x28\n"
                     "text = X\n" END, 5, "invalid UTF-8");
    /* The next record is checked as usual. */
    assert_false(load(SHOW "[event]\ndate = 1980\nheadline = \xC3\x28\n"
                      "text = X\n[event]\ndate = 1981\ntext = Y\n" END));
    assert_int_equal(report.total, 2);
    assert_int_equal(report.errors[0].line, 5);
    assert_int_equal(report.errors[1].line, 7);
    assert_non_null(strstr(report.errors[1].message, "has no 'headline'"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_minimal_file_loads_fields),
        cmocka_unit_test(test_every_kind_loads),
        cmocka_unit_test(test_date_precisions),
        cmocka_unit_test(test_date_malformed),
        cmocka_unit_test(test_date_out_of_range),
        cmocka_unit_test(test_date_format),
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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
