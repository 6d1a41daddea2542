/* bench.c - stopwatch measurements of the kiosk's own code paths, linked
 * with the kiosk's objects (all of build/obj but main.o). Measured, never
 * asserted: tests/bench/bench.sh collects the numbers into one table.
 *
 *     build/bench slides WxH REPS DIR   every slide composed and saved as
 *                                       DIR/slide-NNN.png, REPS times;
 *                                       per-slide medians
 *     build/bench fade WxH              every crossfade of one loop of the
 *                                       show, drawn at 60 Hz; frame times
 *     build/bench sizes                 sizeof the kiosk's static tables
 *     build/bench boot RUNS PNG CMD...  exec of CMD to PNG written (CMD
 *                                       writes PNG once), median over RUNS
 *     build/bench speech RUNS           what the main loop pays to start
 *                                       and stop narration while the
 *                                       worker synthesises (needs a sound
 *                                       driver: SDL_AUDIODRIVER=dummy)
 *
 * Output is "key value" lines (milliseconds unless the key says), one per
 * measurement, so the shell can pick them with awk; a "# ..." line is a
 * note for people.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "app/fleet.h"
#include "app/kiosk.h"
#include "app/power.h"
#include "platform/board.h"
#include "platform/log.h"
#include "platform/platform.h"
#include "platform/pngio.h"
#include "platform/speech.h"

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The p-th percentile (0..100) of v[0..n), nearest rank; sorts v. */
static double percentile(double *v, size_t n, double p)
{
    qsort(v, n, sizeof *v, cmp_double);
    size_t rank = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (rank < 1) rank = 1;
    if (rank > n) rank = n;
    return v[rank - 1];
}

static bool parse_size(const char *s, int *w, int *h)
{
    return sscanf(s, "%dx%d", w, h) == 2 && *w > 0 && *h > 0;
}

/* ------------------------------------------------------- the kiosk */

static kiosk_t kiosk; /* static, as main.c keeps it */

/* The built-in content as `build/kiosk` shows it by default.
 * kiosk_start is moving from kiosk_options_t to settings_t (the settings
 * file, in progress in src/): both are handled until that lands. */
static bool start(uint32_t transition_ms)
{
    if (!platform_init()) return false;
    log_set_level(LOG_ERROR); /* a cut text at 4K is the layout test's business */
#ifdef KIOSK_SETTINGS_H
    static settings_t settings;
    settings_defaults(&settings);
    settings.transition_ms = transition_ms;
    return kiosk_start(&kiosk, &settings);
#else
    kiosk_options_t options = {.content_path = NULL, .lang = LANG_DEFAULT,
                               .transition_ms = transition_ms};
    return kiosk_start(&kiosk, &options);
#endif
}

/* Draws what changed, as the live loop presents it. */
static void draw(board_t *b)
{
    fb_rect_t dirty;
    if (kiosk_draw(&kiosk, &b->fb, &dirty)) board_flush(b, &dirty, 1);
}

/* ------------------------------------------------------------ slides */

/* Each slide as `--shots` makes it: composed whole (text rendered, as on
 * every slide change), then saved. REPS times per slide: the first pass
 * also pays for opening fonts at new sizes; the median is the steady
 * cost, the worst is kept too. */
static int bench_slides(int w, int h, int reps, const char *dir)
{
    board_t b;
    if (!start(0) || !board_open_headless(&b, w, h, 0)) return 1;
    mkdir(dir, 0777);
    uint32_t n = kiosk.deck.count;
    double draw_med[LIMIT_SLIDES], save_med[LIMIT_SLIDES], total_med[LIMIT_SLIDES];
    double worst_total = 0;
    uint32_t worst_slide = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (i > 0)
            kiosk_event(&kiosk, (sm_event_t){SM_EV_TICK,
                                             kiosk.deck.slides[i - 1].duration_ms[kiosk.sm.lang]});
        double d[64], s[64], t[64];
        for (int r = 0; r < reps && r < 64; r++) {
            char path[PATH_MAX];
            snprintf(path, sizeof path, "%s/slide-%03u.png", dir, i + 1);
            screen_invalidate(&kiosk.screen); /* compose it whole, again */
            double t0 = now_ms();
            draw(&b);
            double t1 = now_ms();
            if (!pngio_save(&b.panel, path)) return 1;
            double t2 = now_ms();
            d[r] = t1 - t0, s[r] = t2 - t1, t[r] = t2 - t0;
            if (t[r] > worst_total) worst_total = t[r], worst_slide = i + 1;
        }
        draw_med[i] = percentile(d, (size_t)reps, 50);
        save_med[i] = percentile(s, (size_t)reps, 50);
        total_med[i] = percentile(t, (size_t)reps, 50);
        printf("slide %u draw %.2f save %.2f total %.2f\n", i + 1, draw_med[i],
               save_med[i], total_med[i]);
    }
    /* Which slide is slowest by its median: the one to look at. */
    uint32_t slowest = 0;
    for (uint32_t i = 1; i < n; i++)
        if (total_med[i] > total_med[slowest]) slowest = i;
    printf("slides_draw_max %.2f\n", percentile(draw_med, n, 100));
    printf("slides_save_max %.2f\n", percentile(save_med, n, 100));
    printf("slides_draw_p50 %.2f\n", percentile(draw_med, n, 50));
    printf("slides_save_p50 %.2f\n", percentile(save_med, n, 50));
    double slowest_ms = total_med[slowest];
    printf("slides_total_p50 %.2f\n", percentile(total_med, n, 50));
    printf("slides_total_max %.2f\nslides_total_max_slide %u\n", slowest_ms,
           slowest + 1);
    printf("slides_total_worst_single %.2f\nslides_total_worst_single_slide %u\n",
           worst_total, worst_slide);
    board_close(&b);
    return 0;
}

/* ------------------------------------------------------------ fades */

#define FRAME_MS 16u /* a 60 Hz display: what the live loop draws at */
#define MAX_FRAMES 4096

/* One loop of the show in attract mode with the default 500 ms fade,
 * drawn as the live loop draws it: a frame every 16 ms while a fade runs.
 * The first frame of a fade composes the new slide (text and all) into
 * the fade's picture, and the mixing starts on the next; that first
 * frame is reported apart, as are the others. */
static int bench_fade(int w, int h)
{
    board_t b;
    if (!start(500) || !board_open_headless(&b, w, h, 0)) return 1;
    static double all[MAX_FRAMES], later[MAX_FRAMES], first[LIMIT_SLIDES];
    size_t n_all = 0, n_later = 0, n_first = 0;
    draw(&b);
    for (uint32_t i = 0; i < kiosk.deck.count && n_all + 64 < MAX_FRAMES; i++) {
        /* To the end of this slide's time: the next slide fades in. */
        kiosk_event(&kiosk, (sm_event_t){SM_EV_TICK, sm_ms_until_due(&kiosk.sm)});
        for (bool first_frame = true;; first_frame = false) {
            double t0 = now_ms();
            draw(&b);
            double dt = now_ms() - t0;
            all[n_all++] = dt;
            if (first_frame) first[n_first++] = dt;
            else later[n_later++] = dt;
            if (!screen_animating(&kiosk.screen)) break;
            kiosk_event(&kiosk, (sm_event_t){SM_EV_TICK, FRAME_MS});
        }
    }
    printf("# %zu fades, %zu frames at %ux%u\n", n_first, n_all, w, h);
    printf("fade_frames %zu\n", n_all);
    printf("fade_p50 %.2f\nfade_p99 %.2f\nfade_max %.2f\n",
           percentile(all, n_all, 50), percentile(all, n_all, 99),
           percentile(all, n_all, 100));
    printf("fade_mix_p50 %.2f\nfade_mix_p99 %.2f\n", percentile(later, n_later, 50),
           percentile(later, n_later, 99));
    printf("fade_first_p50 %.2f\nfade_first_max %.2f\n",
           percentile(first, n_first, 50), percentile(first, n_first, 100));
    board_close(&b);
    return 0;
}

/* ------------------------------------------------------------- sizes */

static int bench_sizes(void)
{
    printf("sizeof_content_t %zu\n", sizeof(content_t));
    printf("sizeof_deck_t %zu\n", sizeof(deck_t));
    printf("sizeof_screen_t %zu\n", sizeof(screen_t));
    printf("sizeof_kiosk_t %zu\n", sizeof(kiosk_t));
    /* What a fleet's view adds: the counters inside kiosk_t, the loops'
     * own state, and the static text buffers its files are written from
     * (fleet.c, analytics.c: touched only when those files are on). */
    printf("sizeof_fleet_tables %zu\n", sizeof(metrics_counts_t) + sizeof(metrics_power_t) +
                                            sizeof(usage_t) + sizeof(fleet_t) + sizeof(power_t));
    printf("fleet_buffers %d\n", METRICS_TEXT_MAX + 2 * USAGE_CSV_MAX);
    return 0;
}

/* -------------------------------------------------------------- boot */

/* Runs cmd and returns the ms from just before exec to the moment `png`
 * is closed after writing (inotify IN_CLOSE_WRITE on its directory), or a
 * negative number on failure. The PNG is removed first so that only this
 * run's counts. */
static double time_to_png(char **cmd, const char *png)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", png);
    char *slash = strrchr(dir, '/');
    const char *name = slash ? slash + 1 : png;
    if (slash) *slash = '\0';
    else snprintf(dir, sizeof dir, ".");
    unlink(png);
    int fd = inotify_init1(IN_CLOEXEC);
    if (fd < 0 || inotify_add_watch(fd, dir, IN_CLOSE_WRITE) < 0) return -1;
    double t0 = now_ms(), t = -1;
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) dup2(null, 1), dup2(null, 2);
        execvp(cmd[0], cmd);
        _exit(127);
    }
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    struct pollfd p = {fd, POLLIN, 0};
    while (t < 0 && poll(&p, 1, 10000) == 1) {
        ssize_t len = read(fd, buf, sizeof buf);
        for (char *e = buf; len > 0 && e < buf + len;) {
            struct inotify_event *ev = (struct inotify_event *)e;
            if (ev->len && strcmp(ev->name, name) == 0) t = now_ms() - t0;
            e += sizeof *ev + ev->len;
        }
    }
    int status;
    waitpid(pid, &status, 0);
    close(fd);
    return t;
}

static int bench_boot(int runs, const char *png, char **cmd)
{
    double v[256];
    if (runs > 256) runs = 256;
    for (int i = 0; i < runs; i++) {
        v[i] = time_to_png(cmd, png);
        if (v[i] < 0) {
            fprintf(stderr, "bench boot: %s was not written\n", png);
            return 1;
        }
    }
    printf("boot_runs %d\n", runs);
    printf("boot_min %.1f\n", percentile(v, (size_t)runs, 0));
    printf("boot_p50 %.1f\n", percentile(v, (size_t)runs, 50));
    printf("boot_max %.1f\n", percentile(v, (size_t)runs, 100));
    return 0;
}

/* speech_say and speech_stop as the main loop calls them: a 4 KB text
 * (longer than any slide's here) handed over, then stopped 50 ms later,
 * while the worker is busy synthesising it; each call timed. They hand over and return: the
 * synthesis is the worker's. */
static int bench_speech(int runs)
{
    static char text[4096];
    for (size_t n = 0; n + 64 < sizeof text;)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s",
                              "Mexico and North Korea established relations. ");
    char why[200];
    if (!speech_open(SPEECH_DEVICE, (speech_config_t){80, 160}, why, sizeof why)) {
        fprintf(stderr, "bench speech: %s\n", why);
        return 1;
    }
    double *say = calloc((size_t)runs, sizeof *say);
    double *stop = calloc((size_t)runs, sizeof *stop);
    if (!say || !stop) return 1;
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        speech_say(text, LANG_EN);
        double t1 = now_ms();
        nanosleep(&(struct timespec){0, 50000000}, NULL);
        double t2 = now_ms();
        speech_stop();
        stop[i] = now_ms() - t2;
        say[i] = t1 - t0;
    }
    speech_close();
    printf("speech_say_p50 %.3f\nspeech_say_max %.3f\n", percentile(say, (size_t)runs, 50),
           percentile(say, (size_t)runs, 100));
    printf("speech_stop_p50 %.3f\nspeech_stop_max %.3f\n",
           percentile(stop, (size_t)runs, 50), percentile(stop, (size_t)runs, 100));
    free(say);
    free(stop);
    return 0;
}

int main(int argc, char **argv)
{
    int w, h;
    if (argc == 5 && strcmp(argv[1], "slides") == 0 && parse_size(argv[2], &w, &h))
        return bench_slides(w, h, atoi(argv[3]) > 0 ? atoi(argv[3]) : 1, argv[4]);
    if (argc == 3 && strcmp(argv[1], "fade") == 0 && parse_size(argv[2], &w, &h))
        return bench_fade(w, h);
    if (argc == 2 && strcmp(argv[1], "sizes") == 0) return bench_sizes();
    if (argc == 3 && strcmp(argv[1], "speech") == 0)
        return bench_speech(atoi(argv[2]) > 0 ? atoi(argv[2]) : 1);
    if (argc >= 5 && strcmp(argv[1], "boot") == 0)
        return bench_boot(atoi(argv[2]) > 0 ? atoi(argv[2]) : 1, argv[3], argv + 4);
    fprintf(stderr, "usage: bench slides WxH REPS DIR | fade WxH | sizes | "
                    "boot RUNS PNG CMD...\n");
    return 2;
}
