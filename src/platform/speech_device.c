/* speech_device.c - narration through the sound card; see speech.h.
 *
 * The design, and why:
 *
 *   main loop --say/stop--> job (text, generation) --> worker thread
 *   worker: voice_synth --chunks of 50 ms--> ring (fixed, 0.74 s)
 *   SDL's audio thread: callback drains the ring, volume applied
 *
 * - espeak-ng synthesises a whole text in one call (synchronous mode),
 *   about 2 ms of CPU a second of speech here (make bench), so up to a
 *   tenth of a second for the longest slide, and more on a slow board or
 *   a busy one: the main loop, and with it the watchdog's pings and the
 *   keys, would wait that long. Splitting the text into sentences for the
 *   main loop would still cost a sentence at a time and make the loop
 *   wake for the synthesiser. So a worker thread of ours runs it, and
 *   the main thread only copies a text in or bumps a generation counter
 *   (a stop): two short critical sections, never a wait for synthesis.
 * - The worker is held back by the ring, not the other way round: when
 *   the ring is full it sleeps 10 ms and tries again, so the memory is
 *   fixed (RING_SAMPLES, static) however long the text, and synthesis
 *   runs only a little ahead of the sound.
 * - A stop or a new text bumps the generation: the sink checks it under
 *   the ring's lock before each chunk goes in, and the main thread
 *   empties the ring under that lock after the bump, so not one sample of
 *   the old text is heard after it; espeak-ng is told to abort by the
 *   sink's false.
 * - The sound device is open only while there is something to say: SDL 2
 *   keeps its audio thread waking (every 46 ms here) even while a device
 *   is paused, which an idle kiosk must not pay for months. The worker
 *   opens it for a text and closes it once the ring has drained.
 */
#include "speech_device.h"

#include <SDL.h>
#include <string.h>

#include "../core/narration.h"
#include "log.h"
#include "voice.h"

/* 0.74 s at 22050 Hz; a power of two, so the indices wrap by masking. */
#define RING_SAMPLES 16384u
/* The device's own buffer: 46 ms at 22050 Hz. */
#define DEVICE_SAMPLES 1024u
/* How long the worker sleeps when the ring is full, or to see it drain. */
#define WORKER_NAP_MS 10u

static int16_t ring[RING_SAMPLES];
static uint32_t ring_head, ring_tail; /* written, played; head - tail filled */
static SDL_mutex *ring_lock;

static SDL_mutex *job_lock;
static SDL_cond *job_ready;
static char job_text[NARRATION_TEXT_MAX + 1];
static lang_t job_lang;
static bool job_pending, quitting;
static SDL_atomic_t generation;   /* bumped by every say and stop */
static SDL_atomic_t synthesising; /* the worker is in voice_synth */

static SDL_Thread *worker;
static char work_text[NARRATION_TEXT_MAX + 1]; /* the worker's copy */
static uint32_t device_volume, device_rate;

/* --------------------------------------------------------- the ring */

/* SDL's audio thread: the next samples, at the settings' volume; silence
 * where the ring has none. */
static void on_audio(void *ctx, Uint8 *stream, int len)
{
    (void)ctx;
    int16_t *out = (int16_t *)(void *)stream;
    uint32_t want = (uint32_t)len / 2u, n;
    SDL_LockMutex(ring_lock);
    uint32_t filled = ring_head - ring_tail;
    n = filled < want ? filled : want;
    for (uint32_t i = 0; i < n; i++)
        out[i] = (int16_t)((int32_t)ring[(ring_tail + i) & (RING_SAMPLES - 1u)] *
                           (int32_t)device_volume / 100);
    ring_tail += n;
    SDL_UnlockMutex(ring_lock);
    memset(out + n, 0, (want - n) * 2u);
}

static uint32_t ring_filled(void)
{
    SDL_LockMutex(ring_lock);
    uint32_t filled = ring_head - ring_tail;
    SDL_UnlockMutex(ring_lock);
    return filled;
}

/* The worker's sink: as much as fits; a nap when the ring is full. False
 * as soon as the text was stopped or replaced. */
static bool push(const int16_t *samples, size_t count, void *ctx)
{
    int gen = *(const int *)ctx;
    while (count) {
        SDL_LockMutex(ring_lock);
        if (SDL_AtomicGet(&generation) != gen) {
            SDL_UnlockMutex(ring_lock);
            return false;
        }
        uint32_t room = RING_SAMPLES - (ring_head - ring_tail);
        uint32_t n = count < room ? (uint32_t)count : room;
        for (uint32_t i = 0; i < n; i++)
            ring[(ring_head + i) & (RING_SAMPLES - 1u)] = samples[i];
        ring_head += n;
        SDL_UnlockMutex(ring_lock);
        samples += n;
        count -= n;
        if (count) SDL_Delay(WORKER_NAP_MS);
    }
    return true;
}

/* ------------------------------------------------------- the device */

static SDL_AudioDeviceID open_device(char *why, size_t cap)
{
    SDL_AudioSpec want = {0}, have;
    want.freq = (int)device_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = DEVICE_SAMPLES;
    want.callback = on_audio;
    /* No changes allowed: SDL converts to what the card takes. */
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (!dev) SDL_snprintf(why, cap, "no sound device (%s)", SDL_GetError());
    return dev;
}

/* Until the ring has played out, or the text was stopped or replaced;
 * then the device's own buffer, so that closing it cuts no last word. */
static void drain(int gen)
{
    while (ring_filled() && SDL_AtomicGet(&generation) == gen)
        SDL_Delay(WORKER_NAP_MS);
    if (SDL_AtomicGet(&generation) == gen)
        SDL_Delay(DEVICE_SAMPLES * 1000u / device_rate + WORKER_NAP_MS);
}

/* One text, start to end: the device opened for it and closed after,
 * unless another text is already waiting. */
static void speak_job(int gen, lang_t lang, SDL_AudioDeviceID *dev)
{
    char why[200];
    if (!*dev && !(*dev = open_device(why, sizeof why))) {
        log_warn("narration: %s", why);
        SDL_AtomicSet(&synthesising, 0);
        return;
    }
    SDL_PauseAudioDevice(*dev, 0);
    voice_synth(work_text, lang, push, &gen);
    SDL_AtomicSet(&synthesising, 0);
    drain(gen);
}

static int work(void *ctx)
{
    (void)ctx;
    SDL_AudioDeviceID dev = 0;
    SDL_LockMutex(job_lock);
    while (!quitting) {
        if (!job_pending && dev) {
            /* Idle: no audio thread. Outside the lock: closing waits for
             * SDL's audio thread, and the main thread must not. */
            SDL_UnlockMutex(job_lock);
            SDL_CloseAudioDevice(dev);
            dev = 0;
            SDL_LockMutex(job_lock);
            continue;
        }
        if (!job_pending) {
            SDL_CondWait(job_ready, job_lock);
            continue;
        }
        memcpy(work_text, job_text, sizeof work_text);
        lang_t lang = job_lang;
        int gen = SDL_AtomicGet(&generation);
        job_pending = false;
        SDL_AtomicSet(&synthesising, 1);
        SDL_UnlockMutex(job_lock);
        speak_job(gen, lang, &dev);
        SDL_LockMutex(job_lock);
    }
    SDL_UnlockMutex(job_lock);
    if (dev) SDL_CloseAudioDevice(dev);
    return 0;
}

/* ------------------------------------------------------------- api */

/* The main thread: a new generation (the worker's text is stale), and
 * the ring emptied of the old one. */
static void cut(void)
{
    SDL_AtomicAdd(&generation, 1);
    SDL_LockMutex(ring_lock);
    ring_tail = ring_head;
    SDL_UnlockMutex(ring_lock);
}

bool speech_device_open(uint32_t volume, uint32_t sample_rate, char *why,
                        size_t cap)
{
    device_volume = volume;
    device_rate = sample_rate;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        SDL_snprintf(why, cap, "no sound (%s)", SDL_GetError());
        return false;
    }
    /* Once now, so that a kiosk without a sound card says so at start
     * and shows no speaker button. */
    SDL_AudioDeviceID dev = open_device(why, cap);
    if (!dev) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    SDL_CloseAudioDevice(dev);
    ring_lock = SDL_CreateMutex();
    job_lock = SDL_CreateMutex();
    job_ready = SDL_CreateCond();
    quitting = job_pending = false;
    worker = SDL_CreateThread(work, "narration", NULL);
    if (!ring_lock || !job_lock || !job_ready || !worker) {
        SDL_snprintf(why, cap, "cannot start the narration thread (%s)",
                     SDL_GetError());
        return false;
    }
    return true;
}

void speech_device_say(const char *text, lang_t lang)
{
    SDL_LockMutex(job_lock);
    cut();
    SDL_strlcpy(job_text, text, sizeof job_text);
    job_lang = lang;
    job_pending = true;
    SDL_CondSignal(job_ready);
    SDL_UnlockMutex(job_lock);
}

void speech_device_stop(void)
{
    SDL_LockMutex(job_lock);
    cut();
    job_pending = false;
    SDL_UnlockMutex(job_lock);
}

bool speech_device_speaking(void)
{
    SDL_LockMutex(job_lock);
    bool pending = job_pending;
    SDL_UnlockMutex(job_lock);
    return pending || SDL_AtomicGet(&synthesising) || ring_filled() > 0;
}

void speech_device_close(void)
{
    if (!worker) return;
    SDL_LockMutex(job_lock);
    quitting = true;
    cut();
    SDL_CondSignal(job_ready);
    SDL_UnlockMutex(job_lock);
    SDL_WaitThread(worker, NULL);
    worker = NULL;
    SDL_DestroyCond(job_ready);
    SDL_DestroyMutex(job_lock);
    SDL_DestroyMutex(ring_lock);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}
