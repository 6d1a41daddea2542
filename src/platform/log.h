/* log.h - log lines on stderr: "TIME LEVEL message", one event a line,
 * so journald (or a terminal) keeps them in order with their time. At
 * most 60 lines a minute after a burst of 60: the rest are counted and
 * the count is logged when lines flow again. */
#ifndef KIOSK_LOG_H
#define KIOSK_LOG_H

#include <stdbool.h>
#include <stdint.h>

typedef enum { LOG_ERROR, LOG_WARN, LOG_INFO } log_level_t;

/* Lines above this level are dropped; LOG_INFO by default. */
void log_set_level(log_level_t level);

/* For tests: the clock the rate limit runs on (NULL: the real one). */
void log_set_clock(uint64_t (*now_ms)(void));

void log_line(log_level_t level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#define log_error(...) log_line(LOG_ERROR, __VA_ARGS__)
#define log_warn(...) log_line(LOG_WARN, __VA_ARGS__)
#define log_info(...) log_line(LOG_INFO, __VA_ARGS__)

#endif
