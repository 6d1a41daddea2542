/* test_script.c - parsing one line of a headless script: every command
 * (the language's key and expectation too), blank and comment lines, and
 * each kind of bad line with its message.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/script.h"

static char line[256];
static char err[128];
static script_cmd_t cmd;

/* Parses a copy of `text` (the parser writes into its line). */
static bool parse(const char *text)
{
    snprintf(line, sizeof line, "%s", text);
    err[0] = '\0';
    return script_parse_line(line, &cmd, err, sizeof err);
}

static void expect_ok(const char *text, script_op_t op)
{
    bool ok = parse(text);
    if (!ok) print_message("'%s': %s\n", text, err);
    assert_true(ok);
    assert_int_equal(cmd.op, op);
}

static void expect_error(const char *text, const char *phrase)
{
    assert_false(parse(text));
    if (!strstr(err, phrase)) print_message("'%s': %s\n", text, err);
    assert_non_null(strstr(err, phrase));
}

/* ---------------------------------------------------------- commands */

static void test_keys(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        sm_event_kind_t key;
    } keys[] = {{"key right", SM_EV_NEXT}, {"key left", SM_EV_PREV},
                {"key home", SM_EV_FIRST}, {"key end", SM_EV_LAST},
                {"key space", SM_EV_PAUSE}, {"key l", SM_EV_LANG},
                {"key a", SM_EV_NARRATE}};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        expect_ok(keys[i].line, SCRIPT_KEY);
        assert_int_equal(cmd.key, keys[i].key);
    }
    expect_ok("  key\tright  # with a comment\r", SCRIPT_KEY);
    assert_int_equal(cmd.key, SM_EV_NEXT);
    expect_ok("key   l   # the language", SCRIPT_KEY);
    assert_int_equal(cmd.key, SM_EV_LANG);
}

static void test_wait(void **state)
{
    (void)state;
    expect_ok("wait 2500", SCRIPT_WAIT);
    assert_int_equal(cmd.ms, 2500);
    expect_ok("wait 0", SCRIPT_WAIT);
    assert_int_equal(cmd.ms, 0);
    expect_ok("wait 315360000000", SCRIPT_WAIT); /* ten years */
    assert_true(cmd.ms == SCRIPT_MAX_WAIT_MS);
}

static void test_shot_keeps_spaces(void **state)
{
    (void)state;
    expect_ok("shot out/a b.png", SCRIPT_SHOT);
    assert_string_equal(cmd.path, "out/a b.png");
    expect_ok("shot   out/slide 1.png   ", SCRIPT_SHOT);
    assert_string_equal(cmd.path, "out/slide 1.png");
}

static void test_expect(void **state)
{
    (void)state;
    expect_ok("expect slide 3", SCRIPT_EXPECT_SLIDE);
    assert_int_equal(cmd.slide, 3);
    expect_ok("expect state browse", SCRIPT_EXPECT_STATE);
    assert_int_equal(cmd.state, SM_BROWSE);
    expect_ok("expect state paused", SCRIPT_EXPECT_STATE);
    assert_int_equal(cmd.state, SM_PAUSED);
    expect_ok("expect state attract", SCRIPT_EXPECT_STATE);
    assert_int_equal(cmd.state, SM_ATTRACT);
    expect_ok("expect state sleep", SCRIPT_EXPECT_STATE);
    assert_int_equal(cmd.state, SM_SLEEP);
}

static void test_expect_lang(void **state)
{
    (void)state;
    expect_ok("expect lang en", SCRIPT_EXPECT_LANG);
    assert_int_equal(cmd.lang, LANG_EN);
    expect_ok("expect lang es", SCRIPT_EXPECT_LANG);
    assert_int_equal(cmd.lang, LANG_ES);
    expect_ok("\texpect  lang   en  # English now\r", SCRIPT_EXPECT_LANG);
    assert_int_equal(cmd.lang, LANG_EN);
}

static void test_nothing(void **state)
{
    (void)state;
    static const char *const lines[] = {"", "   ", "\t\r", "# a comment",
                                        "   # indented comment"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        expect_ok(lines[i], SCRIPT_NOTHING);
}

/* ------------------------------------------------------------ errors */

static void test_bad_command(void **state)
{
    (void)state;
    expect_error("press right", "unknown command");
    assert_non_null(strstr(err, "press"));
    expect_error("Key right", "unknown command"); /* case matters */
}

static void test_bad_key(void **state)
{
    (void)state;
    expect_error("key up", "key needs right, left, home, end, space, l or a: up");
    expect_error("key", "key needs");
    expect_error("key L", "key needs"); /* case matters */
    expect_error("key lang", "key needs");
}

static void test_bad_wait(void **state)
{
    (void)state;
    expect_error("wait -1", "wait needs milliseconds");
    expect_error("wait abc", "wait needs milliseconds");
    assert_non_null(strstr(err, ": abc"));
    expect_error("wait", "wait needs milliseconds");
    expect_error("wait 315360000001", "wait needs"); /* past ten years */
    expect_error("wait 99999999999999999999999", "wait needs");
}

static void test_bad_expect(void **state)
{
    (void)state;
    expect_error("expect slide 0", "slide number from 1");
    expect_error("expect slide x", "slide number from 1");
    expect_error("expect state nope", "attract, browse, paused or sleep: nope");
    expect_error("expect colour red", "expect what?");
    expect_error("expect speaking now", "unexpected text: now");
    expect_error("expect silent 3", "unexpected text: 3");
}

static void test_expect_speech(void **state)
{
    (void)state;
    expect_ok("expect speaking", SCRIPT_EXPECT_SPEAKING);
    expect_ok("expect  silent  # after A again", SCRIPT_EXPECT_SILENT);
}

static void test_bad_expect_lang(void **state)
{
    (void)state;
    expect_error("expect lang fr", "expect lang needs es or en: fr");
    expect_error("expect lang", "expect lang needs es or en");
    expect_error("expect lang EN", "expect lang needs es or en: EN");
    expect_error("expect lang english", "expect lang needs es or en");
    expect_error("expect lang es en", "unexpected text: en");
    expect_error("expect language es", "expect what?");
}

static void test_extra_words(void **state)
{
    (void)state;
    expect_error("key right now", "unexpected text: now");
    expect_error("wait 10 ms", "unexpected text: ms");
    expect_error("expect slide 3 4", "unexpected text: 4");
    expect_error("expect state browse please", "unexpected text");
    expect_error("key l now", "unexpected text: now");
}

static void test_tap_and_swipe(void **state)
{
    (void)state;
    expect_ok("tap 1000 360", SCRIPT_TAP);
    assert_int_equal(cmd.x, 1000);
    assert_int_equal(cmd.y, 360);
    expect_ok("  tap\t0 0  # the corner\r", SCRIPT_TAP);
    assert_int_equal(cmd.x, 0);
    assert_int_equal(cmd.y, 0);
    expect_ok("swipe left", SCRIPT_SWIPE);
    assert_int_equal(cmd.swipe, SCRIPT_SWIPE_LEFT);
    expect_ok("swipe right # back", SCRIPT_SWIPE);
    assert_int_equal(cmd.swipe, SCRIPT_SWIPE_RIGHT);
}

/* tap on a control the screen shows, by its name. */
static void test_tap_a_control(void **state)
{
    (void)state;
    expect_ok("tap lang", SCRIPT_TAP);
    assert_int_equal(cmd.at, SCRIPT_AT_LANG);
    expect_ok("tap back  # the chevron", SCRIPT_TAP);
    assert_int_equal(cmd.at, SCRIPT_AT_BACK);
    expect_ok("tap next", SCRIPT_TAP);
    assert_int_equal(cmd.at, SCRIPT_AT_NEXT);
    expect_ok("tap speaker", SCRIPT_TAP);
    assert_int_equal(cmd.at, SCRIPT_AT_SPEAKER);
    expect_ok("tap 5 6", SCRIPT_TAP);
    assert_int_equal(cmd.at, SCRIPT_AT_PIXEL);
}

/* What the screen shows: its input, its chevrons, a text of it whole. */
static void test_expect_the_view(void **state)
{
    (void)state;
    expect_ok("expect input touch", SCRIPT_EXPECT_INPUT);
    assert_true(cmd.touch);
    expect_ok("expect input keys", SCRIPT_EXPECT_INPUT);
    assert_false(cmd.touch);
    const struct { const char *line; unsigned arrows; } arrows[] = {
        {"expect arrows none", 0}, {"expect arrows back", 1},
        {"expect arrows next", 2}, {"expect arrows both", 3}};
    for (size_t i = 0; i < sizeof arrows / sizeof arrows[0]; i++) {
        expect_ok(arrows[i].line, SCRIPT_EXPECT_ARROWS);
        assert_int_equal(cmd.arrows, arrows[i].arrows);
    }
    expect_ok("expect text  En pausa · Toca para continuar  # the notice",
              SCRIPT_EXPECT_TEXT);
    assert_string_equal(cmd.text, "En pausa · Toca para continuar");
    assert_null(cmd.path);
    expect_error("expect text", "expect text needs the text");
    expect_error("expect input mouse", "expect input needs touch or keys: mouse");
    expect_error("expect input touch now", "unexpected text: now");
    expect_error("expect arrows left", "none, back, next or both: left");
}

static void test_bad_tap_and_swipe(void **state)
{
    (void)state;
    expect_error("tap", "tap needs X Y");
    expect_error("tap 10", "tap needs X Y");
    expect_error("tap -1 10", "tap needs X Y, the panel's pixel, or lang, "
                              "back, next or speaker: -1");
    expect_error("tap 10 y", "tap needs X Y, the panel's pixel: y");
    expect_error("tap language", "tap needs X Y"); /* lang, not language */
    expect_error("tap lang now", "unexpected text: now");
    expect_error("tap 10.5 3", "tap needs X Y");
    expect_error("tap 65536 3", "tap needs X Y"); /* past any panel */
    expect_error("tap 1 2 3", "unexpected text: 3");
    expect_error("swipe", "swipe needs left or right");
    expect_error("swipe up", "swipe needs left or right: up");
    expect_error("swipe Left", "swipe needs left or right"); /* case matters */
    expect_error("swipe left now", "unexpected text: now");
}

/* The publishing commands take no argument; "touch" alone is no command. */
static void test_touch_content_and_reload(void **state)
{
    (void)state;
    expect_ok("touch-content", SCRIPT_TOUCH_CONTENT);
    expect_ok("  reload\t# as SIGHUP\r", SCRIPT_RELOAD);
    expect_error("touch-content now", "unexpected text: now");
    expect_error("reload 2", "unexpected text: 2");
    expect_error("touch", "unknown command");
    expect_error("Reload", "unknown command");
}

static void test_shot_without_path(void **state)
{
    (void)state;
    expect_error("shot", "shot needs a file path");
    expect_error("shot   # no path", "shot needs a file path");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_wait),
        cmocka_unit_test(test_shot_keeps_spaces),
        cmocka_unit_test(test_expect),
        cmocka_unit_test(test_expect_lang),
        cmocka_unit_test(test_nothing),
        cmocka_unit_test(test_bad_command),
        cmocka_unit_test(test_bad_key),
        cmocka_unit_test(test_bad_wait),
        cmocka_unit_test(test_bad_expect),
        cmocka_unit_test(test_bad_expect_lang),
        cmocka_unit_test(test_expect_speech),
        cmocka_unit_test(test_extra_words),
        cmocka_unit_test(test_shot_without_path),
        cmocka_unit_test(test_tap_and_swipe),
        cmocka_unit_test(test_bad_tap_and_swipe),
        cmocka_unit_test(test_tap_a_control),
        cmocka_unit_test(test_expect_the_view),
        cmocka_unit_test(test_touch_content_and_reload),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
