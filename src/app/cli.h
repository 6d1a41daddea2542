/* cli.h - the command line. */
#ifndef KIOSK_CLI_H
#define KIOSK_CLI_H

#include <stdbool.h>

#include "../core/lang.h"

typedef enum {
    MODE_KIOSK,         /* the slideshow on a display */
    MODE_HEADLESS,      /* --headless with --shots, --script, --compare
                         * or --contact-sheet */
    MODE_CHECK_CONTENT, /* --check-content FILE */
    MODE_LIST,          /* --list */
    MODE_HELP,
    MODE_VERSION,
} cli_mode_t;

typedef struct {
    cli_mode_t mode;
    bool windowed;
    int width, height;        /* 0: the default for the mode */
    const char *content_path; /* NULL: the built-in content */
    const char *check_path;
    const char *shots_dir;
    const char *script_path;
    const char *compare_dir;    /* --compare DIR: references to check */
    const char *contact_sheet;  /* --contact-sheet FILE */
    lang_t lang;                /* --lang: the default language */
    int rotate;                 /* --rotate: 0, 90, 180 or 270 degrees */
    int transition_ms;          /* --transition-ms: crossfade length, 0 off */
} cli_t;

/* Crossfade length when --transition-ms is not given. */
#define CLI_DEFAULT_TRANSITION_MS 500
#define CLI_MAX_TRANSITION_MS 5000

/* Parses argv. On bad usage returns false with a one-line reason in err. */
bool cli_parse(int argc, char **argv, cli_t *cli, char *err, int err_cap);

void cli_print_help(void);

#endif
