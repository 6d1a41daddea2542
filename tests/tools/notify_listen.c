/* notify_listen.c - stands in for systemd's end of the notify socket.
 *
 *   notify-listen SOCKET_PATH
 *
 * Binds a datagram socket at SOCKET_PATH and prints every message the
 * kiosk sends (READY=1, WATCHDOG=1, STOPPING=1...), a line each, flushed
 * at once, until it is killed. The supervision test reads its output.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: notify-listen SOCKET_PATH\n");
        return 2;
    }
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    if (strlen(argv[1]) >= sizeof addr.sun_path) {
        fprintf(stderr, "%s: path too long\n", argv[1]);
        return 1;
    }
    strcpy(addr.sun_path, argv[1]);
    unlink(argv[1]);
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        perror(argv[1]);
        return 1;
    }
    char buf[4096];
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
        if (n < 0) continue;
        buf[n] = '\0';
        /* One message may hold several lines: print them as one. */
        for (char *p = buf; *p; p++)
            if (*p == '\n') *p = ' ';
        printf("%s\n", buf);
        fflush(stdout);
    }
}
