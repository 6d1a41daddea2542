/* narrate.h - the kiosk's narration: the core's narrator (what to say,
 * when) wired to the platform's speech (saying it), and --narrate DIR. */
#ifndef KIOSK_NARRATE_H
#define KIOSK_NARRATE_H

#include <stdbool.h>

#include "../core/sm.h"
#include "../platform/speech.h"

struct kiosk;

/* Opens the voice for the settings' narration mode, on the sound card or
 * the simulated clock. No voice or no sound device: narration is off,
 * one log line says why, and the kiosk goes on (no speaker button). */
void narrate_open(struct kiosk *k, speech_output_t output);

/* After every event the machine took: speak, stop or go on (and, on the
 * simulated clock, time passes for the speech too). */
void narrate_follow(struct kiosk *k, sm_event_kind_t event, uint64_t elapsed_ms);

/* The slide on show is being read, in the language on show. */
bool narrate_speaking(const struct kiosk *k);

void narrate_close(struct kiosk *k);

/* --headless --narrate DIR: every slide in the kiosk's language as
 * DIR/slide-NNN.wav. Exit status: 0, or 1 when the voice or a file
 * failed. */
int run_narrate(struct kiosk *k, const char *dir);

#endif
