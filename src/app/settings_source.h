/* settings_source.h - the settings as the kiosk runs with them: the
 * defaults, the settings file over them, the command line over both. */
#ifndef KIOSK_SETTINGS_SOURCE_H
#define KIOSK_SETTINGS_SOURCE_H

#include <stdbool.h>

#include "../core/settings.h"
#include "cli.h"

/* The effective settings. A file's problems are logged as FILE:LINE:
 * message and the settings concerned keep their defaults, so the kiosk
 * still runs; false only if the file cannot be read at all (also logged,
 * and the defaults are used). */
bool settings_source_load(const cli_t *cli, settings_t *out);

/* --check-config FILE: prints every problem, returns the exit status. */
int settings_source_check(const char *path);

#endif
