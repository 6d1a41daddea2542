/* headless.h - what the headless modes share (--shots, --script,
 * --compare, --contact-sheet). */
#ifndef KIOSK_HEADLESS_H
#define KIOSK_HEADLESS_H

#include <stdbool.h>
#include <stdint.h>

#include "../platform/board.h"
#include "kiosk.h"

#define HEADLESS_DEFAULT_W 1920
#define HEADLESS_DEFAULT_H 1080

/* Makes every missing directory of `dir` (like mkdir -p); logs errors. */
bool headless_make_dirs(const char *dir);

/* Makes the directories a file path needs. */
bool headless_make_parent_dirs(const char *path);

/* Brings the framebuffer up to date with the kiosk's state and returns the
 * picture as the panel receives it: what a shot saves. */
const fb_t *headless_frame(kiosk_t *k, board_t *b);

/* Called with each slide's frame, `index` from 0; false stops the walk. */
typedef bool (*headless_visit_t)(kiosk_t *k, const fb_t *frame,
                                 uint32_t index, void *ctx);

/* Every slide as it first appears in attract mode, in order: the machine
 * is driven by time alone, exactly one slide's duration per step. False
 * when a visit said stop. */
bool headless_each_slide(kiosk_t *k, board_t *b, headless_visit_t visit,
                         void *ctx);

/* --compare DIR [--report OUT] (OUT: NULL for none) and --contact-sheet
 * FILE with its columns (CLI_UNSET: the default); exit statuses. */
int run_compare(kiosk_t *k, board_t *b, const char *dir, const char *out);
int run_contact_sheet(kiosk_t *k, board_t *b, const char *file, int columns);

#endif
