/* host_trace.c - the firmware's trace program on the build machine, with
 * the simulator's text measurement (SDL_ttf over the embedded fonts,
 * src/platform/fonts.c) in place of the generated tables.
 *
 *     host-trace [--tables] CONTENT.ini SCRIPT...
 *
 * Prints what the firmware image prints in QEMU (src/firmware/main.c):
 * tests/firmware/run.sh compares the two line for line. With --tables it
 * measures with the board's generated tables instead (fontmetrics.c,
 * built for this machine): the sanitizer build runs both ways, so that
 * the board's code meets ASan and UBSan too. Exit status 0 when every
 * script passed (and, with --tables, every text was in the tables).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/content.h"
#include "firmware/fontmetrics.h"
#include "firmware/trace.h"
#include "platform/fonts.h"

static content_t content;
static content_report_t report;
static deck_t deck;
static char text[LIMIT_FILE_BYTES + 1];

static void out(const char *line) { puts(line); }

/* The whole file into `text`; its size, or -1 (reported). */
static long read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        return -1;
    }
    size_t n = fread(text, 1, sizeof text, f);
    fclose(f);
    if (n == sizeof text) {
        fprintf(stderr, "%s: too large\n", path);
        return -1;
    }
    return (long)n;
}

int main(int argc, char **argv)
{
    bool tables = argc > 1 && strcmp(argv[1], "--tables") == 0;
    int first = tables ? 2 : 1; /* the content file's argument */
    if (argc <= first) {
        fprintf(stderr, "usage: host-trace [--tables] CONTENT.ini SCRIPT...\n");
        return 64;
    }
    long n = read_file(argv[first]);
    if (n < 0 || !content_load(text, (size_t)n, &content, &report) || !fonts_init()) {
        fprintf(stderr, "%s: cannot load the content or the fonts\n", argv[first]);
        return 1;
    }
    trace_deck(&content, &deck);
    trace_board_t board = {&content, &deck,
                           tables ? fontmetrics_measure() : fonts_measure(),
                           TRACE_PANEL_W, TRACE_PANEL_H, out};
    int failed = 0;
    for (int i = first + 1; i < argc; i++) {
        if ((n = read_file(argv[i])) < 0) return 1;
        const char *name = strrchr(argv[i], '/');
        failed += !trace_script(&board, name ? name + 1 : argv[i], text, (size_t)n);
    }
    trace_views(&board);
    fonts_quit();
    if (tables && fontmetrics_misses()) {
        fprintf(stderr, "%" PRIu32 " text measurements outside the font tables\n",
                fontmetrics_misses());
        failed++;
    }
    return failed ? 1 : 0;
}
