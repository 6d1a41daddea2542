/* narrate.c - see narrate.h. */
#include "narrate.h"

#include <stdio.h>

#include "../core/narration.h"
#include "../core/reading.h"
#include "../platform/log.h"
#include "headless.h"
#include "kiosk.h"

/* The text being read: static, as everything the kiosk keeps. */
static char text[NARRATION_TEXT_MAX + 1];

/* The speaker button as the narrator stands: none without narration,
 * lit while it is on. A change redraws the slide. */
static void show_speaker(kiosk_t *k)
{
    const narrator_t *n = &k->narrator;
    view_speaker_state_t want = !narrator_offered(n) ? VIEW_SPEAKER_NONE
                                : n->on              ? VIEW_SPEAKER_ON
                                                     : VIEW_SPEAKER_OFF;
    if (want == k->screen.speaker) return;
    k->screen.speaker = want;
    screen_invalidate(&k->screen);
}

void narrate_open(kiosk_t *k, speech_output_t output)
{
    const settings_t *s = &k->settings;
    bool available = false;
    if (s->narration != NARRATION_OFF) {
        char why[240];
        speech_config_t config = {s->narration_volume, s->narration_rate};
        available = speech_open(output, config, why, sizeof why);
        if (available)
            log_info("narration: %s, A or the speaker button",
                     narration_mode_name(s->narration));
        else
            log_warn("narration off: %s", why);
    }
    narrator_init(&k->narrator, s->narration, available);
    show_speaker(k);
}

void narrate_follow(kiosk_t *k, sm_event_kind_t event, uint64_t elapsed_ms)
{
    if (!narrator_offered(&k->narrator)) return;
    if (event == SM_EV_TICK) speech_advance(elapsed_ms);
    switch (narrator_follow(&k->narrator, &k->sm, event)) {
    case NARRATOR_NOTHING: break;
    case NARRATOR_STOP: speech_stop(); break;
    case NARRATOR_SPEAK:
        narration_text(&k->content, &k->deck, k->sm.slide, k->sm.lang, text,
                       sizeof text);
        speech_say(text, k->sm.lang);
        break;
    }
    show_speaker(k);
}

bool narrate_speaking(const kiosk_t *k)
{
    const narrator_t *n = &k->narrator;
    return n->spoken && n->slide == k->sm.slide && n->lang == k->sm.lang &&
           speech_speaking();
}

void narrate_close(kiosk_t *k)
{
    speech_stop();
    speech_close();
    narrator_init(&k->narrator, k->settings.narration, false);
    show_speaker(k);
}

/* ------------------------------------------------------------ --narrate */

/* One slide's WAV, and a line with its words and length, so a curator
 * (and the test) can see each fits its text. */
static bool narrate_slide(kiosk_t *k, uint32_t i, const char *dir)
{
    char path[LIMIT_SCRIPT_PATH + 32];
    snprintf(path, sizeof path, "%s/slide-%03u.wav", dir, i + 1);
    narration_text(&k->content, &k->deck, i, k->sm.lang, text, sizeof text);
    double seconds;
    if (!speech_write_wav(text, k->sm.lang, path, &seconds)) return false;
    printf("%s  %u words  %.2f s\n", path, reading_words(text), seconds);
    return true;
}

int run_narrate(kiosk_t *k, const char *dir)
{
    char why[240];
    speech_config_t config = {k->settings.narration_volume,
                              k->settings.narration_rate};
    if (!speech_open(SPEECH_SIMULATED, config, why, sizeof why)) {
        log_error("--narrate: %s", why);
        return 1;
    }
    bool ok = headless_make_dirs(dir);
    for (uint32_t i = 0; ok && i < k->deck.count; i++)
        ok = narrate_slide(k, i, dir);
    speech_close();
    if (ok) printf("wrote %u slides in %s to %s/\n", k->deck.count,
                   lang_code(k->sm.lang), dir);
    return ok ? 0 : 1;
}
