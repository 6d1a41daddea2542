/* fuzz_settings.c - libFuzzer target: settings_load() on arbitrary bytes.
 *
 * The settings file is read whole into a buffer and handed over with its
 * size; here each input is that buffer, copied to the heap at its exact
 * size (no NUL after it), so that AddressSanitizer sees any read past it.
 *
 * Checked on every input:
 *   - it never crashes, hangs or reads out of bounds;
 *   - the report is consistent: kept <= total, kept <= LIMIT_ERRORS, every
 *     kept message NUL-terminated within its capacity, lines in the file;
 *   - true is returned exactly when nothing was reported;
 *   - whatever the file said, every setting stays within its documented
 *     range (a bad value keeps its default), so the kiosk always runs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/settings.h"

#include "fuzz_check.h"

static settings_t settings;
static content_report_t report;

static uint32_t lines_in(const uint8_t *data, size_t n)
{
    uint32_t lines = 1;
    for (size_t i = 0; i < n; i++) lines += data[i] == '\n';
    return lines;
}

static void check_report(bool ok, const uint8_t *data, size_t n)
{
    CHECK(report.kept <= report.total, "kept %u of %u", report.kept, report.total);
    CHECK(report.kept <= LIMIT_ERRORS, "kept %u", report.kept);
    CHECK(ok == (report.total == 0), "returned %d with %u errors", ok, report.total);
    for (uint32_t i = 0; i < report.kept; i++) {
        const content_error_t *e = &report.errors[i];
        CHECK(memchr(e->message, '\0', sizeof e->message) != NULL,
              "error %u not terminated", i);
        CHECK(e->message[0] != '\0', "error %u empty", i);
        CHECK(e->line >= 1 && e->line <= lines_in(data, n),
              "error %u on line %u of %u", i, e->line, lines_in(data, n));
    }
}

static void check_ranges(void)
{
    const settings_t *s = &settings;
    CHECK(memchr(s->content, '\0', sizeof s->content) != NULL, "content path not terminated");
    CHECK(s->lang < LANG_COUNT, "lang %d", (int)s->lang);
    CHECK(s->slide_ms == 0 || (s->slide_ms >= 1000 && s->slide_ms <= 3600000),
          "slide_ms %u", (unsigned)s->slide_ms);
    CHECK(s->idle_timeout_ms >= 5000 && s->idle_timeout_ms <= 3600000,
          "idle_timeout_ms %u", (unsigned)s->idle_timeout_ms);
    CHECK(s->pause_timeout_ms <= 86400000, "pause_timeout_ms %u",
          (unsigned)s->pause_timeout_ms);
    CHECK(s->transition_ms <= 5000, "transition_ms %u", (unsigned)s->transition_ms);
    CHECK(s->rotate == 0 || s->rotate == 90 || s->rotate == 180 || s->rotate == 270,
          "rotate %d", (int)s->rotate);
    CHECK(s->staff_wake_ms >= 60000 && s->staff_wake_ms <= 120u * 60000u,
          "staff_wake_ms %u", (unsigned)s->staff_wake_ms);
    CHECK(s->log_level <= SETTINGS_LOG_INFO, "log_level %d", (int)s->log_level);
    CHECK(s->exit_chord.mods != 0 && s->exit_chord.key[0] != '\0',
          "exit chord mods %u key '%.16s'", (unsigned)s->exit_chord.mods,
          s->exit_chord.key);
    CHECK(memchr(s->exit_chord.key, '\0', sizeof s->exit_chord.key) != NULL,
          "exit chord key not terminated");
    CHECK(s->exit_hold_ms >= 1000 && s->exit_hold_ms <= 30000, "exit_hold_ms %u",
          (unsigned)s->exit_hold_ms);
    for (int d = 0; d < 7; d++) {
        CHECK(s->hours.count[d] <= LIMIT_HOURS_RANGES, "day %d has %d ranges", d,
              (int)s->hours.count[d]);
        for (int i = 0; i < s->hours.count[d]; i++)
            CHECK(s->hours.day[d][i].from < s->hours.day[d][i].to &&
                      s->hours.day[d][i].to <= 1440,
                  "day %d range %d: %d to %d", d, i, (int)s->hours.day[d][i].from,
                  (int)s->hours.day[d][i].to);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size ? size : 1);
    if (!text) abort();
    memcpy(text, data, size);
    settings_defaults(&settings);
    bool ok = settings_load(text, size, NULL, &settings, &report);
    check_report(ok, data, size);
    check_ranges();
    free(text);
    return 0;
}
