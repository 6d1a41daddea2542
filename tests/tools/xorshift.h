/* xorshift.h - xorshift64* (Vigna): the seeded random numbers of the
 * random-input tests and the soak. Fast, 64 bits of state, and the same
 * sequence on every machine, so a failing seed can be replayed. */
#ifndef TESTS_XORSHIFT_H
#define TESTS_XORSHIFT_H

#include <stdint.h>

static inline uint64_t xorshift_next(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * 0x2545F4914F6CDD1Dull;
}

/* Uniform in [0, n) from the high bits (the modulo bias does not matter
 * for picking keys and gaps). */
static inline uint32_t xorshift_below(uint64_t *state, uint32_t n)
{
    return (uint32_t)(xorshift_next(state) >> 33) % n;
}

#endif
