/* test_log.c - the log's rate limit, on a clock the test moves. */
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

#include "platform/log.h"

static uint64_t fake_now;
static uint64_t fake_clock(void) { return fake_now; }

static void test_burst_then_one_a_second(void **state)
{
    (void)state;
    char path[] = "/tmp/kiosk-test-log-XXXXXX";
    assert_true(stderr_to_temp(path));
    log_set_clock(fake_clock);
    fake_now = 1000;
    for (int i = 0; i < 200; i++) log_error("line %d", i);
    /* The burst: 60 lines, the other 140 dropped. */
    assert_int_equal(lines_containing(path, "kiosk error: line"), 60);
    /* Ten seconds later: ten more, and the count of what was dropped. */
    fake_now += 10000;
    for (int i = 0; i < 50; i++) log_error("later %d", i);
    assert_int_equal(lines_containing(path, "kiosk error: later"), 10);
    assert_int_equal(lines_containing(path, "140 log lines dropped"), 1);
    /* A month of one line a minute is never limited. */
    fake_now += 3600000;
    for (int m = 0; m < 1000; m++) {
        fake_now += 60000;
        log_info("minute %d", m);
    }
    assert_int_equal(lines_containing(path, "kiosk info: minute"), 1000);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_burst_then_one_a_second),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
