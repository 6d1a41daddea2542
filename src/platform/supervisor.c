/* supervisor.c - systemd notifications through libsystemd's sd_notify;
 * see supervisor.h. */
#include "supervisor.h"

#include <stdio.h>
#include <systemd/sd-daemon.h>

#include "log.h"

void supervisor_ready(const char *status)
{
    char msg[256];
    snprintf(msg, sizeof msg, "READY=1\nSTATUS=%s", status);
    if (sd_notify(0, msg) > 0) log_info("told the service manager: ready");
}

uint64_t supervisor_ping_interval_ms(void)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0) return 0;
    /* Half the timeout, as systemd advises: one late ping is not death. */
    uint64_t ms = usec / 2000u;
    return ms > 0 ? ms : 1;
}

void supervisor_ping(void) { sd_notify(0, "WATCHDOG=1"); }

void supervisor_stopping(void) { sd_notify(0, "STOPPING=1"); }
