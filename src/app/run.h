/* run.h - the two ways to run the kiosk. */
#ifndef KIOSK_RUN_H
#define KIOSK_RUN_H

#include "cli.h"
#include "kiosk.h"

/* The slideshow on a display, until the operator ends it. Returns the
 * process exit status. */
int run_live(kiosk_t *k, const cli_t *cli);

/* Headless: --shots DIR or --script FILE, with a simulated clock. */
int run_headless(kiosk_t *k, const cli_t *cli);

#endif
