/* analytics.c - the visitor counts on disk; see analytics.h. */
#include "analytics.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../platform/log.h"
#include "../platform/regfile.h"
#include "atomic_file.h"
#include "wall.h"

/* DIR/YYYY-MM-DD.csv; false when the path would not fit. */
static bool day_path(const kiosk_t *k, const char *day, char *buf, size_t cap)
{
    int n = snprintf(buf, cap, "%s/%s.csv", k->settings.analytics_dir, day);
    return n > 0 && (size_t)n < cap;
}

static void write_day(analytics_t *a, kiosk_t *k)
{
    static char csv[USAGE_CSV_MAX];
    char path[LIMIT_SETTING_TEXT + 32];
    size_t n = usage_csv_write(&k->usage.day, csv, sizeof csv);
    /* The folder, if it is not there yet (one level, as a mkdir). */
    mkdir(k->settings.analytics_dir, 0755);
    if (n && day_path(k, a->day, path, sizeof path) && atomic_file_write(path, csv, n))
        complaint_ok(&a->trouble);
    else
        complaint_failed(&a->trouble, k->now_ms, n ? strerror(errno) : "too many counters");
}

/* A file that cannot be read back is kept aside, not overwritten. */
static void set_aside(const char *path, const char *why)
{
    char bad[LIMIT_SETTING_TEXT + 40];
    snprintf(bad, sizeof bad, "%s.bad", path);
    log_error("%s: %s; today is counted from 0 (the file is now %s)", path, why, bad);
    rename(path, bad);
}

static void read_back(kiosk_t *k, const char *path)
{
    static char text[USAGE_CSV_MAX + 1];
    regfile_t r = regfile_read(path, text, USAGE_CSV_MAX);
    char why[160];
    uint32_t line = 0;
    if (r.status == REGFILE_OPEN_FAILED && r.err == ENOENT) return;
    if (r.status != REGFILE_OK) {
        regfile_describe(&r, USAGE_CSV_MAX, NULL, why, sizeof why);
        set_aside(path, why);
        return;
    }
    if (!usage_csv_read(text, r.size, &k->usage.day, &line, why, sizeof why)) {
        char where[200];
        snprintf(where, sizeof where, "line %u: %s", line, why);
        memset(&k->usage.day, 0, sizeof k->usage.day);
        set_aside(path, where);
        return;
    }
    log_info("visitor counts of today read back from %s", path);
}

void analytics_start(analytics_t *a, kiosk_t *k)
{
    *a = (analytics_t){0};
    complaint_init(&a->trouble, "analytics_dir");
    if (!k->settings.analytics_dir[0]) return;
    wall_local_day(kiosk_wall_ms(k), a->day, &a->hour);
    char path[LIMIT_SETTING_TEXT + 32];
    if (day_path(k, a->day, path, sizeof path)) read_back(k, path);
}

void analytics_poll(analytics_t *a, kiosk_t *k)
{
    if (!k->settings.analytics_dir[0] || k->now_ms < a->next_look_ms) return;
    a->next_look_ms = k->now_ms + ANALYTICS_LOOK_MS;
    char day[11];
    uint32_t hour;
    wall_local_day(kiosk_wall_ms(k), day, &hour);
    if (hour == a->hour && strcmp(day, a->day) == 0) return;
    write_day(a, k); /* the hour's checkpoint, or the old day's last */
    a->hour = hour;
    if (strcmp(day, a->day) == 0) return;
    memcpy(a->day, day, sizeof a->day);
    usage_new_day(&k->usage, k->now_ms);
}

void analytics_finish(analytics_t *a, kiosk_t *k)
{
    if (k->settings.analytics_dir[0]) write_day(a, k);
}
