/* fade.h - the crossfade between two slides, in one framebuffer: each
 * frame moves the picture on the panel part of the way toward the new
 * slide, so a fade needs the new slide and nothing else (the old one is
 * what the panel shows). A tight loop over the pixels is what makes a
 * software crossfade fast enough: SDL_RenderCopy with alpha took 29 ms a
 * 1080p frame in software (DESIGN.md). */
#ifndef KIOSK_FADE_H
#define KIOSK_FADE_H

#include <stddef.h>
#include <stdint.h>

/* How far a fade of `duration_ms` is after `elapsed_ms`: 0..256. */
uint32_t fade_weight(uint64_t elapsed_ms, uint32_t duration_ms);

/* The weight of the one step that takes a picture `shown`/256 of the way
 * from the old slide to `target`/256 of the way: the share of what is
 * left to go. 256 when target is 256 (the step lands on the new slide). */
uint32_t fade_step_weight(uint32_t shown, uint32_t target);

/* picture[i] moved `weight`/256 of the way toward to[i], per 8-bit
 * channel of XRGB8888 pixels (256: to[i] exactly; 0: unchanged). The two
 * must not overlap. */
void fade_toward(uint32_t *restrict picture, const uint32_t *restrict to,
                 size_t n, uint32_t weight);

/* A fade moves only the parts of the picture where the two slides
 * differ: a row is cut into at most FADE_CHUNKS chunks of `chunk`
 * pixels, and a row's mask has bit c set when chunk c differs. Slides
 * share their background, so at 1080p about a third of the chunks do. */
#define FADE_CHUNKS 64u

/* The chunk width for a row of `width` pixels: at least 64, a multiple
 * of 8, and no more than FADE_CHUNKS chunks a row. */
uint32_t fade_chunk_width(uint32_t width);

/* Which chunks of a row of n pixels differ between a and b. */
uint64_t fade_row_changes(const uint32_t *a, const uint32_t *b, size_t n,
                          uint32_t chunk);

#endif
