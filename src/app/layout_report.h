/* layout_report.h - --layout-report and --format-content: what a test or
 * a curator reads of the content, in a form for programs. */
#ifndef KIOSK_LAYOUT_REPORT_H
#define KIOSK_LAYOUT_REPORT_H

#include "cli.h"
#include "kiosk.h"

/* Prints one line for every slide in each language, laid out at the
 * panel's upright size (--size, turned by --rotate), in a fixed format
 * that is never reworded (tests/layout.sh parses it):
 *   slide N LANG WxH ellipsized=K overflowed=K
 * N from 1; K the texts cut short with an ellipsis, the boxes outside
 * their space. Returns the exit status, 0. */
int layout_report(const kiosk_t *k, const cli_t *cli);

/* Prints the content of `path` in its canonical form (content_format.h)
 * and returns 0, or prints its errors as --check-content does and
 * returns 1. */
int format_content(const char *path);

#endif
