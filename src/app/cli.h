/* cli.h - the command line. */
#ifndef KIOSK_CLI_H
#define KIOSK_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/lang.h"

typedef enum {
    MODE_KIOSK,         /* the slideshow on a display */
    MODE_HEADLESS,      /* --headless with --shots, --script, --compare,
                         * --contact-sheet or --narrate */
    MODE_CHECK_CONTENT, /* --check-content FILE */
    MODE_CHECK_CONFIG,  /* --check-config FILE */
    MODE_LIST,          /* --list */
    MODE_REPORT,        /* --report DIR: the visitor counts (report.h) */
    MODE_LAYOUT_REPORT, /* --layout-report: how every slide fits */
    MODE_FORMAT_CONTENT, /* --format-content FILE: its canonical form */
    MODE_HELP,
    MODE_VERSION,
} cli_mode_t;

typedef struct {
    cli_mode_t mode;
    bool windowed;
    int width, height;        /* 0: the default for the mode */
    const char *content_path; /* NULL: the settings' or the built-in content */
    const char *check_path;
    const char *format_path;  /* --format-content FILE */
    const char *config_path;  /* --config FILE: the settings file */
    const char *check_config; /* --check-config FILE */
    const char *shots_dir;
    const char *script_path;
    const char *compare_dir;    /* --compare DIR: references to check */
    const char *compare_report; /* --report OUT: where --compare writes its
                                   diffs and index.html; NULL: none written */
    const char *contact_sheet;  /* --contact-sheet FILE */
    const char *narrate_dir;    /* --narrate DIR: every slide as a WAV */
    int sheet_columns;          /* --contact-sheet-columns N; CLI_UNSET:
                                   the sheet's default */
    bool strict;                /* --strict: --check-content counts warnings
                                   as errors */
    /* Options that override a setting; CLI_UNSET when not given. */
    int lang;                   /* --lang: a lang_t */
    int rotate;                 /* --rotate: 0, 90, 180 or 270 degrees */
    int transition_ms;          /* --transition-ms: crossfade length, 0 off */
    int burn_in_shift;          /* --burn-in-shift on|off: 1 or 0 */
    int narration;              /* --narration: a narration_mode_t; headless,
                                   given at all: a script narrates on the
                                   simulated clock */
    int touch;                  /* --touch auto|yes|no: a settings_touch_t */
    const char *report_dir;     /* --report DIR */
    const char *report_from, *report_to; /* --from, --to: YYYY-MM-DD */
    const char *report_chart;   /* --chart FILE (with --report) */
    const char *start_time;     /* --start-time (headless only), checked;
                                   NULL: not given. Read as a time once the
                                   settings' time zone applies */
} cli_t;

#define CLI_UNSET (-1)
#define CLI_MAX_TRANSITION_MS 5000
/* A contact sheet's columns: one (a long strip) to eight (past that a
 * 1920x1080 slide's title is too small to read on a thumbnail). */
#define CLI_MIN_SHEET_COLUMNS 1
#define CLI_MAX_SHEET_COLUMNS 8

/* Parses argv. On bad usage returns false with a one-line reason in err. */
bool cli_parse(int argc, char **argv, cli_t *cli, char *err, int err_cap);

void cli_print_help(void);

#endif
