/* report_chart.c - the visitor report as a PNG; see report_chart.h. */
#include "report_chart.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/utf8.h"
#include "../platform/canvas.h"
#include "../platform/log.h"
#include "../platform/pngio.h"

#define PAGE_XRGB 0xFFFFFFu
#define INK_XRGB 0x1A1F2Bu
#define RULE_XRGB 0xB0B6C0u
#define TOP_SLIDES 10u
#define SLIDE_ROW_Y 110
#define SLIDE_ROW_H 34
#define SLIDE_LABEL_W 460
#define SLIDE_BAR_X 520
#define SLIDE_BAR_MAX 560
#define HOURS_MAX_H 280

static void fill(fb_t *fb, fb_rect_t r, uint32_t xrgb)
{
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++) fb_row(fb, y)[x] = xrgb;
}

/* The text cut between characters, with an ellipsis, to fit max_w
 * pixels at px (text has room for the ellipsis's 3 more bytes). */
static void fit(char *text, int px, int max_w)
{
    size_t n = strlen(text);
    if (canvas_label_width(px, text) <= max_w) return;
    do {
        n = utf8_whole_prefix(text, n - 1);
        memcpy(text + n, "\xE2\x80\xA6", 4); /* U+2026, and the NUL */
    } while (n > 0 && canvas_label_width(px, text) > max_w);
}

static void label(fb_t *fb, int x, int y, int px, const char *text)
{
    canvas_label(fb, x, y, px, text, INK_XRGB);
}

/* The ten most-read slides as bars, the longest the full width. */
static void draw_slides(fb_t *fb, const kiosk_t *k, const usage_day_t *d,
                        const uint32_t *order, uint32_t n)
{
    label(fb, 40, 66, 22, "Most-read slides: seconds on show during visits");
    uint64_t most = 0;
    for (int l = 0; l < LANG_COUNT && n; l++) most += d->slide_ms[order[0]][l];
    for (uint32_t i = 0; i < n && i < TOP_SLIDES; i++) {
        uint32_t s = order[i];
        uint64_t ms = d->slide_ms[s][LANG_ES] + d->slide_ms[s][LANG_EN];
        int y = SLIDE_ROW_Y + (int)i * SLIDE_ROW_H;
        char text[600], title[500] = "";
        if (s < k->deck.count)
            deck_slide_title(&k->deck, &k->content, s, k->sm.lang, title, sizeof title);
        snprintf(text, sizeof text, "%u  %s", s + 1, title);
        fit(text, 16, SLIDE_LABEL_W);
        label(fb, 40, y + 4, 16, text);
        int w = most ? (int)(ms * SLIDE_BAR_MAX / most) : 0;
        fill(fb, (fb_rect_t){SLIDE_BAR_X, y + 4, w > 1 ? w : 1, SLIDE_ROW_H - 10}, REPORT_BAR_XRGB);
        snprintf(text, sizeof text, "%" PRIu64 " s", ms / 1000u);
        label(fb, SLIDE_BAR_X + w + 8, y + 4, 16, text);
    }
}

/* Visits begun in each hour, as columns on a baseline. */
static void draw_hours(fb_t *fb, const usage_day_t *d)
{
    label(fb, 40, 480, 22, "Visits begun per hour of the day");
    uint32_t most = 0;
    for (int h = 0; h < USAGE_HOURS; h++)
        if (d->visits_began[h] > most) most = d->visits_began[h];
    fill(fb, (fb_rect_t){REPORT_HOURS_LEFT, REPORT_HOURS_BASELINE,
                         USAGE_HOURS * REPORT_HOURS_STEP, 2}, RULE_XRGB);
    for (int h = 0; h < USAGE_HOURS; h++) {
        int x = REPORT_HOURS_LEFT + h * REPORT_HOURS_STEP;
        char text[16];
        if (h % 3 == 0) {
            snprintf(text, sizeof text, "%02d:00", h);
            label(fb, x, REPORT_HOURS_BASELINE + 8, 14, text);
        }
        if (!d->visits_began[h]) continue;
        int tall = (int)((uint64_t)d->visits_began[h] * HOURS_MAX_H / most);
        fill(fb, (fb_rect_t){x + 7, REPORT_HOURS_BASELINE - tall, REPORT_HOURS_STEP - 14, tall},
             REPORT_BAR_XRGB);
        snprintf(text, sizeof text, "%u", d->visits_began[h]);
        label(fb, x + 10, REPORT_HOURS_BASELINE - tall - 22, 14, text);
    }
}

bool report_chart_save(const kiosk_t *k, const usage_day_t *total,
                       const uint32_t *order, uint32_t n, const char *title,
                       const char *path)
{
    fb_t fb = {malloc((size_t)REPORT_CHART_W * REPORT_CHART_H * sizeof(uint32_t)),
               REPORT_CHART_W, REPORT_CHART_H, REPORT_CHART_W};
    if (!fb.pixels) {
        log_error("%s: no memory for the chart", path);
        return false;
    }
    fill(&fb, (fb_rect_t){0, 0, fb.w, fb.h}, PAGE_XRGB);
    char heading[128];
    snprintf(heading, sizeof heading, "Visitor counts, %s", title);
    label(&fb, 40, 18, 28, heading);
    draw_slides(&fb, k, total, order, n);
    draw_hours(&fb, total);
    bool ok = pngio_save(&fb, path);
    free(fb.pixels);
    return ok;
}
