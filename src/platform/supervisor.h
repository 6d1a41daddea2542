/* supervisor.h - telling a service manager how the kiosk is doing.
 *
 * Under systemd (Type=notify, WatchdogSec=; see data/kiosk.service) the
 * kiosk says when it is ready and then pings the watchdog from its main
 * loop: a kiosk whose loop stalls stops pinging, and systemd kills and
 * restarts it. Without NOTIFY_SOCKET in the environment every call here
 * does nothing.
 */
#ifndef KIOSK_SUPERVISOR_H
#define KIOSK_SUPERVISOR_H

#include <stdint.h>

/* READY=1, with a one-line status. */
void supervisor_ready(const char *status);

/* How often to ping: half the watchdog's timeout, or 0 when there is no
 * watchdog. */
uint64_t supervisor_ping_interval_ms(void);

/* WATCHDOG=1: the main loop is turning. */
void supervisor_ping(void);

/* STOPPING=1: a clean exit is under way. */
void supervisor_stopping(void);

#endif
