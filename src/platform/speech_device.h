/* speech_device.h - speech.h's SPEECH_DEVICE output: a worker thread, a
 * fixed ring buffer, SDL audio. Only speech.c includes it. */
#ifndef KIOSK_SPEECH_DEVICE_H
#define KIOSK_SPEECH_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/lang.h"

bool speech_device_open(uint32_t volume, uint32_t sample_rate, char *why,
                        size_t cap);
void speech_device_say(const char *text, lang_t lang);
void speech_device_stop(void);
bool speech_device_speaking(void);
void speech_device_close(void);

#endif
