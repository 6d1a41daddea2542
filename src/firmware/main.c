/* main.c - the firmware test image: the core on the board, its traces out
 * through semihosting.
 *
 * Loads the built-in content (data/content.ini, embedded by
 * build/firmware/embedded.S) with the core's loader, runs every embedded
 * script of tests/scripts/ and lays every slide out at the panel's size,
 * measuring text with the generated font tables (fontmetrics.h). The
 * lines are those tests/firmware/host_trace.c prints on the simulator;
 * tests/firmware/run.sh compares them. Exit status 0 when every script
 * passed and every measurement was in the tables. The last line, for
 * the board only, says how deep the stack went.
 */
#include <inttypes.h>
#include <stdio.h>

#include "../core/content.h"
#include "../core/kiosk_assert.h"
#include "embedded.h"
#include "fontmetrics.h"
#include "semihost.h"
#include "startup.h"
#include "trace.h"

/* Static: the table and its report are far too large for the stack. */
static content_t content;
static content_report_t report;
static deck_t deck;

static void out(const char *line)
{
    semihost_write(line);
    semihost_write("\n");
}

/* The core's assertions (kiosk_assert.h): the line, then a stop. */
_Noreturn void kiosk_assert_fail(const char *file, int line, const char *cond)
{
    char text[256];
    snprintf(text, sizeof text, "FAIL %s:%d: assertion failed: %s", file,
             line, cond);
    out(text);
    semihost_exit(KIOSK_EXIT_ASSERT);
}

int main(void)
{
    if (!content_load(firmware_content, firmware_content_size, &content,
                      &report)) {
        out("FAIL the built-in content does not load");
        return 1;
    }
    trace_deck(&content, &deck);
    trace_board_t board = {&content, &deck, fontmetrics_measure(),
                           TRACE_PANEL_W, TRACE_PANEL_H, out};
    int failed = 0;
    for (uint32_t i = 0; i < firmware_script_count; i++)
        failed += !trace_script(&board, firmware_scripts[i].name,
                                firmware_scripts[i].text,
                                firmware_scripts[i].size);
    trace_views(&board);
    if (fontmetrics_misses()) {
        char text[96];
        snprintf(text, sizeof text, "FAIL %" PRIu32 " text measurements "
                 "outside the font tables", fontmetrics_misses());
        out(text);
        failed++;
    }
    /* The board's own line, not the core's: tests/firmware/run.sh takes
     * "board:" lines out before it compares, and reports them. */
    char text[96];
    snprintf(text, sizeof text, "board: stack used %" PRIu32 " of %" PRIu32
             " bytes", startup_stack_used(), startup_stack_size());
    out(text);
    return failed ? 1 : 0;
}
