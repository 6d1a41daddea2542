/* reading.h - how long a slide needs to be read, in the language on show.
 *
 * Attract mode shows each slide as long as a visitor needs to read it:
 *
 *     seconds = ceil(words * 60 / wpm) + READING_LOOK_SECONDS,
 *               never under the floor (reading_min_ms), never over
 *               LIMIT_SLIDE_SECONDS_MAX
 *
 * where `words` counts every word the slide puts before a visitor in that
 * language (reading_slide_words: its heading, title, dates, texts and the
 * labels of its figures; not the footer's hints). The result is whole
 * seconds, rounded up: a curator reads "16 s" in --list, and rounding up
 * never gives a reader less than the rate.
 *
 * A slide's own `seconds`, or a fixed `slide_seconds` for every slide,
 * replaces this rule (deck.c); the rule is only the default.
 */
#ifndef KIOSK_READING_H
#define KIOSK_READING_H

#include <stdint.h>

#include "deck.h"
#include "lang.h"

/* 180 words a minute: a reader of average speed standing at a wall reads
 * slower than at a desk (200-250 wpm seated); 180 leaves room for the
 * second language of many visitors and for reading glasses. */
#define READING_DEFAULT_WPM 180u
/* The shortest slide time, whatever the count: a title of three words
 * still needs the look below, and a wall changing every 5 s is restless. */
#define READING_DEFAULT_MIN_MS 8000u
/* Seconds to look before and after reading: the crossfade takes 0.5 s,
 * then the eye has to find where the slide starts and take in its figure
 * (the timeline, the era bands, the goods lists) before the first word,
 * and a reader who has finished wants a moment before it goes. */
#define READING_LOOK_SECONDS 4u

/* Words in a text: runs of characters between spaces (and line ends)
 * holding at least one letter or digit, so a lone "–" or "·" is no word.
 * Letters are ASCII's and every other character but the Latin-1 signs
 * (U+0080-U+00BF: ¿ ¡ « » ·) and general punctuation (U+2000-U+207F:
 * – — • …), so é, ñ and ü are letters. */
uint32_t reading_words(const char *text);

/* Every word slide `s` shows a visitor in `lang` (see the top). */
uint32_t reading_slide_words(const content_t *content, const slide_t *s,
                             lang_t lang);

/* The time rule above, in milliseconds; wpm > 0 (asserted). */
uint32_t reading_ms(uint32_t words, uint32_t wpm, uint32_t min_ms);

#endif
