/* cli.c - the command line; see cli.h and `kiosk --help`. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/limits.h"
#include "../core/settings.h"
#include "wall.h"

/* The largest panel side we accept: twice 8K, far past any real panel. */
#define CLI_MAX_SIDE 16384

void cli_print_help(void)
{
    puts("Usage: kiosk [options]\n"
         "A museum kiosk: a fullscreen slideshow on Mexico - North Korea "
         "relations.\n"
         "\n"
         "  --windowed             a window instead of fullscreen "
         "(Escape quits)\n"
         "  --size WxH             resolution (default: the desktop's "
         "fullscreen,\n"
         "                         1280x720 windowed, 1920x1080 headless)\n"
         "  --content FILE         content from FILE instead of the built-in "
         "content\n"
         "  --check-content FILE   validate FILE, print every error and "
         "warning as\n"
         "                         FILE:LINE: message; exit 0 if valid "
         "(warnings or not), 1 if not\n"
         "  --strict               with --check-content: a warning fails "
         "the check too\n"
         "  --headless             no window, no display: render offscreen "
         "with a simulated\n"
         "                         clock (with --shots, --script, --compare "
         "or --contact-sheet)\n"
         "  --shots DIR            with --headless: write every slide as "
         "DIR/slide-001.png...\n"
         "  --script FILE          with --headless: run a script of events "
         "(see README.md)\n"
         "  --compare DIR          with --headless: match every slide with "
         "its reference in DIR\n"
         "                         (made by --shots) by id; a line per "
         "slide, exit 1 if any changed\n"
         "  --report OUT           with --compare: write the diffs and "
         "OUT/index.html (old, new,\n"
         "                         difference side by side) to OUT, never "
         "into DIR\n"
         "  --contact-sheet FILE   with --headless: every slide as a "
         "labelled thumbnail in one PNG\n"
         "  --contact-sheet-columns N  its columns, 1 to 8 (default 4)\n"
         "  --config FILE          settings (README.md, \"Settings\"); the "
         "options below win\n"
         "  --check-config FILE    validate a settings file like "
         "--check-content\n"
         "  --rotate 0|90|180|270  turn the picture for a panel mounted "
         "sideways or upside down\n"
         "  --transition-ms N      crossfade between slides (default 500, "
         "0: none)\n"
         "  --burn-in-shift on|off move the picture a few pixels in a slow "
         "cycle (default on)\n"
         "  --lang es|en           the language of the show (default es); L "
         "switches it\n"
         "  --touch auto|yes|no    the hints speak of touch (yes), of keys "
         "(no), or of touch\n"
         "                         when a touch screen is found (auto, the "
         "default)\n"
         "  --start-time YYYY-MM-DDTHH:MM:SS\n"
         "                         with --headless: the simulated wall clock "
         "starts at this\n"
         "                         local time (default 2026-01-05T10:00:00, "
         "a Monday)\n"
         "  --list                 print the slides: number, kind, time, title "
         "(in --lang)\n"
         "  --report DIR           the visitor counts in DIR (analytics_dir) "
         "as text, and as\n"
         "                         a chart, DIR/report.png or --chart FILE; "
         "days --from and\n"
         "                         --to YYYY-MM-DD (default: every day)\n"
         "  --version, --help\n"
         "\n"
         "Keys: Right next, Left previous, Home first, End last, Space "
         "pause/resume,\n"
         "L Spanish/English.\n"
         "Exit status: 0 success, 1 runtime or content error, 2 bad usage.");
}

static bool parse_size(const char *s, int *w, int *h)
{
    char x;
    char tail;
    if (sscanf(s, "%d%c%d%c", w, &x, h, &tail) != 3 || (x != 'x' && x != 'X'))
        return false;
    return *w > 0 && *h > 0 && *w <= CLI_MAX_SIDE && *h <= CLI_MAX_SIDE;
}

/* Options that take a path; returns the slot to store it in. */
static const char **path_slot(cli_t *c, const char *opt)
{
    if (strcmp(opt, "--content") == 0) return &c->content_path;
    if (strcmp(opt, "--check-content") == 0) return &c->check_path;
    if (strcmp(opt, "--shots") == 0) return &c->shots_dir;
    if (strcmp(opt, "--script") == 0) return &c->script_path;
    if (strcmp(opt, "--compare") == 0) return &c->compare_dir;
    if (strcmp(opt, "--contact-sheet") == 0) return &c->contact_sheet;
    if (strcmp(opt, "--report") == 0) return &c->compare_report;
    if (strcmp(opt, "--config") == 0) return &c->config_path;
    if (strcmp(opt, "--check-config") == 0) return &c->check_config;
    if (strcmp(opt, "--chart") == 0) return &c->report_chart;
    return NULL;
}

static bool fail(char *err, int cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Writes the one-line reason for bad usage; always false. */
static bool fail(char *err, int cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, (size_t)cap, fmt, ap);
    va_end(ap);
    return false;
}

/* --content is kept in the settings (settings_t.content): a longer path
 * is refused, never cut to a path that names another file. */
static bool path_fits(const char *v, char *err, int cap)
{
    size_t n = strlen(v);
    return n <= LIMIT_SETTING_TEXT ||
           fail(err, cap, "--content: the path is %zu bytes; the limit is %d "
                          "(LIMIT_SETTING_TEXT)", n, LIMIT_SETTING_TEXT);
}

static bool parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < lo || v > hi) return false;
    *out = (int)v;
    return true;
}

/* "YYYY-MM-DD", a day's name in analytics_dir (compared as text). */
static bool is_date(const char *v)
{
    int64_t ms;
    char t[32];
    snprintf(t, sizeof t, "%.10sT12:00:00", v);
    return strlen(v) == 10 && wall_parse_local(t, &ms);
}

/* The options with a value other than a path. */
static bool parse_value(cli_t *c, const char *opt, const char *v, char *err,
                        int cap)
{
    if (strcmp(opt, "--lang") == 0) {
        lang_t lang;
        if (!lang_parse(v, &lang))
            return fail(err, cap, "--lang wants es or en, not '%s'", v);
        c->lang = (int)lang;
        return true;
    }
    if (strcmp(opt, "--burn-in-shift") == 0) {
        c->burn_in_shift = strcmp(v, "on") == 0 ? 1 : strcmp(v, "off") == 0 ? 0 : -1;
        return c->burn_in_shift >= 0 ||
               fail(err, cap, "--burn-in-shift wants on or off, not '%s'", v);
    }
    if (strcmp(opt, "--touch") == 0) {
        c->touch = strcmp(v, "auto") == 0  ? (int)SETTINGS_TOUCH_AUTO
                   : strcmp(v, "yes") == 0 ? (int)SETTINGS_TOUCH_YES
                   : strcmp(v, "no") == 0  ? (int)SETTINGS_TOUCH_NO
                                           : CLI_UNSET;
        return c->touch != CLI_UNSET ||
               fail(err, cap, "--touch wants auto, yes or no, not '%s'", v);
    }
    if (strcmp(opt, "--start-time") == 0) {
        int64_t ms;
        c->start_time = v;
        return wall_parse_local(v, &ms) ||
               fail(err, cap, "--start-time wants a local time "
                              "YYYY-MM-DDTHH:MM:SS, not '%s'", v);
    }
    if (strcmp(opt, "--from") == 0 || strcmp(opt, "--to") == 0) {
        *(opt[2] == 'f' ? &c->report_from : &c->report_to) = v;
        return is_date(v) ||
               fail(err, cap, "%s wants a date YYYY-MM-DD, not '%s'", opt, v);
    }
    if (strcmp(opt, "--size") == 0)
        return parse_size(v, &c->width, &c->height) ||
               fail(err, cap, "--size wants WxH, like 1920x1080, not '%s'", v);
    if (strcmp(opt, "--contact-sheet-columns") == 0)
        return parse_int(v, CLI_MIN_SHEET_COLUMNS, CLI_MAX_SHEET_COLUMNS,
                         &c->sheet_columns) ||
               fail(err, cap, "--contact-sheet-columns wants %d to %d, not "
                              "'%s'", CLI_MIN_SHEET_COLUMNS,
                    CLI_MAX_SHEET_COLUMNS, v);
    if (strcmp(opt, "--rotate") == 0)
        return (parse_int(v, 0, 270, &c->rotate) && c->rotate % 90 == 0) ||
               fail(err, cap, "--rotate wants 0, 90, 180 or 270, not '%s'", v);
    return parse_int(v, 0, CLI_MAX_TRANSITION_MS, &c->transition_ms) ||
           fail(err, cap, "--transition-ms wants 0 to 5000, not '%s'", v);
}

static bool takes_value(const char *opt)
{
    return strcmp(opt, "--lang") == 0 || strcmp(opt, "--size") == 0 ||
           strcmp(opt, "--rotate") == 0 || strcmp(opt, "--transition-ms") == 0 ||
           strcmp(opt, "--burn-in-shift") == 0 || strcmp(opt, "--touch") == 0 ||
           strcmp(opt, "--start-time") == 0 ||
           strcmp(opt, "--contact-sheet-columns") == 0 ||
           strcmp(opt, "--from") == 0 || strcmp(opt, "--to") == 0;
}

/* What --headless does: exactly one of these. */
static int headless_actions(const cli_t *c)
{
    return !!c->shots_dir + !!c->script_path + !!c->compare_dir +
           !!c->contact_sheet;
}

static bool check_combination(cli_t *c, bool headless, char *err, int cap)
{
    int actions = headless_actions(c);
    if (actions && !headless)
        return fail(err, cap, "%s", "--shots, --script, --compare and "
                                    "--contact-sheet need --headless");
    if (actions > 1)
        return fail(err, cap, "%s", "--shots, --script, --compare and "
                                    "--contact-sheet cannot be combined");
    if (headless && !actions && c->mode == MODE_KIOSK)
        return fail(err, cap, "%s", "--headless needs --shots DIR, --script "
                                    "FILE, --compare DIR or --contact-sheet FILE");
    if (headless && c->windowed)
        return fail(err, cap, "%s", "--headless and --windowed cannot be "
                                    "combined");
    /* --report names two folders: headless, where --compare writes its
     * pictures; otherwise the visitor counts a fleet report adds up
     * (report.c). One option, read by context (parsed as the first). */
    if (!headless) {
        c->report_dir = c->compare_report;
        c->compare_report = NULL;
    }
    /* Options of one action, given without it, would be silently ignored. */
    if (c->compare_report && !c->compare_dir)
        return fail(err, cap, "%s", "--report needs --compare DIR");
    if (c->sheet_columns != CLI_UNSET && !c->contact_sheet)
        return fail(err, cap, "%s", "--contact-sheet-columns needs "
                                    "--contact-sheet FILE");
    if (c->strict && !c->check_path)
        return fail(err, cap, "%s", "--strict needs --check-content FILE");
    /* A display's kiosk runs on the real wall clock. */
    if (c->start_time && !headless)
        return fail(err, cap, "%s", "--start-time needs --headless");
    if ((c->report_from || c->report_to || c->report_chart) && !c->report_dir)
        return fail(err, cap, "%s", "--from, --to and --chart need --report DIR");
    if (c->report_dir && c->mode == MODE_KIOSK) c->mode = MODE_REPORT;
    if (c->check_path && c->mode == MODE_KIOSK) c->mode = MODE_CHECK_CONTENT;
    if (c->check_config && c->mode == MODE_KIOSK) c->mode = MODE_CHECK_CONFIG;
    if (headless && c->mode == MODE_KIOSK) c->mode = MODE_HEADLESS;
    return true;
}

bool cli_parse(int argc, char **argv, cli_t *c, char *err, int cap)
{
    memset(c, 0, sizeof *c);
    c->lang = c->rotate = c->transition_ms = c->burn_in_shift = c->touch =
        CLI_UNSET;
    c->sheet_columns = CLI_UNSET;
    bool headless = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = path_slot(c, a);
        if (slot || takes_value(a)) {
            if (i + 1 >= argc) return fail(err, cap, "%s needs a value", a);
            const char *v = argv[++i];
            if (slot == &c->content_path && !path_fits(v, err, cap)) return false;
            if (slot) *slot = v;
            else if (!parse_value(c, a, v, err, cap)) return false;
        } else if (strcmp(a, "--windowed") == 0) c->windowed = true;
        else if (strcmp(a, "--strict") == 0) c->strict = true;
        else if (strcmp(a, "--headless") == 0) headless = true;
        else if (strcmp(a, "--list") == 0) c->mode = MODE_LIST;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) c->mode = MODE_HELP;
        else if (strcmp(a, "--version") == 0) c->mode = MODE_VERSION;
        else return fail(err, cap, "unknown option '%s'", a);
    }
    if (c->mode == MODE_HELP || c->mode == MODE_VERSION) return true;
    return check_combination(c, headless, err, cap);
}
