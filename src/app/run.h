/* run.h - the two ways to run the kiosk. */
#ifndef KIOSK_RUN_H
#define KIOSK_RUN_H

#include "cli.h"
#include "kiosk.h"

/* The exit status after the operator's exit chord, its own: the service
 * manager tells it from a stop (SIGTERM and SIGINT: 0), a crash or a
 * stray kill, and does not start again a kiosk the operator meant to end
 * (data/kiosk.service: RestartPreventExitStatus=79). 79 is past BSD's
 * sysexits.h (64 to 78), below the shell's 126 and up (128+N: signal N)
 * and systemd's own 200 and up; the kiosk's other statuses are 0, 1, 2. */
#define KIOSK_EXIT_OPERATOR 79

/* The slideshow on a display, until the operator ends it. Returns the
 * process exit status: KIOSK_EXIT_OPERATOR after the exit chord, 0 after
 * a signal (or Escape in a window), 1 when no display opens. */
int run_live(kiosk_t *k, const cli_t *cli);

/* Headless: --shots DIR or --script FILE, with a simulated clock. */
int run_headless(kiosk_t *k, const cli_t *cli);

#endif
