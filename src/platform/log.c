/* log.c - log lines on stderr; see log.h. */
#include "log.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static log_level_t max_level = LOG_INFO;

void log_set_level(log_level_t level) { max_level = level; }

/* The rate limit: a bucket of LOG_BURST lines, refilled at LOG_PER_SECOND.
 * A broken file checked every second, or a visitor hammering keys, must
 * not fill the disk over months; a burst at start (a content file's
 * errors) still gets through whole. */
#define LOG_BURST 60
#define LOG_PER_SECOND 1

static uint64_t monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static uint64_t (*clock_ms)(void) = monotonic_ms;

void log_set_clock(uint64_t (*now_ms)(void))
{
    clock_ms = now_ms ? now_ms : monotonic_ms;
}

static struct {
    uint64_t tokens_x1000; /* thousandths of a line, to refill smoothly */
    uint64_t last_ms;
    bool started;
    unsigned long dropped;
} bucket;

/* True when a line may be written now; counts the ones that may not. */
static bool take_token(void)
{
    uint64_t now = clock_ms();
    if (!bucket.started) {
        bucket.started = true;
        bucket.tokens_x1000 = LOG_BURST * 1000u;
        bucket.last_ms = now;
    }
    bucket.tokens_x1000 += (now - bucket.last_ms) * LOG_PER_SECOND;
    if (bucket.tokens_x1000 > LOG_BURST * 1000u) bucket.tokens_x1000 = LOG_BURST * 1000u;
    bucket.last_ms = now;
    if (bucket.tokens_x1000 < 1000u) {
        bucket.dropped++;
        return false;
    }
    bucket.tokens_x1000 -= 1000u;
    return true;
}

/* Is stderr the journal's stream? systemd says so in JOURNAL_STREAM,
 * "DEVICE:INODE" of the stream it connected (sd_journal_stream_fd(3));
 * a program started from the service with stderr redirected elsewhere
 * inherits the variable, so the file itself is compared. */
static bool stderr_is_journal(void)
{
    static int known = -1;
    if (known >= 0) return known;
    const char *v = getenv("JOURNAL_STREAM");
    unsigned long long dev, ino;
    struct stat st;
    known = v && sscanf(v, "%llu:%llu", &dev, &ino) == 2 &&
            fstat(STDERR_FILENO, &st) == 0 && (unsigned long long)st.st_dev == dev &&
            (unsigned long long)st.st_ino == ino;
    return known;
}

/* syslog(3)'s priorities of the levels: journald reads a line's "<N>"
 * prefix as its PRIORITY field, so `journalctl -p err` finds the errors
 * of a fleet's kiosks. */
static const char priority[] = {'3', '4', '6'};

static void write_prefix(log_level_t level, const char *name)
{
    if (stderr_is_journal()) fprintf(stderr, "<%c>", priority[level]);
    char stamp[32] = "";
    time_t now = time(NULL);
    struct tm tm;
    if (localtime_r(&now, &tm)) strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &tm);
    fprintf(stderr, "%s kiosk %s: ", stamp, name);
}

void log_line(log_level_t level, const char *fmt, ...)
{
    static const char *const names[] = {"error", "warn", "info"};
    if (level > max_level || !take_token()) return;
    if (bucket.dropped) {
        write_prefix(LOG_WARN, "warn");
        fprintf(stderr, "%lu log lines dropped (more than %d a minute)\n",
                bucket.dropped, LOG_PER_SECOND * 60);
        bucket.dropped = 0;
    }
    /* One fprintf per part, but stderr is unbuffered and we are the only
     * writer, so lines do not interleave. */
    write_prefix(level, names[level]);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
