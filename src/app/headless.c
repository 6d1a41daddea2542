/* headless.c - what the headless modes share: directories for their
 * files, the frame as the panel would receive it, and a walk through every
 * slide. */
#include "headless.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../platform/log.h"

/* Makes every missing directory of `dir` (like mkdir -p). */
bool headless_make_dirs(const char *dir)
{
    char path[LIMIT_SCRIPT_PATH];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) {
        log_error("%s: path too long", dir);
        return false;
    }
    for (char *p = path + 1;; p++) {
        bool end = *p == '\0';
        if (*p != '/' && !end) continue;
        *p = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST) {
            log_error("%s: cannot create: %s", path, strerror(errno));
            return false;
        }
        if (end) return true;
        *p = '/';
    }
}

/* Makes the directories a file path needs, so a script may name any. */
bool headless_make_parent_dirs(const char *path)
{
    char dir[LIMIT_SCRIPT_PATH];
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path) return true;
    size_t n = (size_t)(slash - path);
    if (n >= sizeof dir) {
        log_error("%s: path too long", path);
        return false;
    }
    memcpy(dir, path, n);
    dir[n] = '\0';
    return headless_make_dirs(dir);
}

const fb_t *headless_frame(kiosk_t *k, board_t *b)
{
    fb_rect_t dirty;
    if (kiosk_draw(k, &b->fb, &dirty)) board_flush(b, &dirty, 1);
    return &b->panel;
}

bool headless_each_slide(kiosk_t *k, board_t *b, headless_visit_t visit,
                         void *ctx)
{
    /* Each slide whole, as it stands once it is in: no crossfade, and
     * unshifted against burn-in (the reading times take the clock past
     * the shift's first 5 minutes before the last slides). */
    uint32_t fade = k->screen.transition_ms;
    bool burn_in = k->screen.burn_in;
    k->screen.transition_ms = 0;
    k->screen.burn_in = false;
    bool ok = true;
    for (uint32_t i = 0; i < k->deck.count && ok; i++) {
        if (i > 0) {
            uint32_t shown = k->deck.slides[i - 1].duration_ms[k->sm.lang];
            kiosk_event(k, (sm_event_t){SM_EV_TICK, shown});
        }
        ok = visit(k, headless_frame(k, b), i, ctx);
    }
    k->screen.transition_ms = fade;
    k->screen.burn_in = burn_in;
    return ok;
}
