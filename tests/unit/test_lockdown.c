/* test_lockdown.c - the operator's exit chord: held exactly the hold time
 * it exits, released a moment before it does not; wrong modifiers, an
 * extra key or an extra modifier do not; auto-repeat keeps it held; the
 * order the keys go down in does not matter; a configured chord works.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/lockdown.h"

/* Key codes for the test (the platform's would be SDL keycodes). */
enum { KEY_Q = 'q', KEY_W = 'w', KEY_A = 'a', KEY_F12 = 1000,
       KEY_CTRL = 2000, KEY_ALT, KEY_SHIFT, KEY_GUI };

#define ALL3 (CHORD_CTRL | CHORD_ALT | CHORD_SHIFT)

static lockdown_t l;
static uint8_t mods;
static uint64_t now;

static void start(void)
{
    settings_chord_t c;
    assert_true(settings_parse_chord("ctrl+alt+shift+q", &c));
    assert_int_equal(c.mods, ALL3);
    lockdown_init(&l, c.mods, KEY_Q, 3000);
    mods = 0;
    now = 1000000;
}

static uint8_t mod_bit(int key)
{
    switch (key) {
    case KEY_CTRL: return CHORD_CTRL;
    case KEY_ALT: return CHORD_ALT;
    case KEY_SHIFT: return CHORD_SHIFT;
    case KEY_GUI: return LOCKDOWN_MOD_OTHER;
    default: return 0;
    }
}

static void event(int key, bool down, bool repeat)
{
    uint8_t bit = mod_bit(key);
    if (bit) mods = down ? (uint8_t)(mods | bit) : (uint8_t)(mods & ~bit);
    lockdown_key(&l, (lockdown_key_t){down, repeat, bit != 0, mods, key}, now);
}

static void down(int key) { event(key, true, false); }
static void up(int key) { event(key, false, false); }

static void press_chord(void)
{
    down(KEY_CTRL);
    down(KEY_ALT);
    down(KEY_SHIFT);
    down(KEY_Q);
}

static void wait_ms(uint64_t ms) { now += ms; }

static bool exits(void) { return lockdown_exit_due(&l, now); }

/* ----------------------------------------------------------------- */

static void test_held_exactly_three_seconds_exits(void **state)
{
    (void)state;
    start();
    assert_false(exits());
    assert_true(lockdown_ms_until_exit(&l, now) == UINT64_MAX);
    press_chord();
    assert_false(exits());
    assert_int_equal(lockdown_ms_until_exit(&l, now), 3000);
    wait_ms(2999);
    assert_false(exits());
    assert_int_equal(lockdown_ms_until_exit(&l, now), 1);
    wait_ms(1);
    assert_true(exits());
    assert_int_equal(lockdown_ms_until_exit(&l, now), 0);
}

static void test_released_at_2900_does_not(void **state)
{
    (void)state;
    start();
    press_chord();
    wait_ms(2900);
    up(KEY_Q);
    wait_ms(10000);
    assert_false(exits());
    assert_true(lockdown_ms_until_exit(&l, now) == UINT64_MAX);
    /* Releasing a modifier ends the hold as well. */
    down(KEY_Q);
    wait_ms(2900);
    up(KEY_SHIFT);
    wait_ms(1000);
    assert_false(exits());
    /* Pressed again: the time starts over. */
    down(KEY_SHIFT);
    wait_ms(2999);
    assert_false(exits());
    wait_ms(1);
    assert_true(exits());
}

/* Short presses add nothing up. */
static void test_short_presses_do_not_add_up(void **state)
{
    (void)state;
    start();
    down(KEY_CTRL);
    down(KEY_ALT);
    down(KEY_SHIFT);
    for (int i = 0; i < 20; i++) {
        down(KEY_Q);
        wait_ms(500);
        up(KEY_Q);
        wait_ms(10);
        assert_false(exits());
    }
}

static void test_wrong_modifiers_do_not(void **state)
{
    (void)state;
    /* Ctrl+Alt+Q (Shift missing). */
    start();
    down(KEY_CTRL);
    down(KEY_ALT);
    down(KEY_Q);
    wait_ms(60000);
    assert_false(exits());
    /* Ctrl+Q, Shift+Q, Q alone. */
    start();
    down(KEY_CTRL);
    down(KEY_Q);
    wait_ms(60000);
    assert_false(exits());
    start();
    down(KEY_SHIFT);
    down(KEY_Q);
    wait_ms(60000);
    assert_false(exits());
    start();
    down(KEY_Q);
    wait_ms(60000);
    assert_false(exits());
    /* One modifier more: the Windows key with the chord. */
    start();
    press_chord();
    down(KEY_GUI);
    wait_ms(60000);
    assert_false(exits());
}

static void test_extra_key_does_not(void **state)
{
    (void)state;
    start();
    down(KEY_A);
    press_chord();
    wait_ms(60000);
    assert_false(exits());
    /* The extra key released, exactly the chord is held: from then on. */
    up(KEY_A);
    wait_ms(2999);
    assert_false(exits());
    wait_ms(1);
    assert_true(exits());

    /* A key pressed during the hold ends it. */
    start();
    press_chord();
    wait_ms(2000);
    down(KEY_W);
    wait_ms(60000);
    assert_false(exits());
    /* Another key with the chord's modifiers is not the chord. */
    start();
    down(KEY_CTRL);
    down(KEY_ALT);
    down(KEY_SHIFT);
    down(KEY_W);
    wait_ms(60000);
    assert_false(exits());
}

/* A held key repeats; the repeats keep the chord held, they do not start
 * its time again. */
static void test_repeats_keep_it_held(void **state)
{
    (void)state;
    start();
    press_chord();
    for (int i = 0; i < 90; i++) {
        wait_ms(33);
        event(KEY_Q, true, true);
        assert_false(exits());
    }
    wait_ms(3000 - 90 * 33);
    assert_true(exits());
    /* The repeat of a key pressed before the chord is still an extra key. */
    start();
    event(KEY_A, true, true);
    press_chord();
    wait_ms(5000);
    assert_false(exits());
}

/* The order the keys go down in does not matter. */
static void test_any_order(void **state)
{
    (void)state;
    start();
    down(KEY_Q);
    down(KEY_SHIFT);
    down(KEY_CTRL);
    assert_false(exits());
    wait_ms(5000);
    down(KEY_ALT); /* the hold starts here */
    wait_ms(2999);
    assert_false(exits());
    wait_ms(1);
    assert_true(exits());
}

/* The keyboard lost: every key forgotten, nothing due. */
static void test_release_all(void **state)
{
    (void)state;
    start();
    press_chord();
    wait_ms(2000);
    lockdown_release_all(&l);
    wait_ms(5000);
    assert_false(exits());
}

/* More keys down than the table holds: still not the chord, and once they
 * are all up again the chord works. */
static void test_many_keys(void **state)
{
    (void)state;
    start();
    for (int k = 0; k < 3 * LOCKDOWN_MAX_HELD; k++) down(100 + k);
    /* Keys held repeat: each is still one key. */
    for (int k = 0; k < 3 * LOCKDOWN_MAX_HELD; k++) event(100 + k, true, true);
    press_chord();
    wait_ms(60000);
    assert_false(exits());
    for (int k = 0; k < 3 * LOCKDOWN_MAX_HELD; k++) up(100 + k);
    up(KEY_Q);
    down(KEY_Q);
    wait_ms(3000);
    assert_true(exits());
}

/* The chord key first, then 15 keys more (the table's 16: LOCKDOWN_MAX_HELD)
 * and one past them, only counted; the 15 let go: the table holds only
 * the chord's key, but the counted one is still down: not the chord. */
static void test_counted_key_still_down(void **state)
{
    (void)state;
    start();
    down(KEY_CTRL);
    down(KEY_ALT);
    down(KEY_SHIFT);
    down(KEY_Q);
    /* (Codes from 3000: 'q' itself is 113.) */
    for (int k = 0; k < 16; k++) down(3000 + k); /* 15 kept, 1 counted */
    for (int k = 0; k < 15; k++) up(3000 + k);
    wait_ms(60000);
    assert_false(exits());
    /* The counted one up too: exactly the chord, held from then on. */
    up(3015);
    wait_ms(2999);
    assert_false(exits());
    wait_ms(1);
    assert_true(exits());
}

/* A configured chord and hold time (settings: exit_chord = ctrl+f12,
 * exit_hold_seconds = 5). */
static void test_configured_chord(void **state)
{
    (void)state;
    settings_chord_t c;
    assert_true(settings_parse_chord("ctrl+f12", &c));
    lockdown_init(&l, c.mods, KEY_F12, 5000);
    mods = 0;
    now = 0;
    press_chord(); /* the default chord is nothing now */
    wait_ms(10000);
    assert_false(exits());
    up(KEY_Q);
    up(KEY_ALT);
    up(KEY_SHIFT);
    down(KEY_F12);
    wait_ms(4999);
    assert_false(exits());
    wait_ms(1);
    assert_true(exits());
}

/* An unknown key (code 0) never makes a chord, even with the key unknown
 * to the platform. */
static void test_unknown_key(void **state)
{
    (void)state;
    lockdown_init(&l, ALL3, 0, 3000);
    mods = 0;
    down(KEY_CTRL);
    down(KEY_ALT);
    down(KEY_SHIFT);
    down(0);
    wait_ms(60000);
    assert_false(exits());
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_held_exactly_three_seconds_exits),
        cmocka_unit_test(test_released_at_2900_does_not),
        cmocka_unit_test(test_short_presses_do_not_add_up),
        cmocka_unit_test(test_wrong_modifiers_do_not),
        cmocka_unit_test(test_extra_key_does_not),
        cmocka_unit_test(test_repeats_keep_it_held),
        cmocka_unit_test(test_any_order),
        cmocka_unit_test(test_release_all),
        cmocka_unit_test(test_many_keys),
        cmocka_unit_test(test_counted_key_still_down),
        cmocka_unit_test(test_configured_chord),
        cmocka_unit_test(test_unknown_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
