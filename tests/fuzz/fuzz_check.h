/* fuzz_check.h - a fuzz target's invariants: CHECK(cond, fmt, ...) says
 * which one failed, where, and why (printf-style), then aborts, so that
 * libFuzzer keeps the input that broke it. Every target includes this. */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

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

#endif
