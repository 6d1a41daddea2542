/* lockdown.h - the operator's way out: a key chord held down.
 *
 * On the wall nothing a visitor can do ends the kiosk (input.c drops
 * Escape, Alt+F4, the window manager's close request...). The operator
 * leaves by holding exactly the configured chord (settings: exit_chord,
 * default ctrl+alt+shift+q) for exit_hold_ms (exit_hold_seconds, default
 * 3 s), or by SIGTERM / SIGINT.
 *
 * "Exactly" means: the chord's modifiers and no other (no GUI / AltGr,
 * and not Shift when the chord has none), its key, and no other key. The
 * hold starts when the keys held become exactly the chord, in whatever
 * order they went down, and ends at any change: a release, another key
 * pressed, a modifier more or less. A key's auto-repeat changes nothing.
 * Lock keys (Caps Lock, Num Lock) are states, not keys held: the platform
 * leaves them out.
 *
 * Pure and fixed-size: it keeps the keys held (up to LOCKDOWN_MAX_HELD;
 * past that it counts them) and reads no clock: the caller passes the
 * time, and asks when the exit is due to bound its sleep.
 */
#ifndef KIOSK_LOCKDOWN_H
#define KIOSK_LOCKDOWN_H

#include <stdbool.h>
#include <stdint.h>

#include "settings.h"

/* A modifier a chord cannot name (GUI, AltGr...): held, no chord is exact.
 * Beside settings.h's CHORD_CTRL, CHORD_ALT and CHORD_SHIFT. */
#define LOCKDOWN_MOD_OTHER 0x80u

/* Keys held at once that it keeps apart: more than a keyboard reports (six
 * to ten keys of rollover). Past it, it counts keys held; a release it
 * cannot place then uncounts one. */
#define LOCKDOWN_MAX_HELD 16

/* One key going down or up, as the platform saw it. */
typedef struct {
    bool down;     /* pressed; false: released */
    bool repeat;   /* the auto-repeat of a key held down */
    bool modifier; /* a Ctrl, Alt, Shift, GUI... key: it shows in .mods */
    uint8_t mods;  /* CHORD_* and LOCKDOWN_MOD_OTHER held after this event */
    int32_t key;   /* the key's code (the platform's; 0: unknown) */
} lockdown_key_t;

typedef struct {
    uint8_t chord_mods;    /* the chord: these modifiers... */
    int32_t chord_key;     /* ...and this key */
    uint64_t hold_ms;      /* held this long, it exits */
    uint8_t mods;          /* modifiers held now */
    int32_t held[LOCKDOWN_MAX_HELD]; /* other keys held now */
    uint32_t held_count;
    uint32_t untracked;    /* keys held past the table */
    bool armed;            /* exactly the chord is held... */
    uint64_t since_ms;     /* ...since this time */
} lockdown_t;

/* chord_key is the platform's code for the chord's key (settings name it;
 * the platform looks the name up). */
void lockdown_init(lockdown_t *l, uint8_t chord_mods, int32_t chord_key,
                   uint32_t hold_ms);

/* Feeds one key event at now_ms. */
void lockdown_key(lockdown_t *l, lockdown_key_t k, uint64_t now_ms);

/* Forgets every key held (the window lost the keyboard: the releases will
 * not come). */
void lockdown_release_all(lockdown_t *l);

/* True once exactly the chord has been held for hold_ms at now_ms. */
bool lockdown_exit_due(const lockdown_t *l, uint64_t now_ms);

/* Milliseconds until the exit is due if nothing changes; UINT64_MAX when
 * the chord is not held. The run loop wakes up in time for it. */
uint64_t lockdown_ms_until_exit(const lockdown_t *l, uint64_t now_ms);

#endif
