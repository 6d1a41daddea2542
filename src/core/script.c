/* script.c - the headless script parser; see script.h. */
#include "script.h"

#include <stdio.h>
#include <string.h>

static char *skip_space(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

/* Cuts the next word off *s and returns it ("" at the end of the line). */
static char *next_word(char **s)
{
    char *w = skip_space(*s), *e = w;
    while (*e && *e != ' ' && *e != '\t') e++;
    if (*e) *e++ = '\0';
    *s = e;
    return w;
}

static bool parse_number(const char *w, uint64_t max, uint64_t *out)
{
    uint64_t v = 0;
    if (!*w || strlen(w) > 20) return false;
    for (; *w; w++) {
        if (*w < '0' || *w > '9') return false;
        v = v * 10 + (uint64_t)(*w - '0');
        if (v > max) return false;
    }
    *out = v;
    return true;
}

static bool parse_key(const char *w, sm_event_kind_t *out)
{
    static const struct { const char *name; sm_event_kind_t ev; } keys[] = {
        {"right", SM_EV_NEXT}, {"left", SM_EV_PREV}, {"home", SM_EV_FIRST},
        {"end", SM_EV_LAST},   {"space", SM_EV_PAUSE}, {"l", SM_EV_LANG},
        {"a", SM_EV_NARRATE},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(w, keys[i].name) == 0) {
            *out = keys[i].ev;
            return true;
        }
    return false;
}

static bool fail(char *err, size_t cap, const char *what, const char *word)
{
    snprintf(err, cap, "%s%s%s", what, *word ? ": " : "", word);
    return false;
}

static bool parse_arrows(const char *w, unsigned *out)
{
    static const char *const names[] = {"none", "back", "next", "both"};
    for (unsigned i = 0; i < 4; i++)
        if (strcmp(w, names[i]) == 0) {
            *out = i; /* the names are in the order of their bits */
            return true;
        }
    return false;
}

/* expect text TEXT: the rest of the line, spaces and all. */
static bool parse_expect_text(char *rest, script_cmd_t *cmd, char *err,
                              size_t cap)
{
    cmd->text = skip_space(rest);
    if (!*cmd->text) return fail(err, cap, "expect text needs the text", "");
    cmd->op = SCRIPT_EXPECT_TEXT;
    return true;
}

static bool parse_expect(char *rest, script_cmd_t *cmd, char *err, size_t cap)
{
    char *what = next_word(&rest);
    if (strcmp(what, "text") == 0)
        return parse_expect_text(rest, cmd, err, cap);
    char *arg = next_word(&rest);
    uint64_t n;
    if (strcmp(what, "slide") == 0) {
        if (!parse_number(arg, UINT32_MAX, &n) || n == 0)
            return fail(err, cap, "expect slide needs a slide number from 1",
                        arg);
        cmd->op = SCRIPT_EXPECT_SLIDE;
        cmd->slide = (uint32_t)n;
    } else if (strcmp(what, "state") == 0) {
        if (!sm_state_parse(arg, &cmd->state))
            return fail(err, cap,
                        "expect state needs attract, browse, paused or "
                        "sleep", arg);
        cmd->op = SCRIPT_EXPECT_STATE;
    } else if (strcmp(what, "lang") == 0) {
        if (!lang_parse(arg, &cmd->lang))
            return fail(err, cap, "expect lang needs es or en", arg);
        cmd->op = SCRIPT_EXPECT_LANG;
    } else if (strcmp(what, "speaking") == 0 || strcmp(what, "silent") == 0) {
        if (*arg) return fail(err, cap, "unexpected text", arg);
        cmd->op = what[1] == 'p' ? SCRIPT_EXPECT_SPEAKING : SCRIPT_EXPECT_SILENT;
    } else if (strcmp(what, "input") == 0) {
        if (strcmp(arg, "touch") != 0 && strcmp(arg, "keys") != 0)
            return fail(err, cap, "expect input needs touch or keys", arg);
        cmd->op = SCRIPT_EXPECT_INPUT;
        cmd->touch = arg[0] == 't';
    } else if (strcmp(what, "arrows") == 0) {
        if (!parse_arrows(arg, &cmd->arrows))
            return fail(err, cap, "expect arrows needs none, back, next or both",
                        arg);
        cmd->op = SCRIPT_EXPECT_ARROWS;
    } else {
        return fail(err, cap, "expect what? (slide N, state NAME, lang es|en, "
                              "input touch|keys, arrows WHICH, text TEXT, "
                              "speaking or silent)",
                    what);
    }
    if (*skip_space(rest)) return fail(err, cap, "unexpected text", rest);
    return true;
}

/* A control's name for tap: lang, back, next or speaker. */
static bool parse_control(const char *w, script_at_t *out)
{
    *out = strcmp(w, "lang") == 0      ? SCRIPT_AT_LANG
           : strcmp(w, "back") == 0    ? SCRIPT_AT_BACK
           : strcmp(w, "next") == 0    ? SCRIPT_AT_NEXT
           : strcmp(w, "speaker") == 0 ? SCRIPT_AT_SPEAKER
                                       : SCRIPT_AT_PIXEL;
    return *out != SCRIPT_AT_PIXEL;
}

/* tap X Y: two pixel coordinates; or tap CONTROL. */
static bool parse_tap(char *rest, script_cmd_t *cmd, char *err, size_t cap)
{
    char *xs = next_word(&rest);
    if (parse_control(xs, &cmd->at)) {
        if (*skip_space(rest)) return fail(err, cap, "unexpected text", rest);
        cmd->op = SCRIPT_TAP;
        return true;
    }
    char *ys = next_word(&rest);
    uint64_t x, y;
    if (!parse_number(xs, SCRIPT_MAX_COORD, &x))
        return fail(err, cap, "tap needs X Y, the panel's pixel, or lang, back, "
                               "next or speaker", xs);
    if (!parse_number(ys, SCRIPT_MAX_COORD, &y))
        return fail(err, cap, "tap needs X Y, the panel's pixel", ys);
    if (*skip_space(rest)) return fail(err, cap, "unexpected text", rest);
    cmd->op = SCRIPT_TAP;
    cmd->x = (uint32_t)x;
    cmd->y = (uint32_t)y;
    return true;
}

/* swipe left|right */
static bool parse_swipe(char *rest, script_cmd_t *cmd, char *err, size_t cap)
{
    char *dir = next_word(&rest);
    script_swipe_t swipe = strcmp(dir, "left") == 0    ? SCRIPT_SWIPE_LEFT
                           : strcmp(dir, "right") == 0 ? SCRIPT_SWIPE_RIGHT
                                                       : SCRIPT_SWIPE_NONE;
    if (swipe == SCRIPT_SWIPE_NONE)
        return fail(err, cap, "swipe needs left or right", dir);
    if (*skip_space(rest)) return fail(err, cap, "unexpected text", rest);
    cmd->op = SCRIPT_SWIPE;
    cmd->swipe = swipe;
    return true;
}

/* Commands that take exactly one word. */
static bool parse_word_command(const char *name, char *rest,
                               script_cmd_t *cmd, char *err, size_t cap)
{
    char *arg = next_word(&rest);
    if (strcmp(name, "key") == 0) {
        if (!parse_key(arg, &cmd->key))
            return fail(err, cap,
                        "key needs right, left, home, end, space, l or a", arg);
        cmd->op = SCRIPT_KEY;
    } else {
        if (!parse_number(arg, SCRIPT_MAX_WAIT_MS, &cmd->ms))
            return fail(err, cap, "wait needs milliseconds (0 to ten years)",
                        arg);
        cmd->op = SCRIPT_WAIT;
    }
    if (*skip_space(rest)) return fail(err, cap, "unexpected text", rest);
    return true;
}

bool script_parse_line(char *line, script_cmd_t *cmd, char *err, size_t cap)
{
    memset(cmd, 0, sizeof *cmd);
    char *hash = strchr(line, '#');
    if (hash) *hash = '\0';
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' ||
                     line[n - 1] == '\r'))
        line[--n] = '\0';
    char *rest = line;
    char *name = next_word(&rest);
    if (!*name) return true; /* SCRIPT_NOTHING */
    if (strcmp(name, "key") == 0 || strcmp(name, "wait") == 0)
        return parse_word_command(name, rest, cmd, err, cap);
    if (strcmp(name, "expect") == 0) return parse_expect(rest, cmd, err, cap);
    if (strcmp(name, "tap") == 0) return parse_tap(rest, cmd, err, cap);
    if (strcmp(name, "swipe") == 0) return parse_swipe(rest, cmd, err, cap);
    if (strcmp(name, "touch-content") == 0 || strcmp(name, "reload") == 0) {
        if (*skip_space(rest)) return fail(err, cap, "unexpected text", rest);
        cmd->op = name[0] == 't' ? SCRIPT_TOUCH_CONTENT : SCRIPT_RELOAD;
        return true;
    }
    if (strcmp(name, "shot") == 0) {
        cmd->path = skip_space(rest); /* may contain spaces */
        if (!*cmd->path) return fail(err, cap, "shot needs a file path", "");
        cmd->op = SCRIPT_SHOT;
        return true;
    }
    return fail(err, cap, "unknown command (key, tap, swipe, wait, shot, expect, "
                          "touch-content, reload)", name);
}
