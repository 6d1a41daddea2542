/* voice.h - espeak-ng, the synthesiser the narration speaks with.
 *
 * One voice per language: Latin American Spanish ("es-419", the Mexican
 * visitor's) and English ("en"). espeak-ng keeps global state and is not
 * thread-safe: after voice_open, only one thread at a time may call
 * voice_synth (the speech worker on the wall, the main thread headless).
 * The samples come as 16-bit mono at voice_sample_rate(), in chunks of
 * at most VOICE_CHUNK_MS, to a sink that may stop the synthesis.
 */
#ifndef KIOSK_VOICE_H
#define KIOSK_VOICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/lang.h"

/* The length of one chunk handed to the sink: short enough that a stop
 * is heard at once, long enough that the callback is cheap. */
#define VOICE_CHUNK_MS 50

/* Takes `count` samples; returns false to stop the synthesis (the text
 * was replaced or stopped). */
typedef bool (*voice_sink_t)(const int16_t *samples, size_t count, void *ctx);

/* Loads espeak-ng's data and checks both voices, at `rate` words a
 * minute. False, with the reason in why, when either is missing. */
bool voice_open(uint32_t rate, char *why, size_t cap);

/* Samples a second: espeak-ng's voices are all made at this rate, so the
 * sound device can be opened before the voices are loaded. */
#define VOICE_SAMPLE_RATE 22050u
uint32_t voice_sample_rate(void);

/* Synthesises a UTF-8 text in the language's voice into the sink, and
 * returns when it is done or the sink said stop. False on a synthesiser
 * error (logged). */
bool voice_synth(const char *text, lang_t lang, voice_sink_t sink, void *ctx);

void voice_close(void);

#endif
