/* layout_report.c - --layout-report and --format-content; see
 * layout_report.h. A separate output path from the log's warnings, whose
 * wording is for people and may change: this one is for programs. */
#include "layout_report.h"

#include <stdio.h>

#include "../core/content_format.h"
#include "../core/view.h"
#include "../platform/fonts.h"
#include "content_source.h"
#include "headless.h"

int layout_report(const kiosk_t *k, const cli_t *cli)
{
    /* Static: a view is too large for the stack. */
    static view_t view;
    int w = cli->width ? cli->width : HEADLESS_DEFAULT_W;
    int h = cli->height ? cli->height : HEADLESS_DEFAULT_H;
    /* A turned panel lays the slide out upright (README, "Rotated
     * panels"). */
    if (k->settings.rotate % 180) {
        int t = w;
        w = h;
        h = t;
    }
    /* The hints' words as --touch (or the settings) say: yes lays the
     * touch words out, auto and no the keys' (no panel to ask here). */
    view_input_t input = k->settings.touch == SETTINGS_TOUCH_YES
                             ? VIEW_INPUT_TOUCH : VIEW_INPUT_KEYS;
    for (uint32_t i = 0; i < k->deck.count; i++)
        for (int l = 0; l < LANG_COUNT; l++) {
            view_request_t request = {&k->content, &k->deck, i, (lang_t)l,
                                      w, h, fonts_measure(), input, 0, 0,
                                      VIEW_SPEAKER_NONE};
            view_build(&view, &request);
            printf("slide %u %s %dx%d ellipsized=%u overflowed=%u\n", i + 1,
                   lang_code((lang_t)l), w, h, view.ellipsized,
                   view.overflowed);
        }
    return 0;
}

int format_content(const char *path)
{
    /* Static: the table and its text are too large for the stack. */
    static content_t content;
    static content_report_t report;
    static char text[LIMIT_FILE_BYTES * 2];
    if (!content_source_file(path, &content, &report)) {
        content_source_print(stderr, path, &report);
        return 1;
    }
    size_t n = content_format(&content, text, sizeof text);
    /* Twice the file's limit holds any table a file can give: every
     * field is written once, with at most " = " and its key added. */
    if (n >= sizeof text) {
        fprintf(stderr, "%s: the canonical form is %zu bytes, more than "
                        "this build can hold\n", path, n);
        return 1;
    }
    fputs(text, stdout);
    return 0;
}
