/* run_headless.c - the kiosk without a display, on a simulated clock.
 *
 * The clock only moves when a script says "wait", so every run of the
 * same script gives the same pictures, on any machine.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/script.h"
#include "../platform/board.h"
#include "../platform/log.h"
#include "../platform/pngio.h"
#include "run.h"

#define HEADLESS_DEFAULT_W 1920
#define HEADLESS_DEFAULT_H 1080
#define SCRIPT_MAX_BYTES (1024 * 1024)

/* Makes every missing directory of `dir` (like mkdir -p). */
static bool make_dirs(const char *dir)
{
    char path[LIMIT_SCRIPT_PATH];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) {
        log_error("%s: path too long", dir);
        return false;
    }
    for (char *p = path + 1;; p++) {
        bool end = *p == '\0';
        if (*p != '/' && !end) continue;
        *p = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST) {
            log_error("%s: cannot create: %s", path, strerror(errno));
            return false;
        }
        if (end) return true;
        *p = '/';
    }
}

/* Makes the directories a file path needs, so a script may name any. */
static bool make_parent_dirs(const char *path)
{
    char dir[LIMIT_SCRIPT_PATH];
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path) return true;
    size_t n = (size_t)(slash - path);
    if (n >= sizeof dir) {
        log_error("%s: path too long", path);
        return false;
    }
    memcpy(dir, path, n);
    dir[n] = '\0';
    return make_dirs(dir);
}

static bool shot(kiosk_t *k, board_t *b, const char *path)
{
    if (!make_parent_dirs(path)) return false;
    SDL_Rect dirty;
    screen_update(&k->screen, b->fb, &k->sm, &dirty);
    return pngio_save_surface(b->fb, path);
}

/* Every slide as it first appears in attract mode: the machine is driven
 * by time alone, exactly one slide's duration per step. */
static int run_shots(kiosk_t *k, board_t *b, const char *dir)
{
    if (!make_dirs(dir)) return 1;
    for (uint32_t i = 0; i < k->deck.count; i++) {
        if (i > 0) {
            uint32_t shown = k->deck.slides[i - 1].duration_ms;
            kiosk_event(k, (sm_event_t){SM_EV_TICK, shown});
        }
        char path[LIMIT_SCRIPT_PATH + 32];
        snprintf(path, sizeof path, "%s/slide-%03u.png", dir, i + 1);
        if (!shot(k, b, path)) return 1;
    }
    printf("wrote %u slides at %dx%d to %s/\n", k->deck.count, b->fb->w,
           b->fb->h, dir);
    return 0;
}

/* ------------------------------------------------------------ scripts */

static char script_text[SCRIPT_MAX_BYTES + 1];

static bool read_script(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
        return false;
    }
    *size = fread(script_text, 1, SCRIPT_MAX_BYTES + 1, f);
    fclose(f);
    if (*size > SCRIPT_MAX_BYTES) {
        fprintf(stderr, "%s: larger than %d bytes\n", path, SCRIPT_MAX_BYTES);
        return false;
    }
    script_text[*size] = '\0';
    return true;
}

static bool check_expect(kiosk_t *k, const char *path, uint32_t line,
                         const script_cmd_t *cmd)
{
    if (cmd->op == SCRIPT_EXPECT_SLIDE && k->sm.slide + 1 != cmd->slide) {
        fprintf(stderr, "%s:%u: expected slide %u, but slide %u shows\n",
                path, line, cmd->slide, k->sm.slide + 1);
        return false;
    }
    if (cmd->op == SCRIPT_EXPECT_LANG && k->sm.lang != cmd->lang) {
        fprintf(stderr, "%s:%u: expected lang %s, but it is %s\n", path,
                line, lang_code(cmd->lang), lang_code(k->sm.lang));
        return false;
    }
    if (cmd->op == SCRIPT_EXPECT_STATE && k->sm.state != cmd->state) {
        fprintf(stderr, "%s:%u: expected state %s, but it is %s\n", path,
                line, sm_state_name(cmd->state), sm_state_name(k->sm.state));
        return false;
    }
    return true;
}

static bool execute(kiosk_t *k, board_t *b, const char *path, uint32_t line,
                    const script_cmd_t *cmd)
{
    switch (cmd->op) {
    case SCRIPT_NOTHING: return true;
    case SCRIPT_KEY: kiosk_event(k, (sm_event_t){cmd->key, 0}); return true;
    case SCRIPT_WAIT:
        kiosk_event(k, (sm_event_t){SM_EV_TICK, cmd->ms});
        return true;
    case SCRIPT_SHOT:
        if (shot(k, b, cmd->path)) return true;
        fprintf(stderr, "%s:%u: cannot write %s\n", path, line, cmd->path);
        return false;
    case SCRIPT_EXPECT_SLIDE:
    case SCRIPT_EXPECT_STATE:
    case SCRIPT_EXPECT_LANG: return check_expect(k, path, line, cmd);
    }
    return false;
}

/* Parses every line; runs each when `run`. A script is checked whole
 * first, so a typo on line 90 is found before line 1 takes its shots.
 * False at the first failure when running, after reporting every bad line
 * when only checking. */
static bool walk_script(kiosk_t *k, board_t *b, const char *path,
                        size_t size, bool run)
{
    static char line_buf[LIMIT_LINE + 1];
    bool ok = true;
    uint32_t line = 0;
    for (size_t pos = 0; pos < size;) {
        const char *nl = memchr(script_text + pos, '\n', size - pos);
        size_t end = nl ? (size_t)(nl - script_text) : size;
        size_t n = end - pos;
        line++;
        script_cmd_t cmd;
        char err[160];
        if (n > LIMIT_LINE) {
            fprintf(stderr, "%s:%u: line longer than %d bytes\n", path, line, LIMIT_LINE);
            ok = false;
        } else {
            memcpy(line_buf, script_text + pos, n);
            line_buf[n] = '\0';
            if (!script_parse_line(line_buf, &cmd, err, sizeof err)) {
                fprintf(stderr, "%s:%u: %s\n", path, line, err);
                ok = false;
            } else if (run && !execute(k, b, path, line, &cmd)) {
                return false;
            }
        }
        pos = end + 1;
    }
    return ok;
}

static int run_script(kiosk_t *k, board_t *b, const char *path)
{
    size_t size;
    if (!read_script(path, &size)) return 1;
    if (!walk_script(k, b, path, size, false)) return 1;
    return walk_script(k, b, path, size, true) ? 0 : 1;
}

int run_headless(kiosk_t *k, const cli_t *cli)
{
    board_t board;
    int w = cli->width ? cli->width : HEADLESS_DEFAULT_W;
    int h = cli->height ? cli->height : HEADLESS_DEFAULT_H;
    if (!board_open_headless(&board, w, h)) return 1;
    int rc = cli->shots_dir ? run_shots(k, &board, cli->shots_dir)
                            : run_script(k, &board, cli->script_path);
    board_close(&board);
    return rc;
}
