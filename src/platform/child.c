/* child.c - commands started and never waited for; see child.h. */
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

extern char **environ;

/* posix_spawn's attributes: a process group of its own (so that a kill
 * reaches the shell's children), every signal at its default (the kiosk
 * ignores SIGPIPE, which would otherwise be inherited) and none blocked. */
static bool prepare(posix_spawnattr_t *attr, posix_spawn_file_actions_t *files)
{
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    if (posix_spawnattr_init(attr) != 0) return false;
    posix_spawnattr_setflags(attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
                                       POSIX_SPAWN_SETSIGMASK);
    posix_spawnattr_setpgroup(attr, 0);
    posix_spawnattr_setsigdefault(attr, &all);
    posix_spawnattr_setsigmask(attr, &none);
    /* Not the kiosk's stdin: under systemd that is the console, whose
     * keys are the visitor's. */
    if (posix_spawn_file_actions_init(files) != 0) {
        posix_spawnattr_destroy(attr);
        return false;
    }
    posix_spawn_file_actions_addopen(files, 0, "/dev/null", O_RDONLY, 0);
    return true;
}

bool child_start(child_t *c, const char *command, uint64_t now_ms,
                 uint64_t limit_ms, char *why, size_t cap)
{
    if (c->pid) {
        snprintf(why, cap, "the last command is still running");
        return false;
    }
    posix_spawnattr_t attr;
    posix_spawn_file_actions_t files;
    if (!prepare(&attr, &files)) {
        snprintf(why, cap, "cannot prepare to start it");
        return false;
    }
    char *argv[] = {"/bin/sh", "-c", (char *)command, NULL};
    pid_t pid;
    int err = posix_spawn(&pid, "/bin/sh", &files, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attr);
    if (err != 0) {
        snprintf(why, cap, "cannot start /bin/sh: %s", strerror(err));
        return false;
    }
    *c = (child_t){pid, now_ms + limit_ms, false};
    return true;
}

bool child_running(const child_t *c) { return c->pid != 0; }

static child_state_t ended(child_t *c, int status, char *why, size_t cap)
{
    bool killed = c->killed;
    *c = (child_t){0, 0, false};
    if (killed) return CHILD_KILLED;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return CHILD_DONE;
    if (WIFEXITED(status))
        snprintf(why, cap, "exited with status %d", WEXITSTATUS(status));
    else
        snprintf(why, cap, "ended by signal %d", WTERMSIG(status));
    return CHILD_FAILED;
}

child_state_t child_poll(child_t *c, uint64_t now_ms, char *why, size_t cap)
{
    if (!c->pid) return CHILD_IDLE;
    int status;
    pid_t got = waitpid(c->pid, &status, WNOHANG);
    if (got == c->pid) return ended(c, status, why, cap);
    if (got < 0 && errno == ECHILD) { /* reaped elsewhere: nothing to know */
        *c = (child_t){0, 0, false};
        return CHILD_DONE;
    }
    if (now_ms >= c->deadline_ms && !c->killed) {
        /* The group: `sh -c "a; b"` leaves its children behind otherwise.
         * Reaped on a later look, once the kernel has ended it. */
        kill(-c->pid, SIGKILL);
        c->killed = true;
    }
    return CHILD_RUNNING;
}
