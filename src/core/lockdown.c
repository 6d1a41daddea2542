/* lockdown.c - the exit chord; see lockdown.h. */
#include "lockdown.h"

void lockdown_init(lockdown_t *l, uint8_t chord_mods, int32_t chord_key,
                   uint32_t hold_ms)
{
    *l = (lockdown_t){0};
    l->chord_mods = chord_mods;
    l->chord_key = chord_key;
    l->hold_ms = hold_ms;
}

static int find(const lockdown_t *l, int32_t key)
{
    for (uint32_t i = 0; i < l->held_count; i++)
        if (l->held[i] == key) return (int)i;
    return -1;
}

static void press(lockdown_t *l, int32_t key, bool repeat)
{
    if (find(l, key) >= 0) return;
    /* A repeat of a key it does not know: a press it missed, unless it is
     * one of those it only counts (then it is counted already). */
    if (repeat && l->untracked > 0) return;
    if (l->held_count < LOCKDOWN_MAX_HELD) l->held[l->held_count++] = key;
    else if (!repeat) l->untracked++;
}

static void release(lockdown_t *l, int32_t key)
{
    int i = find(l, key);
    if (i >= 0) l->held[i] = l->held[--l->held_count];
    else if (l->untracked > 0) l->untracked--;
}

/* Exactly the chord: its modifiers, its key, nothing else. */
static bool exact(const lockdown_t *l)
{
    return l->chord_key != 0 && l->chord_mods != 0 &&
           l->mods == l->chord_mods && l->held_count == 1 &&
           l->untracked == 0 && l->held[0] == l->chord_key;
}

void lockdown_key(lockdown_t *l, lockdown_key_t k, uint64_t now_ms)
{
    l->mods = k.mods;
    if (!k.modifier) {
        if (k.down) press(l, k.key, k.repeat);
        else release(l, k.key);
    }
    /* Any press or release starts the hold over (if the chord is still
     * what is held); a repeat only keeps it going. */
    bool keeps = k.repeat && k.down && l->armed;
    if (!exact(l)) {
        l->armed = false;
    } else if (!keeps) {
        l->armed = true;
        l->since_ms = now_ms;
    }
}

void lockdown_release_all(lockdown_t *l)
{
    l->mods = 0;
    l->held_count = 0;
    l->untracked = 0;
    l->armed = false;
}

bool lockdown_exit_due(const lockdown_t *l, uint64_t now_ms)
{
    return l->armed && now_ms >= l->since_ms &&
           now_ms - l->since_ms >= l->hold_ms;
}

uint64_t lockdown_ms_until_exit(const lockdown_t *l, uint64_t now_ms)
{
    if (!l->armed) return UINT64_MAX;
    uint64_t due = l->since_ms + l->hold_ms;
    return now_ms >= due ? 0 : due - now_ms;
}
