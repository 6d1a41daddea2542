/* speech_device.c - the narration's sound path, with SDL's disk audio
 * driver standing in for a sound card (SDL_AUDIODRIVER=disk writes what
 * would be played, in real time, into a file of raw samples; no sound
 * hardware needed).
 *
 *   - A stop mid-text cuts it: the file ends soon after the stop, far
 *     short of the text's length, and nothing more is written after.
 *   - A new text replaces the one being said: only the new one plays out.
 *   - The volume setting scales what is played.
 *   - No sound driver at all: speech_device_open says why, and fails.
 *
 * It waits for conditions (polled, with a generous limit), never for a
 * fixed time.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "platform/speech_device.h"
#include "platform/voice.h"

#define RATE 22050
/* About 20 s of speech at 160 words a minute. */
#define LONG_TEXT                                                          \
    "Mexico and North Korea established diplomatic relations on the "      \
    "fourth of September, nineteen eighty. North Korea opened an embassy " \
    "in Mexico City in nineteen ninety three; Mexico has none in "         \
    "Pyongyang and is represented there from its embassy in Beijing. "    \
    "Relations reached a low point in two thousand and three."
#define SHORT_TEXT "Hola."

static char file[256];

static long samples_in_file(void)
{
    struct stat st;
    return stat(file, &st) == 0 ? (long)st.st_size / 2 : 0;
}

/* Polls `cond` every 10 ms for up to `limit_ms`; true once it holds. */
static bool wait_for(bool (*cond)(void), uint32_t limit_ms)
{
    for (uint32_t t = 0; t < limit_ms; t += 10) {
        if (cond()) return true;
        SDL_Delay(10);
    }
    return cond();
}

static bool half_a_second_played(void) { return samples_in_file() > RATE / 2; }
static bool silent(void) { return !speech_device_speaking(); }

/* Where the sound ends: the index past the last sample louder than a
 * whisper (the driver writes silence for as long as the device is open). */
static long end_of_sound(void)
{
    FILE *f = fopen(file, "rb");
    assert_non_null(f);
    int16_t s;
    long i = 0, end = 0;
    for (; fread(&s, 2, 1, f) == 1; i++)
        if (abs(s) > 500) end = i + 1;
    fclose(f);
    return end;
}

static int loudest_sample(void)
{
    FILE *f = fopen(file, "rb");
    assert_non_null(f);
    int16_t s;
    int peak = 0;
    while (fread(&s, 2, 1, f) == 1) peak = abs(s) > peak ? abs(s) : peak;
    fclose(f);
    return peak;
}

static void open_with(uint32_t volume)
{
    char why[200] = "";
    bool ok = speech_device_open(volume, voice_sample_rate(), why, sizeof why);
    if (!ok) fail_msg("%s", why);
}

/* The device only: espeak-ng opens once a process (a second
 * espeak_ng_Initialize after espeak_ng_Terminate hangs in 1.51's
 * Terminate), as in the kiosk. */
static void close_all(void)
{
    speech_device_close();
}

static void test_stop_cuts_mid_text(void **state)
{
    (void)state;
    open_with(100);
    speech_device_say(LONG_TEXT, LANG_EN);
    assert_true(speech_device_speaking());
    assert_true(wait_for(half_a_second_played, 10000));
    long at_stop = samples_in_file();
    speech_device_stop();
    assert_true(wait_for(silent, 5000));
    close_all(); /* the device is closed: the file is final */
    long end = end_of_sound();
    /* The text lasts about 20 s; after the stop, at most what SDL had
     * taken already (a 46 ms buffer), not the ring's 0.74 s. */
    printf("stopped at %.2f s, the sound ends at %.2f s\n",
           (double)at_stop / RATE, (double)end / RATE);
    assert_true(end > RATE / 4);
    assert_true(end < at_stop + RATE / 4);
    assert_true(loudest_sample() > 3000);
}

static void test_new_text_replaces_the_old(void **state)
{
    (void)state;
    open_with(100);
    speech_device_say(LONG_TEXT, LANG_EN);
    speech_device_say(SHORT_TEXT, LANG_ES);
    assert_true(wait_for(silent, 10000));
    close_all();
    long total = samples_in_file();
    printf("%.2f s in the file\n", (double)total / RATE);
    assert_true(total > 0);
    assert_true(total < 3 * RATE); /* "Hola.", not 20 s of English */
}

static void test_volume_scales_the_sound(void **state)
{
    (void)state;
    open_with(10);
    speech_device_say(SHORT_TEXT, LANG_ES);
    assert_true(wait_for(silent, 10000));
    close_all();
    int peak = loudest_sample();
    printf("peak at 10%%: %d\n", peak);
    assert_true(peak > 0);
    assert_true(peak <= 32767 / 10 + 1);
}

static void test_no_sound_driver(void **state)
{
    (void)state;
    SDL_setenv("SDL_AUDIODRIVER", "none-here", 1);
    char why[200] = "";
    assert_false(speech_device_open(100, RATE, why, sizeof why));
    printf("%s\n", why);
    assert_non_null(strstr(why, "no sound"));
    SDL_setenv("SDL_AUDIODRIVER", "disk", 1);
}

int main(void)
{
    const char *dir = getenv("OUT") ? getenv("OUT") : "/tmp";
    snprintf(file, sizeof file, "%s/speech-device.raw", dir);
    SDL_setenv("SDL_AUDIODRIVER", "disk", 1);
    SDL_setenv("SDL_DISKAUDIOFILE", file, 1);
    char why[200];
    if (SDL_Init(0) != 0 || !voice_open(160, why, sizeof why)) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stop_cuts_mid_text),
        cmocka_unit_test(test_new_text_replaces_the_old),
        cmocka_unit_test(test_volume_scales_the_sound),
        cmocka_unit_test(test_no_sound_driver),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    voice_close();
    SDL_Quit();
    return rc;
}
