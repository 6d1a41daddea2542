/* hash.h - a 64-bit FNV-1a over bytes: a cheap fingerprint, to tell a
 * file republished byte for byte from a changed one (not for security).
 * http://www.isthe.com/chongo/tech/comp/fnv/ */
#ifndef KIOSK_HASH_H
#define KIOSK_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t hash_fnv1a64(const void *bytes, size_t size);

#endif
