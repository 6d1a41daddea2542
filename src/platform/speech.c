/* speech.c - speech.h: the device output (speech_device.c) or the
 * simulated one, and WAV files for --narrate. */
#include "speech.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "log.h"
#include "speech_device.h"
#include "voice.h"

static speech_output_t output;
static bool opened;
static uint64_t simulated_left_ms; /* SPEECH_SIMULATED: what is left to say */

bool speech_open(speech_output_t out, speech_config_t config, char *why,
                 size_t cap)
{
    output = out;
    /* The sound device first: a kiosk without one loads no voices (their
     * data is a megabyte of memory for nothing). */
    if (out == SPEECH_DEVICE &&
        !speech_device_open(config.volume, VOICE_SAMPLE_RATE, why, cap))
        return false;
    if (!voice_open(config.rate, why, cap)) {
        if (out == SPEECH_DEVICE) speech_device_close();
        return false;
    }
    opened = true;
    return true;
}

/* ---------------------------------------------------------- simulated */

static bool count_samples(const int16_t *samples, size_t count, void *ctx)
{
    (void)samples;
    *(uint64_t *)ctx += count;
    return true;
}

/* How long the text lasts in the voice, to the millisecond. */
static uint64_t spoken_ms(const char *text, lang_t lang)
{
    uint64_t samples = 0;
    voice_synth(text, lang, count_samples, &samples);
    return samples * 1000u / voice_sample_rate();
}

/* --------------------------------------------------------------- api */

void speech_say(const char *text, lang_t lang)
{
    if (!opened) return;
    if (output == SPEECH_DEVICE) speech_device_say(text, lang);
    else simulated_left_ms = spoken_ms(text, lang);
}

void speech_stop(void)
{
    if (!opened) return;
    if (output == SPEECH_DEVICE) speech_device_stop();
    else simulated_left_ms = 0;
}

bool speech_speaking(void)
{
    if (!opened) return false;
    return output == SPEECH_DEVICE ? speech_device_speaking()
                                   : simulated_left_ms > 0;
}

void speech_advance(uint64_t ms)
{
    simulated_left_ms = ms >= simulated_left_ms ? 0 : simulated_left_ms - ms;
}

void speech_close(void)
{
    if (!opened) return;
    if (output == SPEECH_DEVICE) speech_device_close();
    voice_close();
    opened = false;
}

/* -------------------------------------------------------------- WAV */

typedef struct {
    FILE *f;
    uint32_t samples;
    bool ok;
} wav_t;

static void put_u32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/* RIFF, fmt (PCM, mono, 16 bits) and data headers: 44 bytes. */
static bool write_header(FILE *f, uint32_t rate, uint32_t samples)
{
    unsigned char h[44] = "RIFF....WAVEfmt ....\1\0\1\0........\2\0\20\0data....";
    put_u32(h + 4, 36u + samples * 2u);
    put_u32(h + 16, 16u);
    put_u32(h + 24, rate);
    put_u32(h + 28, rate * 2u);
    put_u32(h + 40, samples * 2u);
    return fseek(f, 0, SEEK_SET) == 0 && fwrite(h, 1, sizeof h, f) == sizeof h;
}

/* Little-endian samples, as WAV wants them, on any host. */
static bool write_samples(const int16_t *samples, size_t count, void *ctx)
{
    wav_t *w = ctx;
    for (size_t i = 0; i < count && w->ok; i++) {
        uint16_t v = (uint16_t)samples[i];
        unsigned char b[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
        w->ok = fwrite(b, 1, 2, w->f) == 2;
    }
    w->samples += (uint32_t)count;
    return w->ok;
}

bool speech_write_wav(const char *text, lang_t lang, const char *path,
                      double *seconds)
{
    wav_t w = {fopen(path, "wb"), 0, true};
    if (!w.f) {
        log_error("%s: cannot write: %s", path, strerror(errno));
        return false;
    }
    uint32_t rate = voice_sample_rate();
    /* The header twice: its place first, its sizes once they are known. */
    w.ok = write_header(w.f, rate, 0) && voice_synth(text, lang, write_samples, &w) &&
           w.ok && write_header(w.f, rate, w.samples);
    if (fclose(w.f) != 0) w.ok = false;
    if (!w.ok) log_error("%s: cannot write: %s", path, strerror(errno));
    *seconds = (double)w.samples / rate;
    return w.ok;
}
