/* stderr_lines.h - for tests of what the kiosk logs: stderr pointed at a
 * temporary file, and its lines counted by what they contain. */
#ifndef KIOSK_TEST_STDERR_LINES_H
#define KIOSK_TEST_STDERR_LINES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Points stderr at a new temporary file, its name in path (a mkstemp
 * template); nonzero on success. */
static inline int stderr_to_temp(char *path)
{
    int fd = mkstemp(path);
    if (fd < 0) return 0;
    close(fd);
    return freopen(path, "w", stderr) != NULL;
}

/* How many lines written to stderr so far contain `text`. */
static inline int lines_containing(const char *path, const char *text)
{
    fflush(stderr);
    FILE *f = fopen(path, "r");
    char line[512];
    int n = 0;
    while (f && fgets(line, sizeof line, f))
        if (strstr(line, text)) n++;
    if (f) fclose(f);
    return n;
}

#endif
