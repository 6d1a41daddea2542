/* power.h - the panel powered off while the museum is closed, and on
 * again at opening or on a staff key (README "Opening hours").
 *
 * The machine's SLEEP state is the cue: asleep, the panel is off; awake
 * (open, or a staff wake), on. With closed_notice = on the panel stays on,
 * as it has a notice to show. At start the command for the state the
 * kiosk starts in runs (a panel a crash left off is switched on again).
 * Each change goes to the board's built-in switch (panel_power.h: DPMS on X11 and KMS/DRM) and to the settings' command,
 * display_off_command or display_on_command, started without waiting
 * (child.h) and killed after POWER_COMMAND_LIMIT_MS. A change that comes
 * while a command runs waits for it to end, and then only the latest
 * wish runs. An off panel is reported (the log, the metrics) as off on
 * purpose; a command or switch that fails is counted and logged,
 * rate-limited.
 */
#ifndef KIOSK_POWER_H
#define KIOSK_POWER_H

#include <stdbool.h>
#include <stdint.h>

#include "../platform/board.h"
#include "../platform/child.h"
#include "complaint.h"
#include "kiosk.h"

/* Long enough for cec-client to find the bus (a few seconds), short
 * enough that a hung one does not hold the next change for long. */
#define POWER_COMMAND_LIMIT_MS 10000u

typedef struct {
    bool started;        /* the state at start was acted on */
    bool on;             /* what the panel was last told */
    bool command_due;    /* the command for `on` has yet to run */
    bool told_no_switch; /* the log said once there is no built-in one */
    child_t child;       /* the command running, if any */
    complaint_t trouble; /* failures, rate-limited in the log */
} power_t;

/* The panel is on when the kiosk starts. */
void power_start(power_t *p);

/* On each turn of the live loop: follows the machine's state, and looks
 * after the command under way; sets k->power for the metrics. */
void power_poll(power_t *p, kiosk_t *k, board_t *b, uint64_t now_ms);

#endif
