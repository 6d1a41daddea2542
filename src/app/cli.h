/* cli.h - the command line. */
#ifndef KIOSK_CLI_H
#define KIOSK_CLI_H

#include <stdbool.h>

#include "../core/lang.h"

typedef enum {
    MODE_KIOSK,         /* the slideshow on a display */
    MODE_HEADLESS,      /* --headless with --shots or --script */
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
    lang_t lang;              /* --lang: the default language */
} cli_t;

/* Parses argv. On bad usage returns false with a one-line reason in err. */
bool cli_parse(int argc, char **argv, cli_t *cli, char *err, int err_cap);

void cli_print_help(void);

#endif
