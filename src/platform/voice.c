/* voice.c - espeak-ng behind voice.h.
 *
 * AUDIO_OUTPUT_SYNCHRONOUS (ENOUTPUT_MODE_SYNCHRONOUS): espeak-ng plays
 * nothing itself and starts no thread of its own; espeak_ng_Synthesize
 * returns when the text is done, having handed every chunk to our
 * callback. The caller decides which thread that is (speech_device.c: a
 * worker of ours, so that the main loop never waits for it).
 */
#include "voice.h"

#include <espeak-ng/espeak_ng.h>
#include <stdio.h>
#include <string.h>

#include "log.h"

static const char *const voice_names[LANG_COUNT] = {"es-419", "en"};

static voice_sink_t current_sink;
static void *current_ctx;
static bool opened;

/* espeak-ng's callback: a chunk of samples (NULL at the end). Its return
 * value 1 aborts the synthesis. */
static int on_samples(short *wav, int count, espeak_EVENT *events)
{
    (void)events;
    if (!wav || count <= 0) return 0;
    return current_sink((const int16_t *)wav, (size_t)count, current_ctx) ? 0 : 1;
}

static bool failed(espeak_ng_STATUS st, const char *what, char *why, size_t cap)
{
    char msg[160];
    espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
    snprintf(why, cap, "espeak-ng: %s: %s", what, msg);
    return false;
}

static bool select_voice(lang_t lang, char *why, size_t cap)
{
    espeak_ng_STATUS st = espeak_ng_SetVoiceByName(voice_names[lang]);
    if (st == ENS_OK) return true;
    char what[48];
    snprintf(what, sizeof what, "no voice '%s'", voice_names[lang]);
    return failed(st, what, why, cap);
}

bool voice_open(uint32_t rate, char *why, size_t cap)
{
    espeak_ng_ERROR_CONTEXT context = NULL;
    espeak_ng_InitializePath(NULL);
    espeak_ng_STATUS st = espeak_ng_Initialize(&context);
    if (context) espeak_ng_ClearErrorContext(&context);
    if (st != ENS_OK) return failed(st, "no voice data", why, cap);
    st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, VOICE_CHUNK_MS, NULL);
    if (st != ENS_OK) return failed(st, "no output", why, cap);
    espeak_SetSynthCallback(on_samples);
    /* Both voices now, so that a missing one is known at start, not when
     * a visitor asks. */
    for (int l = LANG_COUNT - 1; l >= 0; l--)
        if (!select_voice((lang_t)l, why, cap)) return false;
    if (voice_sample_rate() != VOICE_SAMPLE_RATE) {
        snprintf(why, cap, "espeak-ng: voices at %u Hz, not %u",
                 voice_sample_rate(), VOICE_SAMPLE_RATE);
        return false;
    }
    espeak_ng_SetParameter(espeakRATE, (int)rate, 0);
    /* Full scale: the settings' volume is applied as the sound plays,
     * so a WAV written headless is the voice itself. */
    espeak_ng_SetParameter(espeakVOLUME, 100, 0);
    opened = true;
    return true;
}

uint32_t voice_sample_rate(void)
{
    return (uint32_t)espeak_ng_GetSampleRate();
}

bool voice_synth(const char *text, lang_t lang, voice_sink_t sink, void *ctx)
{
    char why[200];
    if (!select_voice(lang, why, sizeof why)) {
        log_error("%s", why);
        return false;
    }
    current_sink = sink;
    current_ctx = ctx;
    espeak_ng_STATUS st = espeak_ng_Synthesize(text, strlen(text) + 1, 0,
                                               POS_CHARACTER, 0,
                                               espeakCHARS_UTF8, NULL, NULL);
    /* A stop from the sink is not an error. */
    if (st != ENS_OK && st != ENS_SPEECH_STOPPED) {
        failed(st, "synthesis", why, sizeof why);
        log_error("%s", why);
        return false;
    }
    return true;
}

void voice_close(void)
{
    if (opened) espeak_ng_Terminate();
    opened = false;
}
