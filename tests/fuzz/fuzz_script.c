/* fuzz_script.c - libFuzzer target: script_parse_line() on arbitrary lines.
 *
 * The headless runner hands the parser one line at a time, copied into a
 * buffer of LIMIT_LINE + 1 bytes and NUL-terminated. Here each input is such
 * a line (cut to LIMIT_LINE bytes), copied into a heap buffer of exactly its
 * length + 1, so that AddressSanitizer sees any read or write past the NUL.
 * The bytes may be anything, a NUL or a newline included (a NUL ends the
 * string early, as it would in the runner).
 *
 * Checked on every line:
 *   - a refused line leaves a non-empty, NUL-terminated message within the
 *     capacity given, for every capacity (the runner's 160 bytes, and tiny
 *     ones), and the same verdict whatever the capacity;
 *   - an accepted line gives one known command whose arguments are in range
 *     (key: a navigation, pause or language key; wait: 0 to ten years;
 *     slide: from 1; state: attract, browse, paused or sleep; lang: es or
 *     en), and
 *     whose fields it does not use are zero;
 *   - a blank or comment line is exactly one whose text before any '#' is
 *     spaces, tabs and CRs;
 *   - a shot's path points into the line, is non-empty, holds no '#', and
 *     neither starts with a blank nor ends with a blank or a CR;
 *   - the command written back in its canonical spelling parses to the same
 *     command.
 *
 * A new command or key name needs its spelling here (canonical(),
 * key_name()): the harness says so when it meets one.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "core/script.h"

#include "fuzz_check.h"

/* The runner's message buffer (run_headless.c). */
#define ERR_CAP 160

static char *copy_line(const uint8_t *data, size_t n)
{
    char *s = malloc(n + 1);
    if (!s) abort();
    memcpy(s, data, n);
    s[n] = '\0';
    return s;
}

/* Parses a fresh copy with a message buffer of `cap` bytes (0: none). */
static bool parse_copy(const uint8_t *data, size_t n, size_t cap,
                       script_cmd_t *cmd, char **line)
{
    *line = copy_line(data, n);
    char *err = cap ? malloc(cap) : NULL;
    if (cap && !err) abort();
    if (err) memset(err, 'X', cap);
    bool ok = script_parse_line(*line, cmd, err, cap);
    if (!ok && cap) {
        const char *nul = memchr(err, '\0', cap);
        CHECK(nul != NULL, "message not terminated within %zu bytes", cap);
        CHECK(cap == 1 || nul != err, "empty message in %zu bytes", cap);
    }
    free(err);
    return ok;
}

static bool blank_before_comment(const char *s)
{
    for (; *s && *s != '#'; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r') return false;
    return true;
}

static const char *key_name(sm_event_kind_t k)
{
    switch (k) {
    case SM_EV_NEXT: return "right";
    case SM_EV_PREV: return "left";
    case SM_EV_FIRST: return "home";
    case SM_EV_LAST: return "end";
    case SM_EV_PAUSE: return "space";
    case SM_EV_LANG: return "l";
    case SM_EV_NARRATE: return "a";
    default: break; /* not a key; or a new key name: add it here */
    }
    return NULL;
}

/* The fields a command does not use stay as memset left them. */
static void check_unused(const script_cmd_t *c)
{
    if (c->op != SCRIPT_KEY) CHECK(c->key == 0, "key set on op %d", c->op);
    if (c->op != SCRIPT_WAIT) CHECK(c->ms == 0, "ms set on op %d", c->op);
    if (c->op != SCRIPT_EXPECT_SLIDE)
        CHECK(c->slide == 0, "slide set on op %d", c->op);
    if (c->op != SCRIPT_EXPECT_STATE)
        CHECK(c->state == 0, "state set on op %d", c->op);
    if (c->op != SCRIPT_EXPECT_LANG)
        CHECK(c->lang == 0, "lang set on op %d", c->op);
    if (c->op != SCRIPT_SHOT) CHECK(c->path == NULL, "path set on op %d", c->op);
    if (c->op != SCRIPT_EXPECT_TEXT)
        CHECK(c->text == NULL, "text set on op %d", c->op);
    if (c->op != SCRIPT_EXPECT_INPUT)
        CHECK(!c->touch, "touch set on op %d", c->op);
    if (c->op != SCRIPT_EXPECT_ARROWS)
        CHECK(c->arrows == 0, "arrows set on op %d", c->op);
    if (c->op != SCRIPT_TAP)
        CHECK(c->at == SCRIPT_AT_PIXEL, "at set on op %d", c->op);
#ifdef SCRIPT_MAX_COORD
    if (c->op != SCRIPT_TAP)
        CHECK(c->x == 0 && c->y == 0, "x, y set on op %d", c->op);
    if (c->op != SCRIPT_SWIPE)
        CHECK(c->swipe == SCRIPT_SWIPE_NONE, "swipe set on op %d", c->op);
#endif
}

/* A path or text that runs to the line's end (shot, expect text): in the
 * line, its own text, no comment, no blank at either end. The parser cuts
 * the line with NULs: the original is measured. */
static void check_rest_of_line(const char *s, const char *line,
                               const char *original)
{
    size_t len = strlen(original);
    CHECK(s > line && s < line + len, "the path points outside the line");
    size_t p = strlen(s);
    CHECK(p > 0, "empty path");
    CHECK(s + p <= line + len, "path runs past the line");
    CHECK(memcmp(s, original + (s - line), p) == 0,
          "the path is not the line's text");
    CHECK(!strchr(s, '#'), "path holds a comment: %s", s);
    CHECK(s[0] != ' ' && s[0] != '\t', "path starts with a blank");
    char last = s[p - 1];
    CHECK(last != ' ' && last != '\t' && last != '\r',
          "path ends with a blank or CR");
}

static bool same_command(const script_cmd_t *a, const script_cmd_t *b)
{
    return a->op == b->op && a->key == b->key && a->ms == b->ms &&
           a->slide == b->slide && a->state == b->state && a->lang == b->lang &&
           a->touch == b->touch && a->arrows == b->arrows && a->at == b->at
#ifdef SCRIPT_MAX_COORD
           && a->x == b->x && a->y == b->y && a->swipe == b->swipe
#endif
        ;
}

/* The command in its canonical spelling, into buf; false for nothing. */
static bool canonical(const script_cmd_t *c, char *buf, size_t cap)
{
    switch (c->op) {
    case SCRIPT_NOTHING: return false;
    case SCRIPT_KEY: snprintf(buf, cap, "key %s", key_name(c->key)); break;
    case SCRIPT_WAIT:
        snprintf(buf, cap, "wait %llu", (unsigned long long)c->ms);
        break;
    case SCRIPT_SHOT: snprintf(buf, cap, "shot %s", c->path); break;
    case SCRIPT_EXPECT_SLIDE:
        snprintf(buf, cap, "expect slide %u", (unsigned)c->slide);
        break;
    case SCRIPT_EXPECT_STATE:
        snprintf(buf, cap, "expect state %s", sm_state_name(c->state));
        break;
    case SCRIPT_EXPECT_LANG:
        snprintf(buf, cap, "expect lang %s", lang_code(c->lang));
        break;
#ifdef SCRIPT_MAX_COORD
    case SCRIPT_TAP:
        if (c->at == SCRIPT_AT_PIXEL)
            snprintf(buf, cap, "tap %u %u", (unsigned)c->x, (unsigned)c->y);
        else
            snprintf(buf, cap, "tap %s",
                     c->at == SCRIPT_AT_LANG      ? "lang"
                     : c->at == SCRIPT_AT_BACK    ? "back"
                     : c->at == SCRIPT_AT_SPEAKER ? "speaker"
                                                  : "next");
        break;
    case SCRIPT_SWIPE:
        snprintf(buf, cap, "swipe %s",
                 c->swipe == SCRIPT_SWIPE_LEFT ? "left" : "right");
        break;
#endif
    case SCRIPT_EXPECT_INPUT:
        snprintf(buf, cap, "expect input %s", c->touch ? "touch" : "keys");
        break;
    case SCRIPT_EXPECT_ARROWS: {
        static const char *const names[] = {"none", "back", "next", "both"};
        snprintf(buf, cap, "expect arrows %s", names[c->arrows]);
        break;
    }
    case SCRIPT_EXPECT_TEXT: snprintf(buf, cap, "expect text %s", c->text); break;
    case SCRIPT_TOUCH_CONTENT: snprintf(buf, cap, "touch-content"); break;
    case SCRIPT_RELOAD: snprintf(buf, cap, "reload"); break;
    case SCRIPT_EXPECT_SPEAKING: snprintf(buf, cap, "expect speaking"); break;
    case SCRIPT_EXPECT_SILENT: snprintf(buf, cap, "expect silent"); break;
    default: CHECK(0, "op %d has no spelling in fuzz_script.c: add it", c->op);
    }
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n = size > LIMIT_LINE ? LIMIT_LINE : size;
    /* What the parser sees: the bytes up to the first NUL. */
    char *original = copy_line(data, n);

    script_cmd_t cmd;
    char *line;
    bool ok = parse_copy(data, n, ERR_CAP, &cmd, &line);

    /* The verdict does not depend on the message's room. */
    static const size_t caps[] = {0, 1, 2, 7, 64};
    for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
        script_cmd_t other;
        char *l2;
        bool ok2 = parse_copy(data, n, caps[i], &other, &l2);
        CHECK(ok2 == ok, "verdict changes with a %zu-byte message", caps[i]);
        if (ok) {
            CHECK(same_command(&other, &cmd),
                  "command changes with a %zu-byte message", caps[i]);
            CHECK((other.path == NULL) == (cmd.path == NULL) &&
                      (!cmd.path || other.path - l2 == cmd.path - line),
                  "path changes with a %zu-byte message", caps[i]);
        }
        free(l2);
    }

    if (ok) {
        check_unused(&cmd);
        CHECK((cmd.op == SCRIPT_NOTHING) == blank_before_comment(original),
              "op %d for a line %s blank", cmd.op,
              blank_before_comment(original) ? "that is" : "that is not");
        switch (cmd.op) {
        case SCRIPT_NOTHING: break;
        case SCRIPT_KEY:
            CHECK(key_name(cmd.key) != NULL, "key %d", (int)cmd.key);
            break;
        case SCRIPT_WAIT:
            CHECK(cmd.ms <= SCRIPT_MAX_WAIT_MS, "wait %llu",
                  (unsigned long long)cmd.ms);
            break;
        case SCRIPT_SHOT: check_rest_of_line(cmd.path, line, original); break;
        case SCRIPT_EXPECT_TEXT: check_rest_of_line(cmd.text, line, original); break;
        case SCRIPT_EXPECT_INPUT: break; /* a bool: either is fine */
        case SCRIPT_EXPECT_ARROWS:
            CHECK(cmd.arrows <= (SCRIPT_ARROW_BACK | SCRIPT_ARROW_NEXT),
                  "arrows %u", cmd.arrows);
            break;
        case SCRIPT_EXPECT_SLIDE: CHECK(cmd.slide >= 1, "slide 0"); break;
        case SCRIPT_EXPECT_STATE: {
            /* A state the machine can name (the table is global: an index
             * past it is an ASan report), and whose name parses back. */
            sm_state_t back;
            const char *name = sm_state_name(cmd.state);
            CHECK(name && sm_state_parse(name, &back) && back == cmd.state,
                  "state %d", (int)cmd.state);
            break;
        }
        case SCRIPT_EXPECT_LANG:
            CHECK(cmd.lang == LANG_ES || cmd.lang == LANG_EN, "lang %d",
                  (int)cmd.lang);
            break;
#ifdef SCRIPT_MAX_COORD
        case SCRIPT_TAP:
            CHECK(cmd.x <= SCRIPT_MAX_COORD && cmd.y <= SCRIPT_MAX_COORD,
                  "tap %u %u", (unsigned)cmd.x, (unsigned)cmd.y);
            CHECK(cmd.at <= SCRIPT_AT_SPEAKER, "tap at %d", (int)cmd.at);
            CHECK(cmd.at == SCRIPT_AT_PIXEL || (cmd.x == 0 && cmd.y == 0),
                  "a tap on a control with a pixel");
            break;
        case SCRIPT_SWIPE:
            CHECK(cmd.swipe == SCRIPT_SWIPE_LEFT ||
                      cmd.swipe == SCRIPT_SWIPE_RIGHT,
                  "swipe %d", (int)cmd.swipe);
            break;
#endif
        case SCRIPT_TOUCH_CONTENT:
        case SCRIPT_RELOAD:
        case SCRIPT_EXPECT_SPEAKING:
        case SCRIPT_EXPECT_SILENT: break; /* no arguments: the fields are zero */
        default: CHECK(0, "unknown op %d", (int)cmd.op);
        }

        /* Written back canonically, the command reads the same. */
        char back[LIMIT_LINE + 16];
        if (canonical(&cmd, back, sizeof back)) {
            script_cmd_t again;
            char err[ERR_CAP];
            char *copy = copy_line((const uint8_t *)back, strlen(back));
            bool ok3 = script_parse_line(copy, &again, err, sizeof err);
            CHECK(ok3, "'%s' is refused: %s", back, err);
            CHECK(same_command(&again, &cmd), "'%s' reads as another command",
                  back);
            CHECK(cmd.op != SCRIPT_SHOT || strcmp(again.path, cmd.path) == 0,
                  "'%s' reads as another path", back);
            CHECK(cmd.op != SCRIPT_EXPECT_TEXT || strcmp(again.text, cmd.text) == 0,
                  "'%s' reads as another text", back);
            free(copy);
        }
    }
    free(line);
    free(original);
    return 0;
}
