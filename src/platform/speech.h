/* speech.h - the kiosk's voice: a text read aloud, stopped, or done.
 *
 * On the wall (SPEECH_DEVICE) the text is synthesised by a worker thread
 * into a fixed ring buffer that SDL's audio callback drains to the sound
 * device: speech_say and speech_stop only hand over a text or a stop and
 * return at once, so the main loop and its watchdog pings never wait for
 * the synthesiser (speech_device.c says why that design).
 *
 * Headless (SPEECH_SIMULATED) there is no sound device: the text is
 * synthesised at once, only to know how long it lasts, and "plays" on the
 * simulated clock (speech_advance), so that a script's `expect speaking`
 * gives the same answer on every machine.
 *
 * One voice for the process: speech_open once, speech_close at the end.
 */
#ifndef KIOSK_SPEECH_H
#define KIOSK_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/lang.h"

typedef enum {
    SPEECH_DEVICE,    /* the sound card, in real time */
    SPEECH_SIMULATED, /* headless: the simulated clock */
} speech_output_t;

typedef struct {
    uint32_t volume; /* percent of full scale, 0 to 100 */
    uint32_t rate;   /* words a minute, 80 to 450 */
} speech_config_t;

/* Loads the voices and, for SPEECH_DEVICE, makes sure a sound device
 * opens. False, with the reason in why, when narration cannot be had:
 * the kiosk goes on without it. */
bool speech_open(speech_output_t output, speech_config_t config, char *why,
                 size_t cap);

/* Stops whatever is being said and starts reading `text` (UTF-8, at most
 * NARRATION_TEXT_MAX bytes) in the language's voice. */
void speech_say(const char *text, lang_t lang);

/* Stops at once: what is left of the text is never heard. */
void speech_stop(void);

/* True from speech_say until the last sample has played (or a stop). */
bool speech_speaking(void);

/* SPEECH_SIMULATED: the simulated clock moved on by ms. */
void speech_advance(uint64_t ms);

void speech_close(void);

/* Headless --narrate: `text` in the language's voice into a WAV file
 * (16-bit mono PCM); *seconds is its length. Needs speech_open (either
 * output). False (logged) when the file cannot be written. */
bool speech_write_wav(const char *text, lang_t lang, const char *path,
                      double *seconds);

#endif
