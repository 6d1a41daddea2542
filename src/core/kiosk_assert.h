/* kiosk_assert.h - KIOSK_ASSERT(cond): a precondition checked in every
 * build, release included.
 *
 * Not assert(): NDEBUG must not remove it. A kiosk runs for months; an
 * invariant broken in silence (an index past a table, a division by a zero
 * duration, an append past a fixed capacity) draws garbage or corrupts
 * memory for as long as nobody looks, whereas a stop is logged with its
 * file and line and the service manager starts the kiosk again
 * (Restart=always). So a failed assertion calls kiosk_assert_fail(), the
 * one function the core takes from outside itself and the C library
 * (tests/check_core.sh holds it to that): the platform defines it
 * (src/platform/assert_hook.c: log the line, exit KIOSK_EXIT_ASSERT), the
 * unit tests and the fuzz targets define their own to catch it.
 *
 * Only for true invariants, what valid input can never break: an assertion
 * that fires on content the loader accepted would be a crash loop on the
 * wall. Input is checked by the loaders, with messages; an assertion says
 * that the code after them relies on that check.
 */
#ifndef KIOSK_ASSERT_H
#define KIOSK_ASSERT_H

/* The exit status of a failed assertion: EX_SOFTWARE of <sysexits.h>, "an
 * internal software error", told apart from a bad command line (64) or
 * content (1) in the journal and by systemd, which restarts the kiosk. */
#define KIOSK_EXIT_ASSERT 70

/* Reports "file:line: assertion failed: cond" and ends the program (or, in
 * a test, the test). Never returns. */
_Noreturn void kiosk_assert_fail(const char *file, int line, const char *cond);

#define KIOSK_ASSERT(cond)                                                 \
    ((cond) ? (void)0 : kiosk_assert_fail(__FILE__, __LINE__, #cond))

#endif
