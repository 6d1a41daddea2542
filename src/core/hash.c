/* hash.c - 64-bit FNV-1a; see hash.h. */
#include "hash.h"

#define FNV64_OFFSET_BASIS 0xcbf29ce484222325ull
#define FNV64_PRIME 0x100000001b3ull

uint64_t hash_fnv1a64(const void *bytes, size_t size)
{
    const unsigned char *p = bytes;
    uint64_t h = FNV64_OFFSET_BASIS;
    for (size_t i = 0; i < size; i++) {
        h ^= p[i];
        h *= FNV64_PRIME;
    }
    return h;
}
