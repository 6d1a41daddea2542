/* run_headless.c - the kiosk without a display, on a simulated clock.
 *
 * The clock only moves when a script says "wait", so every run of the
 * same script gives the same pictures, on any machine.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/gesture.h"
#include "../core/rotate.h"
#include "../core/script.h"
#include "../platform/log.h"
#include "../platform/pngio.h"
#include "fleet.h"
#include "headless.h"
#include "manifest.h"
#include "narrate.h"
#include "run.h"
#include "wall.h"

#define SCRIPT_MAX_BYTES (1024 * 1024)
/* A script's wall clock without --start-time: a Monday morning (local
 * time), so that the hours of most museums find it open. */
#define DEFAULT_START_TIME "2026-01-05T10:00:00"

static bool shot(kiosk_t *k, board_t *b, const char *path)
{
    return headless_make_parent_dirs(path) &&
           pngio_save(headless_frame(k, b), path);
}

/* --shots: every slide as DIR/slide-NNN.png. */
static bool save_slide(kiosk_t *k, const fb_t *frame, uint32_t index,
                       void *ctx)
{
    (void)k;
    char path[LIMIT_SCRIPT_PATH + 32];
    snprintf(path, sizeof path, "%s/slide-%03u.png", (const char *)ctx,
             index + 1);
    return pngio_save(frame, path);
}

/* --shots: the pictures, and DIR/slides.tsv to tell which slide each is
 * (manifest.h: --compare matches slides by its ids). */
static int run_shots(kiosk_t *k, board_t *b, const char *dir)
{
    if (!headless_make_dirs(dir) ||
        !headless_each_slide(k, b, save_slide, (void *)dir) ||
        !manifest_write(dir, k))
        return 1;
    printf("wrote %u slides at %dx%d to %s/\n", k->deck.count, b->panel.w,
           b->panel.h, dir);
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

/* expect text: a text of the screen's view, or the pause notice while
 * it shows, is exactly the script's. */
static bool shows_text(const kiosk_t *k, const char *text)
{
    const view_t *v = &k->screen.view;
    for (uint32_t i = 0; i < v->text_count; i++)
        if (strcmp(v->texts[i].text, text) == 0) return true;
    return k->sm.state == SM_PAUSED && v->pause_text.text &&
           strcmp(v->pause_text.text, text) == 0;
}

static unsigned arrows_shown(const view_t *v)
{
    return (v->controls.back.box.w > 0 ? SCRIPT_ARROW_BACK : 0u) |
           (v->controls.next.box.w > 0 ? SCRIPT_ARROW_NEXT : 0u);
}

/* The expectations on what the screen shows (the view): its hints'
 * input, its chevrons, its texts. */
static bool check_view(const kiosk_t *k, const char *path, uint32_t line,
                       const script_cmd_t *cmd)
{
    static const char *const arrows[] = {"none", "back", "next", "both"};
    const view_t *v = &k->screen.view;
    bool touch = v->input == VIEW_INPUT_TOUCH;
    if (cmd->op == SCRIPT_EXPECT_INPUT && touch != cmd->touch) {
        fprintf(stderr, "%s:%u: expected input %s, but the hints speak of %s\n",
                path, line, cmd->touch ? "touch" : "keys", touch ? "touch" : "keys");
        return false;
    }
    if (cmd->op == SCRIPT_EXPECT_ARROWS && arrows_shown(v) != cmd->arrows) {
        fprintf(stderr, "%s:%u: expected arrows %s, but the screen shows %s\n",
                path, line, arrows[cmd->arrows], arrows[arrows_shown(v)]);
        return false;
    }
    if (cmd->op == SCRIPT_EXPECT_TEXT && !shows_text(k, cmd->text)) {
        fprintf(stderr, "%s:%u: expected the text '%s' on slide %u, but it "
                        "does not show\n", path, line, cmd->text, k->sm.slide + 1);
        return false;
    }
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
    bool speaking = narrate_speaking(k);
    if (cmd->op == SCRIPT_EXPECT_SPEAKING && !speaking) {
        fprintf(stderr, "%s:%u: expected slide %u to be read aloud, but %s\n",
                path, line, k->sm.slide + 1,
                narrator_offered(&k->narrator) ? "nothing of it is"
                : "narration is off (--narration, and espeak-ng's voices)");
        return false;
    }
    if (cmd->op == SCRIPT_EXPECT_SILENT && speech_speaking()) {
        fprintf(stderr, "%s:%u: expected silence, but slide %u is being "
                        "read aloud\n", path, line, k->narrator.slide + 1);
        return false;
    }
    if (cmd->op == SCRIPT_EXPECT_STATE && k->sm.state != cmd->state) {
        fprintf(stderr, "%s:%u: expected state %s, but it is %s\n", path,
                line, sm_state_name(cmd->state), sm_state_name(k->sm.state));
        return false;
    }
    return true;
}

/* The upright point (x, y) where the panel, mounted as it is, has it. */
static gesture_pointer_t on_panel(const board_t *b, int x, int y)
{
    fb_rect_t r = rotate_map_rect((fb_rect_t){x, y, 1, 1}, b->fb.w,
                                      b->fb.h, b->rotate);
    return (gesture_pointer_t){GESTURE_DOWN, 0, r.x, r.y};
}

/* Where a tap goes down on the panel: its pixel, or the middle of the
 * control it names, as the screen shows it now. False (reported) when
 * the pixel is off the panel or the control is not shown. */
static bool tap_point(const kiosk_t *k, const board_t *b, const char *path,
                      uint32_t line, const script_cmd_t *cmd,
                      gesture_pointer_t *out)
{
    static const char *const names[] = {"", "lang", "back", "next", "speaker"};
    const view_controls_t *c = &k->screen.view.controls;
    if (cmd->at == SCRIPT_AT_PIXEL) {
        if (cmd->x < (uint32_t)b->panel.w && cmd->y < (uint32_t)b->panel.h) {
            *out = (gesture_pointer_t){GESTURE_DOWN, 0, (int)cmd->x, (int)cmd->y};
            return true;
        }
        fprintf(stderr, "%s:%u: tap %u %u is off the %dx%d panel\n", path,
                line, cmd->x, cmd->y, b->panel.w, b->panel.h);
        return false;
    }
    const view_speaker_t *sp = &k->screen.view.speaker;
    view_rect_t none = {0, 0, 0, 0};
    view_rect_t r = cmd->at == SCRIPT_AT_LANG      ? c->button
                    : cmd->at == SCRIPT_AT_BACK    ? c->back.box
                    : cmd->at == SCRIPT_AT_NEXT    ? c->next.box
                    : sp->state != VIEW_SPEAKER_NONE ? sp->button
                                                     : none;
    if (r.w <= 0) {
        fprintf(stderr, "%s:%u: tap %s: slide %u shows no such control\n",
                path, line, names[cmd->at], k->sm.slide + 1);
        return false;
    }
    *out = on_panel(b, r.x + r.w / 2, r.y + r.h / 2);
    return true;
}

/* One recogniser for the whole script, as the live loop has one for its
 * run: it remembers the last tap, so a second tap on its spot without a
 * `wait` of GESTURE_DOUBLE_TAP_MS between is a double tap, swallowed. */
static gesture_t gesture;

/* tap and swipe: a finger on the panel, through the live loop's gesture
 * recogniser and the panel's turn (--rotate). A tap goes down and up at
 * its pixel of the panel; a swipe crosses the upright picture at half its
 * height, from 70% of its width to 30% (left) or from 30% to 70% (right).
 * No simulated time passes: down and up come at the same instant. */
static bool touch(kiosk_t *k, board_t *b, const char *path, uint32_t line,
                  const script_cmd_t *cmd)
{
    gesture_panel_t panel = {b->panel.w, b->panel.h, b->rotate};
    gesture_pointer_t from, mid, to;
    if (cmd->op == SCRIPT_TAP) {
        if (!tap_point(k, b, path, line, cmd, &from)) return false;
        mid = to = from;
    } else {
        int w = b->fb.w, y = b->fb.h / 2;
        int a = w * 7 / 10, z = w * 3 / 10;
        if (cmd->swipe == SCRIPT_SWIPE_RIGHT) { int t = a; a = z; z = t; }
        from = on_panel(b, a, y);
        mid = on_panel(b, (a + z) / 2, y);
        to = on_panel(b, z, y);
    }
    sm_event_kind_t turn;
    mid.phase = GESTURE_MOVE;
    to.phase = GESTURE_UP;
    /* A finger: as on the wall, the panel has a touch screen. */
    kiosk_set_touch(k, true);
    gesture_targets_t targets = view_tap_targets(&k->screen.view);
    gesture_feed(&gesture, panel, &targets, from, k->now_ms, &turn);
    gesture_feed(&gesture, panel, &targets, mid, k->now_ms, &turn);
    if (gesture_feed(&gesture, panel, &targets, to, k->now_ms, &turn))
        kiosk_visitor(k, METRICS_INPUT_TOUCH, turn);
    headless_frame(k, b);
    return true;
}

/* touch-content: what a sync tool does every few seconds, the same bytes
 * "published" again: the file's time set to the simulated wall clock, so
 * that each touch is a new version to the kiosk's next check, on any
 * filesystem's clock granularity. */
static bool touch_content(kiosk_t *k, const char *path, uint32_t line)
{
    if (!k->reload.path[0]) {
        fprintf(stderr, "%s:%u: touch-content: the kiosk has no content file "
                        "(give --content FILE)\n", path, line);
        return false;
    }
    int64_t wall = kiosk_wall_ms(k);
    struct timespec t = {(time_t)(wall / 1000), (long)(wall % 1000) * 1000000};
    if (utimensat(AT_FDCWD, k->reload.path, (struct timespec[2]){t, t}, 0) == 0)
        return true;
    fprintf(stderr, "%s:%u: touch-content: %s: %s\n", path, line,
            k->reload.path, strerror(errno));
    return false;
}

static bool execute(kiosk_t *k, board_t *b, const char *path, uint32_t line,
                    const script_cmd_t *cmd)
{
    switch (cmd->op) {
    case SCRIPT_NOTHING: return true;
    /* The screen follows every event, as the live loop's does, so that a
     * crossfade starts when its key is pressed, not when a shot is taken. */
    case SCRIPT_KEY:
        kiosk_visitor(k, METRICS_INPUT_KEY, cmd->key);
        headless_frame(k, b);
        return true;
    case SCRIPT_WAIT:
        kiosk_advance(k, cmd->ms);
        kiosk_check_content(k, false); /* as the live loop after a tick */
        headless_frame(k, b);
        return true;
    case SCRIPT_SHOT:
        if (shot(k, b, cmd->path)) return true;
        fprintf(stderr, "%s:%u: cannot write %s\n", path, line, cmd->path);
        return false;
    case SCRIPT_EXPECT_SLIDE:
    case SCRIPT_EXPECT_STATE:
    case SCRIPT_EXPECT_LANG:
    case SCRIPT_EXPECT_SPEAKING:
    case SCRIPT_EXPECT_SILENT: return check_expect(k, path, line, cmd);
    case SCRIPT_EXPECT_INPUT:
    case SCRIPT_EXPECT_ARROWS:
    case SCRIPT_EXPECT_TEXT: return check_view(k, path, line, cmd);
    case SCRIPT_TAP:
    case SCRIPT_SWIPE: return touch(k, b, path, line, cmd);
    case SCRIPT_TOUCH_CONTENT: return touch_content(k, path, line);
    case SCRIPT_RELOAD: /* as the live loop does on SIGHUP */
        kiosk_check_content(k, true);
        headless_frame(k, b);
        return true;
    }
    return false;
}

/* The metrics file and the picture of the wall, on the simulated clock,
 * as the live loop serves them on the real one. */
static fleet_t fleet;

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
            } else if (run) {
                fleet_poll(&fleet, k, &b->panel);
            }
        }
        pos = end + 1;
    }
    return ok;
}

static int run_script(kiosk_t *k, board_t *b, const char *path,
                      bool narrate_wanted)
{
    size_t size;
    if (!read_script(path, &size)) return 1;
    if (!walk_script(k, b, path, size, false)) return 1;
    headless_frame(k, b); /* the first slide is on the panel before any key */
    gesture_init(&gesture);
    fleet_start(&fleet, k);
    fleet_poll(&fleet, k, &b->panel);
    /* With --narration only: a headless run has no sound card, and the
     * slides' pictures must not depend on the machine's voices. */
    if (narrate_wanted) {
        narrate_open(k, SPEECH_SIMULATED);
        /* `always` reads the first slide as it shows. */
        kiosk_event(k, (sm_event_t){SM_EV_TICK, 0});
    }
    bool ok = walk_script(k, b, path, size, true);
    narrate_close(k);
    fleet_finish(&fleet, k);
    return ok ? 0 : 1;
}

int run_headless(kiosk_t *k, const cli_t *cli)
{
    board_t board;
    int w = cli->width ? cli->width : HEADLESS_DEFAULT_W;
    int h = cli->height ? cli->height : HEADLESS_DEFAULT_H;
    if (!board_open_headless(&board, w, h, k->settings.rotate)) return 1;
    /* A script runs on a simulated wall clock, and sleeps outside the
     * opening hours as the wall does; the other modes show every slide. */
    /* Read here, not with the command line: in the `timezone` setting's
     * zone, which applies after the command line is read. */
    int64_t start;
    const char *text = cli->start_time ? cli->start_time : DEFAULT_START_TIME;
    if (cli->script_path && wall_parse_local(text, &start))
        kiosk_hours_start(k, true, start);
    int rc = cli->shots_dir     ? run_shots(k, &board, cli->shots_dir)
             : cli->script_path ? run_script(k, &board, cli->script_path,
                                             cli->narration != CLI_UNSET)
             : cli->narrate_dir ? run_narrate(k, cli->narrate_dir)
             : cli->compare_dir ? run_compare(k, &board, cli->compare_dir,
                                              cli->compare_report)
                                : run_contact_sheet(k, &board, cli->contact_sheet,
                                                    cli->sheet_columns);
    board_close(&board);
    return rc;
}
