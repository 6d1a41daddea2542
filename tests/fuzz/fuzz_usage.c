/* fuzz_usage.c - libFuzzer target: usage_csv_read() on arbitrary bytes
 * (a day's visitor counts read back at start, and by --report).
 *
 * Each input is copied to the heap at its exact size (no NUL after it),
 * so that AddressSanitizer sees any read past it. Checked on every input:
 *   - it never crashes, hangs or reads out of bounds;
 *   - a refusal names a line of the input and says why;
 *   - what it accepts, written back (usage_csv_write) always fits
 *     USAGE_CSV_MAX and reads back to the very same counters: the file
 *     the kiosk writes is one it can read.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/usage.h"

#include "fuzz_check.h"

static usage_day_t day, again;
static char csv[USAGE_CSV_MAX];

static uint32_t lines_in(const uint8_t *data, size_t n)
{
    uint32_t lines = 1;
    for (size_t i = 0; i < n; i++) lines += data[i] == '\n';
    return lines;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size ? size : 1);
    if (!text) abort();
    memcpy(text, data, size);
    memset(&day, 0, sizeof day);
    uint32_t line = 0;
    char why[160] = "";
    if (!usage_csv_read(text, size, &day, &line, why, sizeof why)) {
        CHECK(line >= 1 && line <= lines_in(data, size), "refused on line %u of %u",
              line, lines_in(data, size));
        CHECK(why[0] != '\0' && memchr(why, '\0', sizeof why), "no reason");
        free(text);
        return 0;
    }
    size_t n = usage_csv_write(&day, csv, sizeof csv);
    CHECK(n > 0, "accepted counters do not fit USAGE_CSV_MAX");
    memset(&again, 0, sizeof again);
    CHECK(usage_csv_read(csv, n, &again, &line, why, sizeof why),
          "its own CSV refused on line %u: %s", line, why);
    CHECK(memcmp(&day, &again, sizeof day) == 0, "written and read back, the counters differ");
    free(text);
    return 0;
}
