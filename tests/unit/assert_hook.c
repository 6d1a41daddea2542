/* assert_hook.c - kiosk_assert_fail for the unit tests, which link the
 * core alone: a failed KIOSK_ASSERT is reported to cmocka, so that a test
 * can expect one (expect_assert_failure) and any other fails the test
 * with the file, line and condition, instead of ending the program. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>

#include "core/kiosk_assert.h"

_Noreturn void kiosk_assert_fail(const char *file, int line, const char *cond)
{
    /* cmocka jumps out of mock_assert (back to expect_assert_failure, or
     * to the test runner, which fails the test); it never returns. */
    mock_assert(0, cond, file, line);
    abort();
}
