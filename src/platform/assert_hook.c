/* assert_hook.c - what a failed KIOSK_ASSERT does on the kiosk: one line
 * on stderr with the file, the line and the condition, then exit with
 * KIOSK_EXIT_ASSERT, which journald keeps and after which systemd
 * (Restart=always) starts the kiosk again; see kiosk_assert.h. */
#include <stdio.h>
#include <stdlib.h>

#include "../core/kiosk_assert.h"

_Noreturn void kiosk_assert_fail(const char *file, int line, const char *cond)
{
    /* Straight to stderr, not through log_line: its rate limit may drop a
     * line, and this one must reach the journal. */
    fprintf(stderr, "kiosk error: %s:%d: assertion failed: %s\n", file, line,
            cond);
    /* _Exit, not exit: the state is broken, so no atexit handler (SDL's
     * teardown) runs on it. stderr is unbuffered: the line is out. */
    _Exit(KIOSK_EXIT_ASSERT);
}
