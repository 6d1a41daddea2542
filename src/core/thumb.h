/* thumb.h - thumbnails of a slide, for the curators' contact sheet.
 *
 * A thumbnail is the slide shrunk by a whole factor with a box filter:
 * every thumbnail pixel is the average of a factor x factor block. A whole
 * factor keeps text strokes evenly weighted (no block straddles two source
 * pixels unequally), and the average is what makes small text still look
 * like text rather than a scatter of sampled dots.
 */
#ifndef KIOSK_THUMB_H
#define KIOSK_THUMB_H

#include <stdint.h>

/* The width a contact sheet aims at for each thumbnail, and the range a
 * whole factor may land in (a 1080-wide portrait panel cannot hit 640).
 * 640 is a third of a 1920x1080 slide: its 60 px headline shrinks to 20 px
 * and its 47 px body text to 16, both still read on a sheet; at a fifth
 * (384) the headline was 12 px and the text a grey blur. */
#define THUMB_TARGET_W 640
#define THUMB_MIN_W 480
#define THUMB_MAX_W 960

/* The whole factor that shrinks a panel_w wide slide nearest to
 * THUMB_TARGET_W, nudged into THUMB_MIN_W..THUMB_MAX_W when a whole factor
 * can get there; never below 1 (a small panel is shown at its own size). */
int thumb_factor(int panel_w);

/* Shrinks src (sw x sh XRGB8888 pixels, rows src_pitch_px pixels apart) by
 * `factor` into dst, (sw / factor) x (sh / factor) pixels, rows packed.
 * Each of the four bytes of a pixel is averaged on its own over its
 * factor x factor block, rounded to nearest. The right and bottom
 * remainders (sw % factor, sh % factor) are dropped. */
void thumb_downscale(const uint32_t *src, int sw, int sh, int src_pitch_px,
                     int factor, uint32_t *dst);

#endif
