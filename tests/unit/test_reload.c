/* test_reload.c - hot reload on its own, with no kiosk around it: which
 * checks of the content file answer RELOAD_NEW_CONTENT, and which leave
 * the content on show (not due yet, the same bytes again, an invalid
 * version, something that is not a file). Real files in a temporary
 * folder; the second bank is read back to see what was loaded. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "app/reload.h"
#include "platform/fonts.h"

static char dir[] = "/tmp/test-reload-XXXXXX";
static char path[64];
static char original[300000]; /* data/content.ini as shipped */
static size_t original_size;

static void write_file(const char *bytes, size_t size)
{
    /* A new file renamed over the old one, as a publisher does. */
    char tmp[80];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, size, f), size);
    assert_int_equal(fclose(f), 0);
    assert_int_equal(rename(tmp, path), 0);
}

/* data/content.ini with its Spanish title replaced (same length or not). */
static void write_retitled(const char *title)
{
    static char edited[sizeof original + 256];
    const char *at = strstr(original, "title_es = ");
    assert_non_null(at);
    const char *eol = strchr(at, '\n');
    size_t head = (size_t)(at - original);
    int n = snprintf(edited, sizeof edited, "%.*stitle_es = %s%s", (int)head,
                     original, title, eol);
    assert_true(n > 0 && (size_t)n < sizeof edited);
    write_file(edited, (size_t)n);
}

static content_digest_t digest_of_file(void)
{
    static content_report_t report;
    content_text_t text;
    assert_true(content_source_read(path, &text, &report));
    return content_source_digest(text);
}

static int setup(void **state)
{
    (void)state;
    if (!fonts_init()) return -1;
    if (!mkdtemp(dir)) return -1;
    snprintf(path, sizeof path, "%s/content.ini", dir);
    FILE *f = fopen("data/content.ini", "rb");
    if (!f) return -1;
    original_size = fread(original, 1, sizeof original - 1, f);
    fclose(f);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    unlink(path);
    rmdir(dir);
    fonts_quit();
    return 0;
}

/* A reload_t watching the shipped content, on show since time 0. */
static reload_t start(void)
{
    write_file(original, original_size);
    reload_t r;
    reload_init(&r, path, 0, digest_of_file());
    return r;
}

static void no_file_never_reloads(void **state)
{
    (void)state;
    reload_t r;
    reload_init(&r, NULL, 0, (content_digest_t){0, 0});
    assert_int_equal(reload_poll(&r, 5000, false), RELOAD_NOTHING);
    assert_int_equal(reload_poll(&r, 5000, true), RELOAD_NOTHING);
}

/* Checked once a second of the kiosk's clock: at 999 ms a new version is
 * not looked at yet, at 1000 it is, and it is the new title. */
static void a_new_version_is_found_when_due(void **state)
{
    (void)state;
    reload_t r = start();
    write_retitled("Nuevo título");
    assert_int_equal(reload_poll(&r, 999, false), RELOAD_NOTHING);
    assert_int_equal(reload_poll(&r, 1000, false), RELOAD_NEW_CONTENT);
    assert_string_equal(reload_bank()->show.title[LANG_ES], "Nuevo título");
    /* Taken as on show: the next check finds nothing new. */
    assert_int_equal(reload_poll(&r, 2000, false), RELOAD_NOTHING);
}

/* SIGHUP: at once, before the second is up. */
static void force_checks_at_once(void **state)
{
    (void)state;
    reload_t r = start();
    write_retitled("Otro");
    assert_int_equal(reload_poll(&r, 1, true), RELOAD_NEW_CONTENT);
    assert_string_equal(reload_bank()->show.title[LANG_ES], "Otro");
}

/* The same bytes published again (a new inode, a new time) and a SIGHUP
 * for nothing: no new content, so the slide's time runs on. */
static void the_same_bytes_are_nothing_new(void **state)
{
    (void)state;
    reload_t r = start();
    write_file(original, original_size);
    assert_int_equal(reload_poll(&r, 1000, false), RELOAD_NOTHING);
    assert_int_equal(reload_poll(&r, 1001, true), RELOAD_NOTHING);
    assert_int_equal(r.refused, 0); /* nothing new is nothing refused */
}

/* A broken version keeps the content on show; the fixed one after it is
 * taken. */
static void an_invalid_version_is_refused(void **state)
{
    (void)state;
    reload_t r = start();
    write_file("[show]\ntitle_es = roto\n", 23);
    assert_int_equal(reload_poll(&r, 1000, false), RELOAD_NOTHING);
    assert_int_equal(r.refused, 1); /* the metrics' refused reloads */
    write_retitled("Arreglado");
    assert_int_equal(reload_poll(&r, 2000, false), RELOAD_NEW_CONTENT);
    assert_int_equal(r.refused, 1);
    assert_string_equal(reload_bank()->show.title[LANG_ES], "Arreglado");
}

/* Bytes written to stderr (where the log goes) while the poll at `now`
 * runs: stderr is sent to a file for it. */
static long logged_by_poll(reload_t *r, uint64_t now)
{
    char log_path[80];
    snprintf(log_path, sizeof log_path, "%s/log", dir);
    fflush(stderr);
    int saved = dup(2);
    FILE *f = fopen(log_path, "w+");
    assert_true(saved >= 0 && f != NULL);
    assert_true(dup2(fileno(f), 2) >= 0);
    assert_int_equal(reload_poll(r, now, false), RELOAD_NOTHING);
    fflush(stderr);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long bytes = ftell(f);
    assert_true(dup2(saved, 2) >= 0);
    close(saved);
    fclose(f);
    unlink(log_path);
    return bytes;
}

/* A broken version is logged when it is found, and not again at the
 * checks after it while it stays as it is: each bad version once, not
 * once a second (whatever the log's wording). */
static void an_invalid_version_is_logged_once(void **state)
{
    (void)state;
    reload_t r = start();
    write_file("[show]\ntitle_es = roto\n", 23);
    assert_true(logged_by_poll(&r, 1000) > 0);
    assert_int_equal(logged_by_poll(&r, 2000), 0);
    assert_int_equal(logged_by_poll(&r, 3000), 0);
}

/* A FIFO in the file's place: refused at once, never waited on (alarm:
 * a hang is a failure, not a stuck suite). */
static void a_fifo_is_refused_without_blocking(void **state)
{
    (void)state;
    reload_t r = start();
    assert_int_equal(unlink(path), 0);
    assert_int_equal(mkfifo(path, 0600), 0);
    alarm(5);
    assert_int_equal(reload_poll(&r, 1000, false), RELOAD_NOTHING);
    assert_int_equal(reload_poll(&r, 1001, true), RELOAD_NOTHING);
    alarm(0);
    assert_int_equal(r.refused, 2); /* each look at it, the forced one too */
    assert_int_equal(unlink(path), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_file_never_reloads),
        cmocka_unit_test(a_new_version_is_found_when_due),
        cmocka_unit_test(force_checks_at_once),
        cmocka_unit_test(the_same_bytes_are_nothing_new),
        cmocka_unit_test(an_invalid_version_is_refused),
        cmocka_unit_test(an_invalid_version_is_logged_once),
        cmocka_unit_test(a_fifo_is_refused_without_blocking),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
