/* kiosk.c - content to screen; see kiosk.h. */
#include "kiosk.h"

#include "../platform/log.h"
#include "content_source.h"

bool kiosk_start(kiosk_t *k, const settings_t *s)
{
    k->settings = *s;
    const char *path = s->content[0] ? s->content : NULL;
    if (!content_source_for_kiosk(path, &k->content)) return false;
    /* The settings' slide time replaces the content's default; a slide's
     * own time in the content still wins: it is the curator's choice. */
    if (s->slide_ms) k->content.show.slide_ms = s->slide_ms;
    deck_build(&k->content, &k->deck);
    sm_config_t config = {s->idle_timeout_ms, s->pause_timeout_ms, s->lang};
    sm_init(&k->sm, config, &k->deck);
    screen_init(&k->screen, &k->content, &k->deck, s->transition_ms);
    k->now_ms = 0;
    reload_init(&k->reload, path, k->now_ms);
    return true;
}

void kiosk_event(kiosk_t *k, sm_event_t event)
{
    lang_t lang = k->sm.lang;
    if (event.kind == SM_EV_TICK) k->now_ms += event.elapsed_ms;
    sm_transition_t t = sm_step(&k->sm, event);
    if (event.kind == SM_EV_TICK) reload_poll(&k->reload, k, false);
    /* Only changes of state: a slide change every ten seconds for months
     * would bury everything else in the journal. */
    if (t.from != t.to)
        log_info("%s -> %s on slide %u", sm_state_name(t.from),
                 sm_state_name(t.to), t.slide_to + 1);
    if (k->sm.lang != lang) log_info("language: %s", lang_code(k->sm.lang));
}

int kiosk_draw(kiosk_t *k, SDL_Surface *fb, SDL_Rect *dirty)
{
    return screen_update(&k->screen, fb, &k->sm, k->now_ms, dirty);
}

void kiosk_switch_content(kiosk_t *k, const content_t *content)
{
    char key[LIMIT_SHORT_TEXT * 4];
    deck_slide_key(&k->deck, &k->content, k->sm.slide, key, sizeof key);
    k->content = *content;
    if (k->settings.slide_ms) k->content.show.slide_ms = k->settings.slide_ms;
    deck_build(&k->content, &k->deck);
    uint32_t same = deck_find_key(&k->deck, &k->content, key);
    /* Where the slide is gone, the nearest place: the same position. */
    sm_rebase(&k->sm, &k->deck, same != UINT32_MAX ? same : k->sm.slide);
    screen_invalidate(&k->screen);
}
