/* settings_source.c - defaults, file, command line; see settings_source.h. */
#include "settings_source.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../platform/input.h"
#include "../platform/log.h"
#include "../platform/regfile.h"
#include "content_source.h"
#include "wall.h"

/* Settings files are short; one larger than this is surely not one. */
#define SETTINGS_FILE_MAX (64 * 1024)
static char text[SETTINGS_FILE_MAX + 1];

/* The exit chord's key must be one SDL knows, or the chord could never be
 * pressed (run_live.c would fall back to the default one). */
static bool key_known(const char *name)
{
    return input_key_code(name) != 0;
}

static const settings_lookup_t lookup = {key_known, wall_zone_known};

/* Reads the file and its settings over *s; problems in *report. */
static bool read_settings(const char *path, settings_t *s,
                          content_report_t *report)
{
    memset(report, 0, sizeof *report);
    regfile_t r = regfile_read(path, text, SETTINGS_FILE_MAX);
    if (r.status != REGFILE_OK) {
        report->total = report->kept = 1;
        regfile_describe(&r, SETTINGS_FILE_MAX, NULL, report->errors[0].message,
                         sizeof report->errors[0].message);
        return false;
    }
    return settings_load(text, r.size, &lookup, s, report);
}

/* The command line wins over the file, for the options it has. */
static void apply_command_line(const cli_t *cli, settings_t *s)
{
    /* Fits: cli_parse refuses a longer path. */
    if (cli->content_path)
        snprintf(s->content, sizeof s->content, "%s", cli->content_path);
    if (cli->lang != CLI_UNSET) s->lang = (lang_t)cli->lang;
    if (cli->rotate != CLI_UNSET) s->rotate = cli->rotate;
    if (cli->transition_ms != CLI_UNSET) s->transition_ms = (uint32_t)cli->transition_ms;
    if (cli->burn_in_shift != CLI_UNSET) s->burn_in_shift = cli->burn_in_shift != 0;
    if (cli->narration != CLI_UNSET) s->narration = (narration_mode_t)cli->narration;
    if (cli->touch != CLI_UNSET) s->touch = (settings_touch_t)cli->touch;
}

/* The TZ the kiosk runs in when the settings name no zone: a wrong one is
 * said, as the C library would take it as UTC without a word. False, with
 * the reason in why[0..cap), when it is wrong. */
static bool environment_zone_ok(const settings_t *s, char *why, size_t cap)
{
    const char *tz = getenv("TZ");
    return s->zone[0] || !tz || wall_zone_known(tz, why, cap);
}

/* The `timezone` setting becomes the process's TZ, which localtime_r and
 * mktime read (wall.c calls tzset before each use). */
static void apply_zone(const settings_t *s)
{
    char why[LIMIT_ERROR_TEXT + 1];
    if (s->zone[0]) {
        setenv("TZ", s->zone, 1);
        tzset();
        log_info("time zone %s (the settings)", s->zone);
    } else if (!environment_zone_ok(s, why, sizeof why)) {
        log_error("TZ: %s; local time is UTC", why);
    }
}

bool settings_source_load(const cli_t *cli, settings_t *s)
{
    static content_report_t report;
    settings_defaults(s);
    bool ok = true;
    if (cli->config_path) {
        settings_t file = *s;
        ok = read_settings(cli->config_path, &file, &report);
        if (report.total) {
            content_source_log(cli->config_path, &report);
            log_error("%s: %s", cli->config_path,
                      report.errors[0].line ? "the settings above keep their defaults"
                                            : "running with the default settings");
        }
        if (report.total == 0 || report.errors[0].line) *s = file;
    }
    apply_command_line(cli, s);
    apply_zone(s);
    return ok;
}

int settings_source_check(const char *path)
{
    static content_report_t report;
    settings_t s;
    settings_defaults(&s);
    bool ok = read_settings(path, &s, &report);
    if (!ok) content_source_print(stderr, path, &report);
    /* The kiosk would run in this TZ too: a wrong one is an error here. */
    char why[LIMIT_ERROR_TEXT + 1];
    if (!environment_zone_ok(&s, why, sizeof why)) {
        fprintf(stderr, "TZ: %s; local time would be UTC\n", why);
        ok = false;
    }
    if (ok) printf("%s: valid\n", path);
    return ok ? 0 : 1;
}
