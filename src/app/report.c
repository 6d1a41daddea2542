/* report.c - the visitor counts of a range of days, as text; see
 * report.h. */
#include "report.h"

#include <dirent.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../platform/regfile.h"
#include "report_chart.h"

/* Ten years of days: more files than that in one folder are not ours. */
#define REPORT_MAX_DAYS 3660

static char days[REPORT_MAX_DAYS][11];

/* "YYYY-MM-DD.csv": a day's file; the date into day[0..11). */
static bool day_file(const char *name, char day[11])
{
    static const char shape[] = "dddd-dd-dd.csv";
    if (strlen(name) != sizeof shape - 1) return false;
    for (size_t i = 0; shape[i]; i++) {
        bool digit = name[i] >= '0' && name[i] <= '9';
        if (shape[i] == 'd' ? !digit : name[i] != shape[i]) return false;
    }
    memcpy(day, name, 10);
    day[10] = '\0';
    return true;
}

static bool in_range(const char *day, const report_args_t *a)
{
    return (!a->from || strcmp(day, a->from) >= 0) && (!a->to || strcmp(day, a->to) <= 0);
}

static int by_date(const void *a, const void *b) { return strcmp(a, b); }

/* The days of the range that have a file, in order; -1 when the folder
 * cannot be read. */
static int list_days(const report_args_t *a)
{
    DIR *d = opendir(a->dir);
    if (!d) return -1;
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) && n < REPORT_MAX_DAYS;)
        if (day_file(e->d_name, days[n]) && in_range(days[n], a)) n++;
    closedir(d);
    qsort(days, (size_t)n, sizeof days[0], by_date);
    return n;
}

/* Adds each day's file to *total; false (each problem printed) when one
 * is bad. */
static bool add_days(const report_args_t *a, int n, usage_day_t *total)
{
    static char text[USAGE_CSV_MAX + 1];
    bool ok = true;
    for (int i = 0; i < n; i++) {
        char path[4096], why[200];
        uint32_t line = 0;
        snprintf(path, sizeof path, "%s/%.10s.csv", a->dir, days[i]);
        regfile_t r = regfile_read(path, text, USAGE_CSV_MAX);
        if (r.status != REGFILE_OK) {
            regfile_describe(&r, USAGE_CSV_MAX, NULL, why, sizeof why);
            fprintf(stderr, "%s: %s\n", path, why);
            ok = false;
        } else if (!usage_csv_read(text, r.size, total, &line, why, sizeof why)) {
            fprintf(stderr, "%s:%u: %s\n", path, line, why);
            ok = false;
        }
    }
    return ok;
}

static uint64_t slide_total_ms(const usage_day_t *d, uint32_t s)
{
    uint64_t ms = 0;
    for (int l = 0; l < LANG_COUNT; l++) ms += d->slide_ms[s][l];
    return ms;
}

/* The slides with time on show, most read first (ties: the earlier
 * slide first); their number. */
static uint32_t rank_slides(const usage_day_t *d, uint32_t count, uint32_t *order)
{
    uint32_t n = 0;
    for (uint32_t s = 0; s < count; s++)
        if (slide_total_ms(d, s)) order[n++] = s;
    for (uint32_t i = 1; i < n; i++) /* insertion sort: at most LIMIT_SLIDES */
        for (uint32_t j = i; j > 0 && slide_total_ms(d, order[j]) > slide_total_ms(d, order[j - 1]); j--) {
            uint32_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    return n;
}

static void print_visits(const usage_day_t *d)
{
    uint64_t avg = d->visits ? d->visit_ms / d->visits : 0;
    printf("visits: %u, %" PRIu64 " s in all, %" PRIu64 " s on average\n",
           d->visits, d->visit_ms / 1000u, avg / 1000u);
    printf("visits by length:");
    for (uint32_t b = 0; b < USAGE_BANDS; b++)
        printf(" up to %u s: %u,", usage_band_upper_s[b], d->visit_bands[b]);
    printf(" longer: %u\n", d->visit_bands[USAGE_BANDS]);
    printf("language switches: %u\n", d->language_switches);
}

static void print_slides(const kiosk_t *k, const usage_day_t *d,
                         const uint32_t *order, uint32_t n)
{
    printf("most-read slides (seconds on show during visits, shows):\n");
    printf("slide  seconds  shows  es s  en s  title\n");
    for (uint32_t i = 0; i < n; i++) {
        uint32_t s = order[i];
        char title[512] = "";
        if (s < k->deck.count)
            deck_slide_title(&k->deck, &k->content, s, k->sm.lang, title, sizeof title);
        printf("%5u  %7" PRIu64 "  %5u  %4" PRIu64 "  %4" PRIu64 "  %s\n", s + 1,
               slide_total_ms(d, s) / 1000u,
               d->slide_shows[s][LANG_ES] + d->slide_shows[s][LANG_EN],
               d->slide_ms[s][LANG_ES] / 1000u, d->slide_ms[s][LANG_EN] / 1000u, title);
    }
}

static void print_hours(const usage_day_t *d)
{
    printf("per hour of the day (visits begun, actions):\n");
    printf(" hour  visits  actions\n");
    for (uint32_t h = 0; h < USAGE_HOURS; h++)
        if (d->visits_began[h] || d->actions[h])
            printf("%02u:00  %6u  %7u\n", h, d->visits_began[h], d->actions[h]);
}

int report_run(const kiosk_t *k, const report_args_t *a)
{
    static usage_day_t total;
    static uint32_t order[LIMIT_SLIDES];
    int n = list_days(a);
    if (n < 0) {
        perror(a->dir);
        return 1;
    }
    if (n == 0) {
        fprintf(stderr, "%s: no day's counts (YYYY-MM-DD.csv) in the range\n", a->dir);
        return 1;
    }
    if (!add_days(a, n, &total)) return 1;
    char title[64];
    snprintf(title, sizeof title, "%s to %s, %d day%s", days[0], days[n - 1], n,
             n == 1 ? "" : "s");
    printf("visitor counts, %s\n", title);
    print_visits(&total);
    uint32_t ranked = rank_slides(&total, LIMIT_SLIDES, order);
    print_slides(k, &total, order, ranked);
    print_hours(&total);
    char chart[4096];
    snprintf(chart, sizeof chart, "%s/report.png", a->dir);
    const char *path = a->chart ? a->chart : chart;
    if (!report_chart_save(k, &total, order, ranked, title, path)) return 1;
    printf("chart: %s\n", path);
    return 0;
}
