/* host_trace.c - the firmware's trace program on the build machine, with
 * the simulator's text measurement (SDL_ttf over the embedded fonts,
 * src/platform/fonts.c) in place of the generated tables.
 *
 *     host-trace CONTENT.ini SCRIPT...
 *
 * Prints what the firmware image prints in QEMU (src/firmware/main.c):
 * tests/firmware/run.sh compares the two line for line. Exit status 0
 * when every script passed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/content.h"
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
    if (argc < 2) {
        fprintf(stderr, "usage: host-trace CONTENT.ini SCRIPT...\n");
        return 64;
    }
    long n = read_file(argv[1]);
    if (n < 0 || !content_load(text, (size_t)n, &content, &report) || !fonts_init()) {
        fprintf(stderr, "%s: cannot load the content or the fonts\n", argv[1]);
        return 1;
    }
    trace_deck(&content, &deck);
    trace_board_t board = {&content, &deck, fonts_measure(), TRACE_PANEL_W,
                           TRACE_PANEL_H, out};
    int failed = 0;
    for (int i = 2; i < argc; i++) {
        if ((n = read_file(argv[i])) < 0) return 1;
        const char *name = strrchr(argv[i], '/');
        failed += !trace_script(&board, name ? name + 1 : argv[i], text, (size_t)n);
    }
    trace_views(&board);
    fonts_quit();
    return failed ? 1 : 0;
}
