/* power.c - the panel's power by the opening hours; see power.h. */
#include "power.h"

#include <stdio.h>

#include "../platform/log.h"
#include "../platform/panel_power.h"

void power_start(power_t *p)
{
    *p = (power_t){0};
    p->on = true;
    p->started = false;
    complaint_init(&p->trouble, "panel power");
}

/* Asleep the panel is dark: off, unless it shows the closed notice. */
static bool wanted_on(const kiosk_t *k)
{
    return k->sm.state != SM_SLEEP || k->settings.closed_notice;
}

static void switch_builtin(power_t *p, board_t *b, uint64_t now_ms)
{
    switch (panel_power_set(b, p->on)) {
    case PANEL_POWER_DONE: complaint_ok(&p->trouble); return;
    case PANEL_POWER_FAILED:
        complaint_failed(&p->trouble, now_ms, "the display refused DPMS");
        return;
    case PANEL_POWER_NO_SWITCH:
        if (p->told_no_switch) return;
        p->told_no_switch = true;
        log_info("panel power: no built-in switch (%s); only "
                 "display_off_command and display_on_command", panel_power_missing(b));
        return;
    }
}

/* The command for the panel's state, if one is set and none runs. */
static void run_command(power_t *p, kiosk_t *k, uint64_t now_ms)
{
    const char *cmd = p->on ? k->settings.display_on_command
                            : k->settings.display_off_command;
    if (!p->command_due || child_running(&p->child)) return;
    p->command_due = false;
    char why[160];
    if (*cmd && !child_start(&p->child, cmd, now_ms, POWER_COMMAND_LIMIT_MS,
                             why, sizeof why))
        complaint_failed(&p->trouble, now_ms, why);
}

/* The command under way: its end, good or bad, or its time limit. */
static void watch_command(power_t *p, uint64_t now_ms)
{
    char why[160];
    switch (child_poll(&p->child, now_ms, why, sizeof why)) {
    case CHILD_IDLE:
    case CHILD_RUNNING: return;
    case CHILD_DONE: complaint_ok(&p->trouble); return;
    case CHILD_FAILED: complaint_failed(&p->trouble, now_ms, why); return;
    case CHILD_KILLED:
        snprintf(why, sizeof why, "the command ran past its time limit (%u s) "
                 "and was killed", POWER_COMMAND_LIMIT_MS / 1000u);
        complaint_failed(&p->trouble, now_ms, why);
        return;
    }
}

void power_poll(power_t *p, kiosk_t *k, board_t *b, uint64_t now_ms)
{
    bool on = wanted_on(k);
    /* At start the command runs whatever the state: the last run may
     * have ended with the panel off (stopped or crashed at night), and
     * this one may start in opening hours. The built-in switch is only
     * used for a change: the display server has the panel on at start. */
    if (!p->started || on != p->on) {
        bool change = on != p->on;
        p->started = true;
        p->on = on;
        p->command_due = true;
        log_info(on ? "panel on" : "panel off: closed by the opening hours (on purpose)");
        if (change) switch_builtin(p, b, now_ms);
    }
    watch_command(p, now_ms);
    run_command(p, k, now_ms);
    k->power = (metrics_power_t){p->on, p->trouble.total};
}
