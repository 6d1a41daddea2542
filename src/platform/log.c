/* log.c - log lines on stderr; see log.h. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static log_level_t max_level = LOG_INFO;

void log_set_level(log_level_t level) { max_level = level; }

void log_line(log_level_t level, const char *fmt, ...)
{
    static const char *const names[] = {"error", "warn", "info"};
    if (level > max_level) return;
    char stamp[32] = "";
    time_t now = time(NULL);
    struct tm tm;
    if (localtime_r(&now, &tm)) strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &tm);
    /* One fprintf per part, but stderr is unbuffered and we are the only
     * writer, so lines do not interleave. */
    fprintf(stderr, "%s kiosk %s: ", stamp, names[level]);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
