/* random_events.c - the platform layer in lockdown, under random input.
 *
 * Links src/platform/input.c with SDL (no display is opened: the events are
 * made up here and handed to input_translate as SDL would hand them over).
 *
 *   - Tens of thousands of random SDL events (keys with random modifiers,
 *     repeats, SDL_QUIT, every window event, the mouse and fingers, the
 *     wheel, text input, anything else) in kiosk mode: none is INPUT_QUIT.
 *   - What a visitor would try, one by one: Escape, Alt+F4, Ctrl+Q,
 *     Ctrl+W, the window manager's close request, focus loss, minimising:
 *     none is INPUT_QUIT in kiosk mode; in --windowed mode Escape and the
 *     close request are, and nothing else.
 *   - The keys it translates, fed to the exit chord (lockdown.c) on a
 *     random clock, exit exactly when ctrl+alt+shift+q is truly held (by
 *     the events' own account) for the hold time with nothing pressed or
 *     released meanwhile.
 *   - Mouse events SDL makes up from a touch are dropped; a finger's 0..1
 *     coordinates land on the panel; the mouse counts only with its left
 *     button.
 *
 * KIOSK_SEED=N picks another random sequence.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "platform/input_sdl.h"
#include "../tools/xorshift.h"

#define EVENTS 50000
#define PANEL_W 1280
#define PANEL_H 720
#define HOLD_MS 3000u

static uint64_t rng_state;
static uint32_t rnd(uint32_t n) { return xorshift_below(&rng_state, n); }

static void seed(void)
{
    const char *s = getenv("KIOSK_SEED");
    rng_state = s ? strtoull(s, NULL, 10) | 1 : 0x2545F4914F6CDD1Dull;
}

static input_t translate(const SDL_Event *e, bool windowed)
{
    return input_translate(e, windowed, PANEL_W, PANEL_H);
}

/* ------------------------------------------------------- making events */

static const SDL_Keycode keys[] = {
    SDLK_ESCAPE, SDLK_F4, SDLK_q, SDLK_w, SDLK_a, SDLK_x, SDLK_TAB,
    SDLK_RETURN, SDLK_RIGHT, SDLK_LEFT, SDLK_HOME, SDLK_END, SDLK_SPACE,
    SDLK_l, SDLK_DELETE, SDLK_BACKSPACE, SDLK_F1, SDLK_F11, SDLK_F12,
    SDLK_UNKNOWN, SDLK_AC_BACK, SDLK_POWER, SDLK_SLEEP, SDLK_APPLICATION,
    SDLK_LCTRL, SDLK_RCTRL, SDLK_LALT, SDLK_RALT, SDLK_LSHIFT, SDLK_RSHIFT,
    SDLK_LGUI, SDLK_RGUI, SDLK_MODE, SDLK_CAPSLOCK, SDLK_NUMLOCKCLEAR,
};
#define KEYS (sizeof keys / sizeof keys[0])

static const Uint16 mod_choices[] = {
    KMOD_NONE, KMOD_LCTRL, KMOD_LALT, KMOD_RALT, KMOD_LSHIFT, KMOD_LGUI,
    KMOD_LCTRL | KMOD_LALT, KMOD_LCTRL | KMOD_LSHIFT,
    KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT,
    KMOD_RCTRL | KMOD_RALT | KMOD_RSHIFT,
    KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT | KMOD_CAPS,
    KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT | KMOD_NUM,
    KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT | KMOD_LGUI,
    KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT | KMOD_MODE,
};
#define MOD_CHOICES (sizeof mod_choices / sizeof mod_choices[0])

static const Uint8 window_events[] = {
    SDL_WINDOWEVENT_NONE, SDL_WINDOWEVENT_SHOWN, SDL_WINDOWEVENT_HIDDEN,
    SDL_WINDOWEVENT_EXPOSED, SDL_WINDOWEVENT_MOVED, SDL_WINDOWEVENT_RESIZED,
    SDL_WINDOWEVENT_SIZE_CHANGED, SDL_WINDOWEVENT_MINIMIZED,
    SDL_WINDOWEVENT_MAXIMIZED, SDL_WINDOWEVENT_RESTORED,
    SDL_WINDOWEVENT_ENTER, SDL_WINDOWEVENT_LEAVE,
    SDL_WINDOWEVENT_FOCUS_GAINED, SDL_WINDOWEVENT_FOCUS_LOST,
    SDL_WINDOWEVENT_CLOSE, SDL_WINDOWEVENT_TAKE_FOCUS,
    SDL_WINDOWEVENT_HIT_TEST, SDL_WINDOWEVENT_ICCPROF_CHANGED,
    SDL_WINDOWEVENT_DISPLAY_CHANGED,
};

static SDL_Event key_event(bool down, SDL_Keycode sym, Uint16 mod, bool repeat)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    e.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    e.key.repeat = repeat;
    e.key.keysym.sym = sym;
    e.key.keysym.mod = mod;
    e.key.windowID = 1;
    return e;
}

static float random_coord(void)
{
    switch (rnd(8)) {
    case 0: return -0.5f;
    case 1: return 1.5f;
    case 2: return 1.0f;
    default: return (float)rnd(10001) / 10000.0f;
    }
}

/* Any event at all, weighted towards what a visitor can make. */
static SDL_Event random_event(void)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    uint32_t r = rnd(100);
    if (r < 50) {
        Uint16 mod = rnd(4) ? mod_choices[rnd(MOD_CHOICES)] : (Uint16)rnd(65536);
        return key_event(rnd(2), keys[rnd(KEYS)], mod, rnd(4) == 0);
    }
    if (r < 55) {
        e.type = SDL_QUIT;
    } else if (r < 70) {
        e.type = SDL_WINDOWEVENT;
        e.window.event = window_events[rnd(sizeof window_events)];
        e.window.windowID = rnd(3);
        e.window.data1 = (Sint32)rnd(4000);
        e.window.data2 = (Sint32)rnd(4000);
    } else if (r < 80) {
        static const Uint32 types[] = {SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP};
        e.type = types[rnd(2)];
        e.button.which = rnd(3) ? 0 : SDL_TOUCH_MOUSEID;
        e.button.button = (Uint8)(1 + rnd(5));
        e.button.x = (Sint32)rnd(PANEL_W + 400) - 200;
        e.button.y = (Sint32)rnd(PANEL_H + 400) - 200;
        e.button.clicks = (Uint8)(1 + rnd(3));
    } else if (r < 85) {
        e.type = SDL_MOUSEMOTION;
        e.motion.which = rnd(3) ? 0 : SDL_TOUCH_MOUSEID;
        e.motion.state = rnd(32);
        e.motion.x = (Sint32)rnd(PANEL_W);
        e.motion.y = (Sint32)rnd(PANEL_H);
    } else if (r < 93) {
        static const Uint32 types[] = {SDL_FINGERDOWN, SDL_FINGERMOTION, SDL_FINGERUP};
        e.type = types[rnd(3)];
        e.tfinger.touchId = rnd(2);
        e.tfinger.fingerId = rnd(4);
        e.tfinger.x = random_coord();
        e.tfinger.y = random_coord();
        e.tfinger.pressure = 1.0f;
    } else {
        /* Anything else SDL might deliver. */
        static const Uint32 types[] = {
            SDL_MOUSEWHEEL, SDL_TEXTINPUT, SDL_TEXTEDITING, SDL_APP_TERMINATING,
            SDL_APP_LOWMEMORY, SDL_APP_WILLENTERBACKGROUND, SDL_KEYMAPCHANGED,
            SDL_SYSWMEVENT, SDL_DISPLAYEVENT, SDL_RENDER_TARGETS_RESET,
            SDL_USEREVENT, SDL_MULTIGESTURE, SDL_DOLLARGESTURE,
            SDL_CONTROLLERBUTTONDOWN, SDL_JOYBUTTONDOWN, SDL_DROPFILE,
            SDL_CLIPBOARDUPDATE, SDL_LOCALECHANGED,
        };
        e.type = types[rnd(sizeof types / sizeof types[0])];
    }
    return e;
}

/* ------------------------------------------------- the chord, by events */

/* The truth about the keyboard, from the events themselves. */
static bool held[KEYS];
static Uint16 last_mod;
static uint64_t now, changed_at;

static bool is_modifier_key(SDL_Keycode k)
{
    return (k >= SDLK_LCTRL && k <= SDLK_RGUI) || k == SDLK_MODE;
}

/* Exactly Ctrl, Alt and Shift (either side), no GUI or AltGr (Mode); lock
 * states do not count. */
static bool chord_mods_held(Uint16 mod)
{
    return (mod & KMOD_CTRL) && (mod & KMOD_ALT) && (mod & KMOD_SHIFT) &&
           !(mod & (KMOD_GUI | KMOD_MODE));
}

static bool truly_exact(void)
{
    if (!chord_mods_held(last_mod)) return false;
    for (size_t i = 0; i < KEYS; i++)
        if (!is_modifier_key(keys[i]) && held[i] != (keys[i] == SDLK_q))
            return false;
    return true;
}

static void track(const SDL_Event *e)
{
    if (e->type != SDL_KEYDOWN && e->type != SDL_KEYUP) return;
    size_t i = 0;
    while (keys[i] != e->key.keysym.sym) i++;
    bool down = e->type == SDL_KEYDOWN;
    bool was_exact = truly_exact();
    Uint16 mod_before = last_mod;
    held[i] = down;
    last_mod = e->key.keysym.mod;
    /* A press or release starts the hold over; a repeat with the chord's
     * modifiers still held does not (a repeat of a key not held adds it:
     * then it is no longer exactly the chord anyway). */
    bool same = e->key.repeat && down &&
                chord_mods_held(mod_before) == chord_mods_held(last_mod);
    if (!same || !was_exact) changed_at = now;
}

static lockdown_t lock;
static bool was_due;
static uint32_t exits;

/* One event through input_translate in kiosk mode, to the chord; checked
 * against the truth. */
static input_t feed(const SDL_Event *e, int n)
{
    input_t in = translate(e, false);
    if (in.kind == INPUT_QUIT) {
        fprintf(stderr, "event %d (type 0x%x) quits the kiosk\n", n, e->type);
        fail();
    }
    track(e);
    if (in.has_key) lockdown_key(&lock, in.key, now);
    return in;
}

/* A key event as SDL would deliver it: SDL drops the release of a key not
 * down, and sends the press of a key already down as a repeat (and only
 * then). Untouched, any other event. */
static void as_sdl_would(SDL_Event *e)
{
    if (e->type != SDL_KEYDOWN && e->type != SDL_KEYUP) return;
    size_t i = 0;
    while (keys[i] != e->key.keysym.sym) i++;
    if (e->type == SDL_KEYUP && !held[i]) {
        e->type = SDL_KEYDOWN;
        e->key.state = SDL_PRESSED;
    }
    if (e->type == SDL_KEYDOWN) e->key.repeat = held[i];
}

static void check_chord(int n)
{
    bool due = lockdown_exit_due(&lock, now);
    bool genuine = truly_exact() && now - changed_at >= HOLD_MS;
    if (due != genuine) {
        fprintf(stderr, "event %d at %llu ms: the chord says %s, the events "
                "%s\n", n, (unsigned long long)now, due ? "exit" : "stay",
                genuine ? "exit" : "stay");
        fail();
    }
    exits += due && !was_due;
    was_due = due;
}

/* The operator: everything released, then Ctrl, Alt, Shift and Q pressed
 * as SDL reports them (each event with the modifiers held after it), held
 * for about the hold time with Q repeating, then released. */
static void operator_hold(int n)
{
    for (size_t i = 0; i < KEYS; i++)
        if (held[i]) {
            SDL_Event up = key_event(false, keys[i], KMOD_NONE, false);
            feed(&up, n);
            check_chord(n);
        }
    static const SDL_Keycode chord[] = {SDLK_LCTRL, SDLK_LALT, SDLK_LSHIFT, SDLK_q};
    static const Uint16 mods[] = {KMOD_LCTRL, KMOD_LCTRL | KMOD_LALT,
                                  KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT,
                                  KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT};
    for (int i = 0; i < 4; i++) {
        SDL_Event down = key_event(true, chord[i], mods[i], false);
        feed(&down, n);
        now += rnd(100);
        check_chord(n);
    }
    uint64_t hold = HOLD_MS - 300 + rnd(600);
    for (uint64_t t = 0; t < hold;) {
        uint64_t step = 1 + rnd(50);
        now += step;
        t += step;
        SDL_Event rep = key_event(true, SDLK_q, mods[3], true);
        feed(&rep, n);
        check_chord(n);
    }
    SDL_Event up = key_event(false, SDLK_q, mods[3], false);
    feed(&up, n);
    check_chord(n);
}

static void test_kiosk_mode_never_quits(void **state)
{
    (void)state;
    seed();
    lockdown_init(&lock, CHORD_CTRL | CHORD_ALT | CHORD_SHIFT,
                  input_key_code("q"), HOLD_MS);
    memset(held, 0, sizeof held);
    last_mod = 0;
    now = changed_at = 0;
    /* First anything at all, key events SDL would never send included (a
     * release of a key not down, a repeat of one never pressed): no quit. */
    for (int n = 0; n < EVENTS / 2; n++) {
        SDL_Event e = random_event();
        assert_int_not_equal(translate(&e, false).kind, INPUT_QUIT);
    }
    /* Then keys as SDL reports them, each checked against the chord. */
    uint32_t redraws = 0, pointers = 0, events = 0;
    was_due = false;
    exits = 0;
    for (int n = 0; n < EVENTS; n++) {
        uint32_t r = rnd(1000);
        if (r < 2) {
            operator_hold(n);
        } else if (r < 30) {
            /* Time passes; now and then long enough for a held chord. */
            now += rnd(4) ? rnd(500) : rnd(5000);
        } else {
            SDL_Event e = r < 80 ? key_event(rnd(3) != 0, SDLK_q,
                                             mod_choices[8 + rnd(6)], rnd(2))
                                 : random_event();
            as_sdl_would(&e);
            input_t in = feed(&e, n);
            redraws += in.kind == INPUT_REDRAW;
            pointers += in.kind == INPUT_POINTER;
            events += in.kind == INPUT_EVENT;
        }
        check_chord(n);
    }
    printf("  %d random events in kiosk mode: no quit; %u navigation, %u "
           "pointer, %u redraw; the chord truly held %u times, and only then "
           "due\n", EVENTS, events, pointers, redraws, exits);
    assert_true(events > 0 && pointers > 0 && redraws > 0);
    assert_true(exits > 0);
}

/* ------------------------------------------------ what a visitor tries */

static void assert_kinds(const SDL_Event *e, input_kind_t kiosk,
                         input_kind_t windowed)
{
    assert_int_equal(translate(e, false).kind, kiosk);
    assert_int_equal(translate(e, true).kind, windowed);
}

static void test_visitor_escapes(void **state)
{
    (void)state;
    SDL_Event e = key_event(true, SDLK_ESCAPE, KMOD_NONE, false);
    assert_kinds(&e, INPUT_NONE, INPUT_QUIT);
    e = key_event(true, SDLK_ESCAPE, KMOD_NONE, true); /* a repeat */
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    e = key_event(false, SDLK_ESCAPE, KMOD_NONE, false);
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    e = key_event(true, SDLK_F4, KMOD_LALT, false);
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    e = key_event(true, SDLK_q, KMOD_LCTRL, false);
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    e = key_event(true, SDLK_w, KMOD_LCTRL, false);
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    memset(&e, 0, sizeof e);
    e.type = SDL_QUIT; /* the window manager's close request */
    assert_kinds(&e, INPUT_NONE, INPUT_QUIT);
    e.type = SDL_APP_TERMINATING;
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    e.type = SDL_WINDOWEVENT;
    e.window.event = SDL_WINDOWEVENT_CLOSE;
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    /* Focus lost, minimised, hidden: the wall's window is put back, with
     * the reason for the log; a development window is left alone. */
    e.window.event = SDL_WINDOWEVENT_FOCUS_LOST;
    assert_kinds(&e, INPUT_KEEP_ON_WALL, INPUT_NONE);
    assert_int_equal(translate(&e, false).gone, BOARD_GONE_UNFOCUSED);
    e.window.event = SDL_WINDOWEVENT_MINIMIZED;
    assert_kinds(&e, INPUT_KEEP_ON_WALL, INPUT_NONE);
    assert_int_equal(translate(&e, false).gone, BOARD_GONE_MINIMISED);
    e.window.event = SDL_WINDOWEVENT_HIDDEN;
    assert_kinds(&e, INPUT_KEEP_ON_WALL, INPUT_NONE);
    assert_int_equal(translate(&e, false).gone, BOARD_GONE_HIDDEN);
    /* Uncovered, the panel gets its pixels back without a redraw. */
    e.window.event = SDL_WINDOWEVENT_EXPOSED;
    assert_kinds(&e, INPUT_REPAINT, INPUT_REPAINT);
}

/* Every key press and release goes to the chord with its modifiers. */
static void test_keys_reach_the_chord(void **state)
{
    (void)state;
    SDL_Event e = key_event(true, SDLK_q, KMOD_LCTRL | KMOD_RALT | KMOD_LSHIFT | KMOD_CAPS, false);
    input_t in = translate(&e, false);
    assert_true(in.has_key);
    assert_true(in.key.down);
    assert_false(in.key.repeat);
    assert_false(in.key.modifier);
    assert_int_equal(in.key.mods, CHORD_CTRL | CHORD_ALT | CHORD_SHIFT);
    assert_int_equal(in.key.key, input_key_code("Q"));
    e = key_event(false, SDLK_LGUI, KMOD_LCTRL | KMOD_LGUI, false);
    in = translate(&e, false);
    assert_true(in.has_key);
    assert_false(in.key.down);
    assert_true(in.key.modifier);
    assert_int_equal(in.key.mods, CHORD_CTRL | LOCKDOWN_MOD_OTHER);
    /* Navigation still navigates, and reaches the chord too. */
    e = key_event(true, SDLK_RIGHT, KMOD_NONE, false);
    in = translate(&e, false);
    assert_int_equal(in.kind, INPUT_EVENT);
    assert_int_equal(in.event, SM_EV_NEXT);
    assert_true(in.has_key);
    e = key_event(true, SDLK_RIGHT, KMOD_NONE, true);
    assert_int_equal(translate(&e, false).kind, INPUT_NONE); /* repeat */
    /* Names as the settings give them. */
    assert_int_equal(input_key_code("q"), SDLK_q);
    assert_int_equal(input_key_code("f12"), SDLK_F12);
    assert_int_equal(input_key_code("F12"), SDLK_F12);
    assert_int_equal(input_key_code("no such key"), 0);
}

/* ------------------------------------------------------ touch and mouse */

static void test_pointer(void **state)
{
    (void)state;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    /* SDL's mouse events made up from a touch: dropped. */
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.which = SDL_TOUCH_MOUSEID;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = 1000;
    e.button.y = 300;
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    e.type = SDL_MOUSEMOTION;
    e.motion.which = SDL_TOUCH_MOUSEID;
    e.motion.state = SDL_BUTTON_LMASK;
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    /* A real mouse's left button: a pointer. */
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONUP;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = 1000;
    e.button.y = 300;
    input_t in = translate(&e, false);
    assert_int_equal(in.kind, INPUT_POINTER);
    assert_int_equal(in.pointer.phase, GESTURE_UP);
    assert_int_equal(in.pointer.x, 1000);
    assert_int_equal(in.pointer.y, 300);
    assert_true(in.pointer.id == INPUT_MOUSE_ID);
    e.button.button = SDL_BUTTON_RIGHT;
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    /* Moving without the button: nothing to follow. */
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = 5;
    assert_kinds(&e, INPUT_NONE, INPUT_NONE);
    /* A finger: 0..1 to the panel's pixels, kept on it. */
    memset(&e, 0, sizeof e);
    e.type = SDL_FINGERDOWN;
    e.tfinger.fingerId = 3;
    e.tfinger.x = 0.75f;
    e.tfinger.y = 0.5f;
    in = translate(&e, false);
    assert_int_equal(in.kind, INPUT_POINTER);
    assert_int_equal(in.pointer.phase, GESTURE_DOWN);
    assert_int_equal(in.pointer.x, 960);
    assert_int_equal(in.pointer.y, 360);
    assert_true(in.pointer.id == 3);
    e.type = SDL_FINGERMOTION;
    e.tfinger.x = 1.7f;
    e.tfinger.y = -0.2f;
    in = translate(&e, false);
    assert_int_equal(in.pointer.phase, GESTURE_MOVE);
    assert_int_equal(in.pointer.x, PANEL_W - 1);
    assert_int_equal(in.pointer.y, 0);
    /* Through the recogniser: a tap is one step, once. */
    gesture_t g;
    gesture_init(&g);
    sm_event_kind_t turn;
    int acted = 0;
    static const Uint32 phases[] = {SDL_FINGERDOWN, SDL_FINGERUP, SDL_FINGERUP};
    for (int i = 0; i < 3; i++) {
        e.type = phases[i];
        e.tfinger.x = 0.8f;
        e.tfinger.y = 0.5f;
        in = translate(&e, false);
        acted += gesture_feed(&g, (gesture_panel_t){PANEL_W, PANEL_H, 0},
                              NULL, in.pointer, 1000, &turn);
    }
    assert_int_equal(acted, 1);
    assert_int_equal(turn, SM_EV_NEXT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kiosk_mode_never_quits),
        cmocka_unit_test(test_visitor_escapes),
        cmocka_unit_test(test_keys_reach_the_chord),
        cmocka_unit_test(test_pointer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
