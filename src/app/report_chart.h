/* report_chart.h - the visitor report as a picture (report.h): on a
 * white page, the most-read slides as horizontal bars (time on show
 * during visits, the ten longest), and the visits begun in each hour of
 * the day as 24 columns. */
#ifndef KIOSK_REPORT_CHART_H
#define KIOSK_REPORT_CHART_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/usage.h"
#include "kiosk.h"

#define REPORT_CHART_W 1200
#define REPORT_CHART_H 900
/* The hour columns: hour h's column is centred on x = LEFT + h * STEP +
 * STEP / 2 and rises from the baseline (tests/fleet/report.sh looks
 * there). */
#define REPORT_HOURS_LEFT 80
#define REPORT_HOURS_STEP 44
#define REPORT_HOURS_BASELINE 840
#define REPORT_BAR_XRGB 0xC8102Eu  /* the columns and bars */

/* `order` holds the slides (0-based) from the most read; `n` of them. */
bool report_chart_save(const kiosk_t *k, const usage_day_t *total,
                       const uint32_t *order, uint32_t n, const char *title,
                       const char *path);

#endif
