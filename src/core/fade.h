/* fade.h - the crossfade between two slides: a weighted mix of two
 * framebuffers, row by row. A tight loop over the two pictures is what
 * makes a software crossfade fast enough: SDL_RenderCopy with alpha took
 * 29 ms a 1080p frame in software (DESIGN.md). */
#ifndef KIOSK_FADE_H
#define KIOSK_FADE_H

#include <stddef.h>
#include <stdint.h>

/* How far a fade of `duration_ms` is after `elapsed_ms`: 0..256. */
uint32_t fade_weight(uint64_t elapsed_ms, uint32_t duration_ms);

/* out[i] = from[i] mixed with to[i], `weight`/256 of the way to `to`, per
 * 8-bit channel of XRGB8888 pixels. out may be from or to. */
void fade_mix(const uint32_t *from, const uint32_t *to, uint32_t *out,
              size_t n, uint32_t weight);

#endif
