/* run_live.c - the slideshow on a real display.
 *
 * The loop sleeps in input_wait (the board's event wait) until the next
 * thing that can change the picture: a key, the end of the slide's time,
 * or the next step of the progress bar. Between those it uses no CPU.
 */
#include <signal.h>

#include "../platform/board.h"
#include "../platform/input.h"
#include "../platform/log.h"
#include "../platform/supervisor.h"
#include "narrate.h"
#include "fleet.h"
#include "power.h"
#include "run.h"
#include "wall.h"

/* The progress bar moves this often: smooth enough to see it move, rare
 * enough to cost nothing (one small rectangle flushed). */
#define PROGRESS_STEP_MS 250u
/* The longest sleep, so that a stop request is seen promptly even if the
 * signal does not interrupt the wait. */
#define MAX_WAIT_MS 500u

static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t reload_requested;
static volatile sig_atomic_t snapshot_requested;

/* Touch and mouse to next / previous (gesture.h), and the operator's exit
 * chord (lockdown.h): the only way out on the wall besides a signal. */
static gesture_t gesture;
static lockdown_t lockdown;
/* A finger was seen: the panel has a touch screen, whether SDL counted
 * it as a device or not (kiosk_set_touch). */
static bool finger_seen;

static void on_stop_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

/* SIGHUP: check the content file now (a publishing script can say so). */
static void on_reload_signal(int sig)
{
    (void)sig;
    reload_requested = 1;
}

/* SIGUSR1: a picture of the wall (fleet.h). */
static void on_snapshot_signal(int sig)
{
    (void)sig;
    snapshot_requested = 1;
}

/* SIGTERM (systemd stopping us) and SIGINT end the kiosk cleanly. SDL's
 * own handlers are off: they would turn a signal into SDL_QUIT, which a
 * fullscreen kiosk ignores. */
static void install_signal_handlers(void)
{
    struct sigaction sa = {0};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_reload_signal;
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_snapshot_signal;
    sigaction(SIGUSR1, &sa, NULL);
}

/* How long to sleep: until the next thing that can change the picture.
 * During a crossfade, one display frame: it draws as fast as the panel
 * shows, and no faster. */
static int wait_ms(const kiosk_t *k, int frame_ms)
{
    if (screen_animating(&k->screen)) return frame_ms;
    uint64_t due = sm_ms_until_due(&k->sm);
    uint64_t wait = due < MAX_WAIT_MS ? due : MAX_WAIT_MS;
    if (k->sm.state == SM_ATTRACT && wait > PROGRESS_STEP_MS) wait = PROGRESS_STEP_MS;
    /* Opening and closing time, to the millisecond. Asleep, nothing else
     * is due: the loop turns only every MAX_WAIT_MS, for the signals. */
    uint64_t change = kiosk_ms_to_hours_change(k);
    if (change < wait) wait = change;
    /* The exit chord held: awake when its time is up, not a turn later. */
    uint64_t chord = lockdown_ms_until_exit(&lockdown, board_now_ms());
    if (chord < wait) wait = chord;
    return (int)wait;
}

/* Handles one input; false when the kiosk should end. */
static bool handle(kiosk_t *k, board_t *b, input_t in)
{
    if (in.has_key) lockdown_key(&lockdown, in.key, board_now_ms());
    gesture_panel_t panel = {b->panel.w, b->panel.h, b->rotate};
    sm_event_kind_t turn;
    switch (in.kind) {
    case INPUT_NONE: break;
    case INPUT_EVENT: kiosk_visitor(k, METRICS_INPUT_KEY, in.event); break;
    case INPUT_POINTER: {
        /* A tap or a swipe acts as the key it stands for; a tap on the
         * language button as L, on the speaker button as A (the targets
         * are the slide's, from the view on the panel). */
        gesture_targets_t targets = view_tap_targets(&k->screen.view);
        if (in.pointer.id != INPUT_MOUSE_ID) finger_seen = true;
        if (gesture_feed(&gesture, panel, &targets, in.pointer, board_now_ms(),
                         &turn))
            kiosk_visitor(k, METRICS_INPUT_TOUCH, turn);
        break;
    }
    case INPUT_REDRAW:
        board_refresh(b);
        screen_invalidate(&k->screen);
        break;
    case INPUT_REPAINT:
        if (board_repaint(b)) screen_invalidate(&k->screen);
        break;
    case INPUT_KEEP_ON_WALL: board_keep_on_wall(b, in.gone); break;
    case INPUT_DEVICE_RESET:
        board_device_reset(b);
        screen_invalidate(&k->screen);
        break;
    case INPUT_QUIT: return false;
    }
    return true;
}

/* The exit chord from the settings. Its key is named as SDL names keys;
 * a name SDL does not know falls back to the default chord, so that the
 * operator is never locked out by a typo. */
static void lockdown_start(const settings_t *s)
{
    settings_chord_t chord = s->exit_chord;
    int32_t code = input_key_code(chord.key);
    if (!code) {
        log_error("exit_chord: no key is named '%s'; the exit chord is "
                  "ctrl+alt+shift+q", chord.key);
        settings_parse_chord("ctrl+alt+shift+q", &chord);
        code = input_key_code(chord.key);
    }
    lockdown_init(&lockdown, chord.mods, code, s->exit_hold_ms);
    gesture_init(&gesture);
    log_info("operator exit: hold %s%s%s%s for %u s",
             chord.mods & CHORD_CTRL ? "ctrl+" : "",
             chord.mods & CHORD_ALT ? "alt+" : "",
             chord.mods & CHORD_SHIFT ? "shift+" : "", chord.key,
             (unsigned)(s->exit_hold_ms / 1000));
}

static void present(kiosk_t *k, board_t *b)
{
    fb_rect_t dirty;
    if (kiosk_draw(k, &b->fb, &dirty))
        board_flush(b, &dirty, 1);
}

/* What a fleet sees of the wall (fleet.h), after the tick. */
static void serve_fleet(fleet_t *f, kiosk_t *k, const board_t *b)
{
    if (snapshot_requested) {
        snapshot_requested = 0;
        fleet_request_snapshot(f);
    }
    fleet_poll(f, k, &b->panel);
}

int run_live(kiosk_t *k, const cli_t *cli)
{
    static fleet_t fleet;
    static power_t power;
    board_t board;
    install_signal_handlers();
    if (!board_open_display(&board, cli->windowed, cli->width, cli->height,
                            k->settings.rotate))
        return 1;
    int frame_ms = 1000 / board_refresh_hz(&board);
    log_info("showing %u slides at %dx%d%s", k->deck.count, board.panel.w,
             board.panel.h, cli->windowed ? " in a window" : " fullscreen");
    lockdown_start(&k->settings);
    /* Asleep at once if the museum is closed now. */
    kiosk_hours_start(k, false, 0);
    uint64_t last = board_now_ms();
    uint64_t ping_every = supervisor_ping_interval_ms(), next_ping = 0;
    k->watchdog = ping_every != 0;
    fleet_start(&fleet, k);
    power_start(&power);
    bool running = true, chord_exit = false;
    kiosk_set_touch(k, input_touch_screen());
    present(k, &board);
    if (board_claim_fullscreen(&board)) screen_invalidate(&k->screen);
    supervisor_ready("showing the slideshow");
    /* The voice and the sound card, once the slide is on the wall: asking
     * a sound server can take a tenth of a second, which the first frame
     * must not wait for. Without them the kiosk goes on; with them the
     * speaker button appears (one redraw). */
    narrate_open(k, SPEECH_DEVICE);
    while (running && !stop_requested) {
        present(k, &board);
        input_t in;
        bool got = input_wait(&board, wait_ms(k, frame_ms), &in);
        /* Time first, then the keys that arrived: a key acts on the slide
         * the visitor saw when pressing it. */
        uint64_t now = board_now_ms();
        kiosk_event(k, (sm_event_t){SM_EV_TICK, now - last});
        last = now;
        kiosk_hours_check(k);
        /* From the main loop itself: if the loop stalls, the pings stop
         * and the service manager restarts the kiosk. The loop turns at
         * least every MAX_WAIT_MS, well inside any sane watchdog. */
        if (ping_every && now >= next_ping) {
            supervisor_ping();
            next_ping = now + ping_every;
            k->watchdog_ping_wall_ms = wall_now_ms();
        }
        /* The content file: when due, or at once after a SIGHUP. */
        bool reload_now = reload_requested != 0;
        reload_requested = 0;
        kiosk_check_content(k, reload_now);
        serve_fleet(&fleet, k, &board);
        power_poll(&power, k, &board, now);
        if (got) running = handle(k, &board, in);
        while (running && input_wait(&board, 0, &in)) running = handle(k, &board, in);
        kiosk_set_touch(k, finger_seen || input_touch_screen());
        board_poll(&board);
        if (running && lockdown_exit_due(&lockdown, board_now_ms())) {
            chord_exit = true;
            running = false;
        }
    }
    if (chord_exit) log_info("operator exit (chord)");
    else log_info("stopping (%s)", stop_requested ? "signal" : "Escape in the window");
    supervisor_stopping();
    narrate_close(k);
    fleet_finish(&fleet, k);
    board_close(&board);
    return chord_exit ? KIOSK_EXIT_OPERATOR : 0;
}
