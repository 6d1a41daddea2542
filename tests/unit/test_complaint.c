/* test_complaint.c - a failure that repeats (a metrics folder gone, a
 * panel command failing every night) is logged once, then at most every
 * COMPLAINT_EVERY_MS with the count of the unlogged ones, and its end
 * once; every failure is counted for the metrics. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "stderr_lines.h"

#include "app/complaint.h"

static void test_once_then_every_ten_minutes(void **state)
{
    (void)state;
    char path[] = "/tmp/kiosk-test-complaint-XXXXXX";
    assert_true(stderr_to_temp(path));
    complaint_t c;
    complaint_init(&c, "metrics_file");
    /* A write every 5 s for 10 minutes less 5 s: 120 failures, 1 line. */
    uint64_t t = 1000;
    for (int i = 0; i < 120; i++, t += 5000) complaint_failed(&c, t, "No such file or directory");
    assert_int_equal(lines_containing(path, "metrics_file: No such file or directory"), 1);
    assert_int_equal(c.total, 120);
    /* 10 minutes after the first: the second line, with the 119 between. */
    complaint_failed(&c, 1000 + COMPLAINT_EVERY_MS, "No such file or directory");
    assert_int_equal(lines_containing(path, "(and 119 times since the last report)"), 1);
    assert_int_equal(c.total, 121);
    /* It works again: said once, not at every success. */
    complaint_ok(&c);
    complaint_ok(&c);
    assert_int_equal(lines_containing(path, "metrics_file: works again"), 1);
    /* A new failure after that is logged at once. */
    complaint_failed(&c, 1000 + COMPLAINT_EVERY_MS + 5000, "Permission denied");
    assert_int_equal(lines_containing(path, "metrics_file: Permission denied"), 1);
    assert_int_equal(c.total, 122);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_once_then_every_ten_minutes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
