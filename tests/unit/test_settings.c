/* test_settings.c - the settings file: the defaults, every setting valid
 * and invalid (with its line and message), a setting given twice, an
 * unknown one, the [kiosk] header, comments, the exit chord, and the rule
 * that a wrong setting keeps its default while the others apply.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/settings.h"
#include "core/tzstring.h"

static settings_t s;
static content_report_t report;

/* The platform's names, as the app passes them (SDL's key names, the zone
 * files), stood in for by a few: what the core does with the answers is
 * under test here, the answers themselves in the e2e and CLI tests. */
static bool fake_key_known(const char *name)
{
    static const char *const keys[] = {"q", "x", "f12", "escape", "Delete"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(name, keys[i]) == 0) return true;
    return false;
}

static bool fake_zone_known(const char *zone, char *why, size_t cap)
{
    if (strcmp(zone, "Europe/Madrid") == 0 ||
        strcmp(zone, "America/Mexico_City") == 0 || tzstring_valid(zone))
        return true;
    snprintf(why, cap, "no time zone is named '%s'", zone);
    return false;
}

static const settings_lookup_t fake_lookup = {fake_key_known, fake_zone_known};

static bool load(const char *text)
{
    settings_defaults(&s);
    return settings_load(text, strlen(text), &fake_lookup, &s, &report);
}

static void dump_report(void)
{
    for (uint32_t i = 0; i < report.kept; i++)
        print_message("  line %u: %s\n", report.errors[i].line,
                      report.errors[i].message);
}

static void expect_valid(const char *text)
{
    if (!load(text)) {
        print_message("  refused:\n%s\n", text);
        dump_report();
        fail();
    }
    assert_int_equal(report.total, 0);
}

/* The text fails with exactly one error: `message` on `line`. */
static void expect_error(const char *text, uint32_t line, const char *message)
{
    bool ok = load(text);
    if (ok || report.total != 1 || report.errors[0].line != line ||
        strcmp(report.errors[0].message, message) != 0) {
        print_message("  text:\n%s\n  wanted line %u: %s\n  got:\n", text,
                      line, message);
        dump_report();
        fail();
    }
}

/* Every field as settings_defaults() leaves it. */
static void assert_defaults(const settings_t *d)
{
    assert_string_equal(d->content, "");
    assert_int_equal(d->lang, LANG_ES);
    assert_int_equal(d->slide_ms, 0);
    assert_int_equal(d->reading_wpm, 180);
    assert_int_equal(d->reading_min_ms, 8000);
    assert_int_equal(d->idle_timeout_ms, 60000);
    assert_int_equal(d->pause_timeout_ms, 300000);
    assert_int_equal(d->transition_ms, 500);
    assert_int_equal(d->rotate, 0);
    assert_true(d->hours.always);
    assert_false(d->closed_notice);
    assert_int_equal(d->staff_wake_ms, 5 * 60000);
    assert_true(d->burn_in_shift);
    assert_int_equal(d->log_level, SETTINGS_LOG_INFO);
    assert_int_equal(d->exit_chord.mods, CHORD_CTRL | CHORD_ALT | CHORD_SHIFT);
    assert_string_equal(d->exit_chord.key, "q");
    assert_int_equal(d->exit_hold_ms, 3000);
    assert_string_equal(d->zone, "");
    assert_int_equal(d->narration, NARRATION_ON_REQUEST);
    assert_int_equal(d->narration_volume, 80);
    assert_int_equal(d->narration_rate, 160);
    assert_int_equal(d->touch, SETTINGS_TOUCH_AUTO);
}

/* ----------------------------------------------------------- defaults */

static void test_defaults(void **state)
{
    (void)state;
    settings_defaults(&s);
    assert_defaults(&s);
    /* An empty file, and one of comments only, keep every default. */
    expect_valid("");
    assert_defaults(&s);
    expect_valid("# nothing set\n; nor here\n\n   \n[kiosk]\n");
    assert_defaults(&s);
}

/* ------------------------------------------------------ every setting */

static void test_every_setting_valid(void **state)
{
    (void)state;
    expect_valid("content = /srv/kiosk/content.ini\n"
                 "language = en\n"
                 "slide_seconds = 12\n"
                 "idle_seconds = 90\n"
                 "pause_seconds = 0\n"
                 "transition_ms = 0\n"
                 "rotate = 270\n"
                 "hours = Tue-Sun 09:00-18:00\n"
                 "closed_notice = on\n"
                 "staff_minutes = 10\n"
                 "burn_in_shift = off\n"
                 "log_level = warn\n"
                 "exit_chord = ctrl+shift+f12\n"
                 "exit_hold_seconds = 5\n"
                 "timezone = America/Mexico_City\n"
                 "narration = always\n"
                 "narration_volume = 35\n"
                 "narration_rate = 200\n"
                 "touch = yes\n");
    assert_string_equal(s.content, "/srv/kiosk/content.ini");
    assert_int_equal(s.lang, LANG_EN);
    assert_int_equal(s.slide_ms, 12000);
    assert_int_equal(s.idle_timeout_ms, 90000);
    assert_int_equal(s.pause_timeout_ms, 0);
    assert_int_equal(s.transition_ms, 0);
    assert_int_equal(s.rotate, 270);
    assert_false(s.hours.always);
    assert_int_equal(s.hours.count[0], 0);
    assert_int_equal(s.hours.count[1], 1);
    assert_int_equal(s.hours.day[1][0].from, 9 * 60);
    assert_int_equal(s.hours.day[1][0].to, 18 * 60);
    assert_true(s.closed_notice);
    assert_int_equal(s.staff_wake_ms, 10 * 60000);
    assert_false(s.burn_in_shift);
    assert_int_equal(s.log_level, SETTINGS_LOG_WARN);
    assert_int_equal(s.exit_chord.mods, CHORD_CTRL | CHORD_SHIFT);
    assert_string_equal(s.exit_chord.key, "f12");
    assert_int_equal(s.exit_hold_ms, 5000);
    assert_string_equal(s.zone, "America/Mexico_City");
    assert_int_equal(s.narration, NARRATION_ALWAYS);
    assert_int_equal(s.narration_volume, 35);
    assert_int_equal(s.narration_rate, 200);
    assert_int_equal(s.touch, SETTINGS_TOUCH_YES);
    /* touch in each of its spellings */
    expect_valid("touch = no\n");
    assert_int_equal(s.touch, SETTINGS_TOUCH_NO);
    expect_valid("touch = off\n");
    assert_int_equal(s.touch, SETTINGS_TOUCH_NO);
    expect_valid("touch = true\n");
    assert_int_equal(s.touch, SETTINGS_TOUCH_YES);
    expect_valid("touch = auto\n");
    assert_int_equal(s.touch, SETTINGS_TOUCH_AUTO);
}

/* Each value at its bounds and in each spelling. */
static void test_values_at_their_bounds(void **state)
{
    (void)state;
    static const struct {
        const char *line;
    } ok[] = {
        {"content ="}, {"language = es"}, {"slide_seconds = 1"},
        {"slide_seconds = 3600"}, {"reading_wpm = 60"}, {"reading_wpm = 600"},
        {"reading_min_seconds = 1"}, {"reading_min_seconds = 3600"},
        {"idle_seconds = 5"}, {"idle_seconds = 3600"},
        {"pause_seconds = 86400"}, {"transition_ms = 5000"}, {"rotate = 0"},
        {"rotate = 90"}, {"rotate = 180"}, {"hours = always"},
        {"hours = Mon-Fri 09:00-13:00 15:00-19:00; Sat 10:00-14:00"},
        {"closed_notice = off"}, {"closed_notice = yes"}, {"closed_notice = no"},
        {"closed_notice = true"}, {"closed_notice = false"},
        {"staff_minutes = 1"}, {"staff_minutes = 120"}, {"burn_in_shift = on"},
        {"log_level = error"}, {"log_level = info"},
        {"exit_chord = alt+shift+x"}, {"exit_chord = ctrl+alt+escape"},
        {"exit_chord = shift+ctrl+Delete"},
        {"exit_hold_seconds = 1"}, {"exit_hold_seconds = 30"},
        {"timezone ="}, {"timezone = Europe/Madrid"},
        {"timezone = CET-1CEST,M3.5.0,M10.5.0/3"}, {"timezone = UTC0"},
        {"narration = off"}, {"narration = on-request"},
        {"narration_volume = 0"}, {"narration_volume = 100"},
        {"narration_rate = 80"}, {"narration_rate = 450"},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) expect_valid(ok[i].line);
    load("pause_seconds = 86400\nslide_seconds = 3600\nstaff_minutes = 120");
    assert_int_equal(s.pause_timeout_ms, 86400000);
    assert_int_equal(s.slide_ms, 3600000);
    assert_int_equal(s.staff_wake_ms, 120 * 60000);
    load("reading_wpm = 600\nreading_min_seconds = 1");
    assert_int_equal(s.reading_wpm, 600);
    assert_int_equal(s.reading_min_ms, 1000);
    load("narration = off\nnarration_volume = 100\nnarration_rate = 80");
    assert_int_equal(s.narration, NARRATION_OFF);
    assert_int_equal(s.narration_volume, 100);
    assert_int_equal(s.narration_rate, 80);
    /* The lower ends of the ranges that start at 0. */
    expect_valid("pause_seconds = 0\ntransition_ms = 0\nrotate = 270");
    assert_int_equal(s.pause_timeout_ms, 0);
    assert_int_equal(s.transition_ms, 0);
    assert_int_equal(s.rotate, 270);
    /* A content path of 240 bytes is taken whole. */
    char path[300];
    memcpy(path, "content = ", 10);
    memset(path + 10, 'p', 240);
    path[10 + 240] = '\0';
    expect_valid(path);
    assert_int_equal(strlen(s.content), 240);
}

/* Every setting with a wrong value: its line and message, and it keeps
 * its default. The bad line is the second (after [kiosk]). */
static void test_every_setting_invalid(void **state)
{
    (void)state;
    /* "content = " and a path of 241 bytes: one past the limit. */
    char content_too_long[300];
    memset(content_too_long, 'a', sizeof content_too_long);
    memcpy(content_too_long, "content = ", 10);
    content_too_long[10 + 241] = '\0';
    const struct {
        const char *line, *message;
    } bad[] = {
        {"language = fr", "'language' must be es or en, not 'fr'"},
        {"language =", "'language' must be es or en, not ''"},
        {"slide_seconds = 0",
         "'slide_seconds' must be a whole number from 1 to 3600, not '0'"},
        {"slide_seconds = 3601",
         "'slide_seconds' must be a whole number from 1 to 3600, not '3601'"},
        {"slide_seconds = 10s",
         "'slide_seconds' must be a whole number from 1 to 3600, not '10s'"},
        {"reading_wpm = 59",
         "'reading_wpm' must be a whole number from 60 to 600, not '59'"},
        {"reading_wpm = 601",
         "'reading_wpm' must be a whole number from 60 to 600, not '601'"},
        {"reading_wpm = 0",
         "'reading_wpm' must be a whole number from 60 to 600, not '0'"},
        {"reading_min_seconds = 0",
         "'reading_min_seconds' must be a whole number from 1 to 3600, not '0'"},
        {"reading_min_seconds = 3601",
         "'reading_min_seconds' must be a whole number from 1 to 3600, not '3601'"},
        {"idle_seconds = 4",
         "'idle_seconds' must be a whole number from 5 to 3600, not '4'"},
        {"idle_seconds = -60",
         "'idle_seconds' must be a whole number from 5 to 3600, not '-60'"},
        {"pause_seconds = 86401",
         "'pause_seconds' must be a whole number from 0 to 86400, not '86401'"},
        {"pause_seconds = 99999999999",
         "'pause_seconds' must be a whole number from 0 to 86400, not "
         "'99999999999'"},
        {"transition_ms = 5001", "'transition_ms' must be from 0 to 5000, not '5001'"},
        {"transition_ms = fast", "'transition_ms' must be from 0 to 5000, not 'fast'"},
        {"rotate = 45", "'rotate' must be 0, 90, 180 or 270, not '45'"},
        {"rotate = 360", "'rotate' must be 0, 90, 180 or 270, not '360'"},
        {"hours = whenever", "'hours': expected a day (Mon..Sun) near 'whenever'"},
        {"hours = Mon 18:00-09:00",
         "'hours': a range must end after it starts (split one that runs "
         "past midnight in two) near '18:00-09:00'"},
        {"hours =", "'hours': no hours given: write 'always', or days and "
                    "times like Tue-Sun 09:00-18:00"},
        {"closed_notice = maybe", "'closed_notice' must be on or off, not 'maybe'"},
        {"closed_notice = ON", "'closed_notice' must be on or off, not 'ON'"},
        {"staff_minutes = 0", "'staff_minutes' must be from 1 to 120, not '0'"},
        {"staff_minutes = 121", "'staff_minutes' must be from 1 to 120, not '121'"},
        {"burn_in_shift = 1", "'burn_in_shift' must be on or off, not '1'"},
        {"log_level = debug", "'log_level' must be error, warn or info, not 'debug'"},
        {"exit_chord = ctrl+alt", "'exit_chord' must be modifiers and a key, "
                                  "like ctrl+alt+shift+q, not 'ctrl+alt'"},
        /* Fewer than two modifiers: a visitor could hold it. */
        {"exit_chord = q", "'exit_chord' needs at least two of ctrl, alt and "
                           "shift: a visitor could hold 'q'"},
        {"exit_chord = shift+a", "'exit_chord' needs at least two of ctrl, alt "
                                 "and shift: a visitor could hold 'shift+a'"},
        {"exit_chord = ctrl+q", "'exit_chord' needs at least two of ctrl, alt "
                                "and shift: a visitor could hold 'ctrl+q'"},
        {"exit_chord = ctrl+ctrl+q", "'exit_chord' needs at least two of ctrl, "
                                     "alt and shift: a visitor could hold "
                                     "'ctrl+ctrl+q'"},
        /* A key the platform has no name for could never be pressed. */
        {"exit_chord = ctrl+alt+foo", "'exit_chord': no key is named 'foo'"},
        {"exit_chord = ctrl+alt+f13", "'exit_chord': no key is named 'f13'"},
        {"timezone = Europe/Madird", "'timezone': no time zone is named "
                                     "'Europe/Madird'"},
        {"timezone = CET", "'timezone': no time zone is named 'CET'"},
        {"exit_hold_seconds = 0", "'exit_hold_seconds' must be from 1 to 30, not '0'"},
        {"exit_hold_seconds = 31", "'exit_hold_seconds' must be from 1 to 30, not '31'"},
        {"touch = maybe", "'touch' must be auto, yes or no, not 'maybe'"},
        {"touch = Auto", "'touch' must be auto, yes or no, not 'Auto'"},
        {"touch =", "'touch' must be auto, yes or no, not ''"},
        {content_too_long, "'content' is longer than 240 bytes"},
        {"narration = on", "'narration' must be off, on-request or always, not 'on'"},
        {"narration = ", "'narration' must be off, on-request or always, not ''"},
        {"narration_volume = 101", "'narration_volume' must be a percentage "
                                   "from 0 to 100, not '101'"},
        {"narration_volume = -1", "'narration_volume' must be a percentage "
                                  "from 0 to 100, not '-1'"},
        {"narration_rate = 79", "'narration_rate' must be words a minute from "
                                "80 to 450, not '79'"},
        {"narration_rate = 451", "'narration_rate' must be words a minute from "
                                 "80 to 450, not '451'"},
    };
    settings_t defaults;
    settings_defaults(&defaults);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char text[LIMIT_LINE + 32];
        snprintf(text, sizeof text, "[kiosk]\n%s\n", bad[i].line);
        expect_error(text, 2, bad[i].message);
        /* Nothing changed: every setting still has its default. */
        assert_defaults(&s);
        assert_memory_equal(&s.hours, &defaults.hours, sizeof s.hours);
    }
}

/* ------------------------------------------------------ file structure */

static void test_duplicate(void **state)
{
    (void)state;
    expect_error("language = en\nrotate = 90\n\nlanguage = es\n", 4,
                 "'language' is given twice (first on line 1)");
    assert_int_equal(s.lang, LANG_EN); /* the first stands */
    assert_int_equal(s.rotate, 90);
    /* Given wrongly, then again: both are reported, and the setting
     * keeps its default (which of the two was meant is not ours to say). */
    assert_false(load("idle_seconds = 1\nidle_seconds = 30\n"));
    assert_int_equal(report.total, 2);
    assert_int_equal(report.errors[0].line, 1);
    assert_int_equal(report.errors[1].line, 2);
    assert_string_equal(report.errors[1].message,
                        "'idle_seconds' is given twice (first on line 1)");
    assert_int_equal(s.idle_timeout_ms, 60000);
}

static void test_unknown_and_malformed(void **state)
{
    (void)state;
    expect_error("language = en\ncolour = red\n", 2, "unknown setting 'colour'");
    assert_int_equal(s.lang, LANG_EN);
    expect_error("Language = en\n", 1, "unknown setting 'Language'");
    expect_error("just words\n", 1, "expected 'setting = value'");
    expect_error("[display]\nrotate = 90\n", 1,
                 "unknown section [display]: settings go under [kiosk] or none");
    assert_int_equal(s.rotate, 90);
    expect_error("= 5\n", 1, "unknown setting ''");
}

static void test_header_comments_and_line_ends(void **state)
{
    (void)state;
    /* The [kiosk] header anywhere (even twice), comments with # and ;,
     * blank lines, spaces around '=', CRLF line ends, no final newline. */
    expect_valid("# the hall's kiosk\r\n"
                 "[kiosk]\r\n"
                 "; ours\r\n"
                 "\r\n"
                 "   language=en   \r\n"
                 "\trotate\t=\t90\r\n"
                 "  [kiosk]  \r\n"
                 "  # hours = never\r\n"
                 "hours = Tue-Sun 09:00-18:00");
    assert_int_equal(s.lang, LANG_EN);
    assert_int_equal(s.rotate, 90);
    assert_false(s.hours.always);
    /* A value keeps what follows '#' (it is not a comment there). */
    expect_valid("content = /srv/museum #2/content.ini\n");
    assert_string_equal(s.content, "/srv/museum #2/content.ini");
}

/* A byte-order mark (Notepad writes one) is no part of the first line:
 * the first setting applies, and the line numbers stay the file's. */
static void test_bom(void **state)
{
    (void)state;
    expect_valid("\xEF\xBB\xBFrotate = 90\r\nlanguage = en\r\n");
    assert_int_equal(s.rotate, 90);
    assert_int_equal(s.lang, LANG_EN);
    expect_valid("\xEF\xBB\xBF[kiosk]\nrotate = 180\n");
    assert_int_equal(s.rotate, 180);
    expect_error("\xEF\xBB\xBFrotate = 90\nrotate = 45\n", 2,
                 "'rotate' is given twice (first on line 1)");
    expect_valid("\xEF\xBB\xBF"); /* a BOM alone: an empty file */
    /* Only at the start: two bytes of one are not one. */
    expect_error("\xEF\xBBrotate = 90\n", 1, "not UTF-8 text");
}

static void test_bytes(void **state)
{
    (void)state;
    char long_line[LIMIT_LINE + 16];
    memset(long_line, '#', sizeof long_line - 1);
    long_line[sizeof long_line - 1] = '\0';
    char text[LIMIT_LINE + 64];
    snprintf(text, sizeof text, "rotate = 90\n%s\nlanguage = en\n", long_line);
    expect_error(text, 2, "line longer than 1024 bytes");
    assert_int_equal(s.rotate, 90);
    assert_int_equal(s.lang, LANG_EN);
    expect_error("rotate = 90\nlanguage = \xC3\x28\n", 2, "not UTF-8 text");
    assert_int_equal(s.lang, LANG_ES);
    static const char nul[] = "rotate = 90\nlang\0uage = en\n";
    settings_defaults(&s);
    assert_false(settings_load(nul, sizeof nul - 1, NULL, &s, &report));
    assert_int_equal(report.total, 1);
    assert_int_equal(report.errors[0].line, 2);
    assert_string_equal(report.errors[0].message, "not UTF-8 text");
}

/* ----------------------------------------------------------- the chord */

static void test_chord(void **state)
{
    (void)state;
    settings_chord_t c;
    assert_true(settings_parse_chord("ctrl+alt+shift+q", &c));
    assert_int_equal(c.mods, CHORD_CTRL | CHORD_ALT | CHORD_SHIFT);
    assert_string_equal(c.key, "q");
    assert_true(settings_parse_chord("shift+ctrl+f12", &c)); /* any order */
    assert_int_equal(c.mods, CHORD_CTRL | CHORD_SHIFT);
    assert_string_equal(c.key, "f12");
    assert_true(settings_parse_chord("alt+escape", &c));
    assert_int_equal(c.mods, CHORD_ALT);
    assert_true(settings_parse_chord("q+ctrl", &c)); /* the key anywhere */
    assert_string_equal(c.key, "q");
    assert_true(settings_parse_chord("ctrl+abcdefghijklmno", &c)); /* 15 */
    /* Syntax only: how many modifiers is the setting's rule (below). */
    assert_true(settings_parse_chord("q", &c));
    assert_int_equal(c.mods, 0);
    static const char *const bad[] = {
        "ctrl",       /* no key */
        "ctrl+",      /* an empty key */
        "+q",         "ctrl++q",
        "ctrl+a+b",   /* two keys */
        "ctrl+abcdefghijklmnop", /* 16 letters: longer than any key name */
        "",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        settings_chord_t before = {CHORD_ALT, "x"}, out = before;
        if (settings_parse_chord(bad[i], &out)) fail_msg("'%s' accepted", bad[i]);
        assert_int_equal(out.mods, before.mods); /* left alone */
        assert_string_equal(out.key, before.key);
    }
}

/* The setting's rules on top of the syntax: two modifiers at least, and a
 * key the platform knows; without a lookup (NULL) any key name goes. */
static void test_chord_setting(void **state)
{
    (void)state;
    expect_valid("exit_chord = alt+shift+q\n"); /* two: the fewest */
    assert_int_equal(s.exit_chord.mods, CHORD_ALT | CHORD_SHIFT);
    expect_error("exit_chord = ctrl+alt+foo\n", 1,
                 "'exit_chord': no key is named 'foo'");
    assert_int_equal(s.exit_chord.mods, CHORD_CTRL | CHORD_ALT | CHORD_SHIFT);
    assert_string_equal(s.exit_chord.key, "q"); /* the default stands */
    const char *text = "exit_chord = ctrl+alt+foo\n";
    settings_defaults(&s);
    assert_true(settings_load(text, strlen(text), NULL, &s, &report));
    assert_string_equal(s.exit_chord.key, "foo");
    /* Without a lookup the two-modifier rule still holds. */
    text = "exit_chord = shift+a\n";
    assert_false(settings_load(text, strlen(text), NULL, &s, &report));
}

/* POSIX TZ strings, as a `timezone` or TZ that names no zone file. */
static void test_tzstring(void **state)
{
    (void)state;
    static const char *const ok[] = {
        "UTC0", "EST5EDT", "CET-1CEST,M3.5.0,M10.5.0/3", "<-03>3",
        "<+0530>-5:30", "XXX-0:00:05",        /* hh:mm:ss (tests/e2e/hours.sh) */
        "NZST-12NZDT-13,M9.5.0,M4.1.0/3",     /* a daylight offset given */
        "AAA24", "AAA-24",                    /* offsets at their bounds */
        "AAA0BBB,J1,J365", "AAA0BBB,0,365",   /* Julian days at their bounds */
        "AAA0BBB,M1.1.0,M12.5.6",             /* month, week, day at theirs */
        "AAA0BBB,M3.2.0/-167,M11.1.0/167",    /* glibc's rule times */
        "AAA0BBB,M3.2.0/2:00:00,M11.1.0/02:00",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (!tzstring_valid(ok[i])) fail_msg("'%s' refused", ok[i]);
    static const char *const bad[] = {
        "", "UTC", "CET", "Europe/Madrid", "Mexico_City", /* no offset */
        "AB1", "<AB>1", "<ABC1",                         /* short or open names */
        "AAA25", "AAA-25", "AAA1:60", "AAA1:00:60", "AAA1:",
        "AAA1234",                                       /* four hour digits */
        "AAA0BBB,J0,J365", "AAA0BBB,J1,J366", "AAA0BBB,0,366",
        "AAA0BBB,M0.1.0,M12.5.6", "AAA0BBB,M13.1.0,M12.5.6",
        "AAA0BBB,M3.0.0,M11.1.0", "AAA0BBB,M3.6.0,M11.1.0",
        "AAA0BBB,M3.2.7,M11.1.0", "AAA0BBB,M3.2,M11.1.0",
        "AAA0BBB,M3.2.0/168,M11.1.0", "AAA0BBB,M3.2.0",  /* one rule only */
        "AAA0BBB,M3.2.0,M11.1.0,", "AAA0BBB,M3.2.0,M11.1.0x", "AAA0 ",
        "CET-1CEST,M3.5.0,M10.5.0/",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (tzstring_valid(bad[i])) fail_msg("'%s' accepted", bad[i]);
}

/* ----------------------------------------- a wrong one among good ones */

static void test_invalid_keeps_default_others_apply(void **state)
{
    (void)state;
    assert_false(load("language = en\n"
                      "idle_seconds = 2\n"
                      "hours = Tue-Sun 09:00-18:00\n"
                      "rotate = 91\n"
                      "staff_minutes = 15\n"
                      "log_level = loud\n"
                      "closed_notice = on\n"));
    assert_int_equal(report.total, 3);
    assert_int_equal(report.errors[0].line, 2);
    assert_int_equal(report.errors[1].line, 4);
    assert_int_equal(report.errors[2].line, 6);
    /* The wrong ones: their defaults. */
    assert_int_equal(s.idle_timeout_ms, 60000);
    assert_int_equal(s.rotate, 0);
    assert_int_equal(s.log_level, SETTINGS_LOG_INFO);
    /* The others: as given. */
    assert_int_equal(s.lang, LANG_EN);
    assert_false(s.hours.always);
    assert_int_equal(s.staff_wake_ms, 15 * 60000);
    assert_true(s.closed_notice);
}

/* Errors beyond LIMIT_ERRORS are counted, not kept. */
static void test_many_errors(void **state)
{
    (void)state;
    static char text[64 * (LIMIT_ERRORS + 8)];
    size_t n = 0;
    for (int i = 0; i < LIMIT_ERRORS + 5; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "setting_%d = 1\n", i);
    assert_false(load(text));
    assert_int_equal(report.kept, LIMIT_ERRORS);
    assert_int_equal(report.total, LIMIT_ERRORS + 5);
    assert_int_equal(report.errors[LIMIT_ERRORS - 1].line, LIMIT_ERRORS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_every_setting_valid),
        cmocka_unit_test(test_values_at_their_bounds),
        cmocka_unit_test(test_every_setting_invalid),
        cmocka_unit_test(test_duplicate),
        cmocka_unit_test(test_unknown_and_malformed),
        cmocka_unit_test(test_header_comments_and_line_ends),
        cmocka_unit_test(test_bom),
        cmocka_unit_test(test_bytes),
        cmocka_unit_test(test_chord),
        cmocka_unit_test(test_chord_setting),
        cmocka_unit_test(test_tzstring),
        cmocka_unit_test(test_invalid_keeps_default_others_apply),
        cmocka_unit_test(test_many_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
