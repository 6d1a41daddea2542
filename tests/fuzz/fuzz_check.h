/* fuzz_check.h - a fuzz target's invariants: CHECK(cond, fmt, ...) says
 * which one failed, where, and why (printf-style), then aborts, so that
 * libFuzzer keeps the input that broke it; so does a KIOSK_ASSERT of the
 * core. Every target includes this. */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#include "core/kiosk_assert.h"

#define CHECK(cond, ...)                                                   \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "invariant failed: %s (%s:%d)\n  ", #cond,     \
                    __FILE__, __LINE__);                                   \
            fprintf(stderr, __VA_ARGS__);                                  \
            fputc('\n', stderr);                                           \
            abort();                                                       \
        }                                                                  \
    } while (0)

/* The core's own KIOSK_ASSERT failing under the fuzzer: said as a failed
 * invariant, then abort, so that libFuzzer keeps the input. (Each target is
 * one file that includes this once: the definition is its own.) */
_Noreturn void kiosk_assert_fail(const char *file, int line, const char *cond)
{
    fprintf(stderr, "invariant failed: KIOSK_ASSERT(%s) (%s:%d)\n", cond, file,
            line);
    abort();
}

#endif
