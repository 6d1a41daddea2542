/* report.h - `kiosk --report DIR`: the visitor counts of a range of days
 * (analytics.h's CSV files in DIR), added up and told as text on stdout,
 * and drawn as a PNG chart a curator can look at (report_chart.h): the
 * most-read slides, and visits per hour of the day.
 *
 * Slides are named by their number and their title in the content the
 * kiosk has now (--content, the settings', or the built-in one): the
 * counts keep numbers only, so a report across a change of the content
 * names the slides as they are now.
 */
#ifndef KIOSK_REPORT_H
#define KIOSK_REPORT_H

#include "kiosk.h"

/* The days to read: from and to are "YYYY-MM-DD" or NULL (no bound);
 * chart is the PNG to write, NULL for DIR/report.png. */
typedef struct {
    const char *dir;
    const char *from, *to;
    const char *chart;
} report_args_t;

/* Prints the report; returns the exit status: 0, or 1 when DIR cannot be
 * read, holds no day in the range, a file is bad (each named as
 * FILE:LINE: message) or the chart cannot be written. */
int report_run(const kiosk_t *k, const report_args_t *args);

#endif
