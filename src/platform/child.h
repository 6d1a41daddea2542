/* child.h - a shell command the kiosk starts and never waits for (the
 * panel's power commands: HDMI-CEC through cec-client, wlr-randr...).
 *
 * The main loop must go on turning whatever the command does: it is
 * started with posix_spawn (/bin/sh -c COMMAND, stdin from /dev/null, in a
 * process group of its own, signals at their defaults), looked at with
 * waitpid(WNOHANG) on each turn of the loop, and past its time limit its
 * whole group is killed (a shell's children too). One command at a time.
 */
#ifndef KIOSK_CHILD_H
#define KIOSK_CHILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct {
    pid_t pid;          /* 0: none running */
    uint64_t deadline_ms; /* killed if still running then */
    bool killed;        /* the deadline passed: SIGKILL sent */
} child_t;

/* What a look at the command found. */
typedef enum {
    CHILD_IDLE,    /* none was running */
    CHILD_RUNNING,
    CHILD_DONE,    /* exited with status 0 */
    CHILD_FAILED,  /* exited with another status or died of a signal:
                    * why in the caller's buffer */
    CHILD_KILLED   /* ran past its time limit and was killed */
} child_state_t;

/* Starts `command` at now_ms with limit_ms to run. False (why in
 * why[0..cap)) when it could not start or one is running already. */
bool child_start(child_t *c, const char *command, uint64_t now_ms,
                 uint64_t limit_ms, char *why, size_t cap);

/* Looks at it without waiting; kills it past its deadline. CHILD_FAILED
 * says why in why[0..cap) ("exited with status 3"). */
child_state_t child_poll(child_t *c, uint64_t now_ms, char *why, size_t cap);

bool child_running(const child_t *c);

#endif
