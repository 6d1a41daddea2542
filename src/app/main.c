/* main.c - the kiosk's entry point: parse the command line, pick a mode.
 *
 * Data flows one way: content (data/, built in, or --content FILE) ->
 * loader -> content table -> deck -> state machine -> view -> canvas ->
 * board (a fullscreen window, or a RAM framebuffer saved as PNG).
 */
#include <signal.h>
#include <stdio.h>

#include "../core/deck.h"
#include "../platform/log.h"
#include "../platform/platform.h"
#include "cli.h"
#include "content_source.h"
#include "fit_check.h"
#include "kiosk.h"
#include "report.h"
#include "layout_report.h"
#include "run.h"
#include "settings_source.h"

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "dev"
#endif

/* All of the kiosk's state, in static storage like firmware's RAM. */
static kiosk_t kiosk;

/* --check-content FILE [--strict]: every error and warning at once, on
 * stderr: the loader's, then the fit of every text on every supported
 * panel (fit_check.h: a text under its minimum size is an error, one that
 * shrinks to fit a warning). Exit 0 when the file would show (warnings or
 * not), 1 when not. --strict holds a file to no warnings either, for a
 * museum that wants none published. */
static int check_content(const char *path, bool strict)
{
    static content_t content;
    static content_report_t report;
    content_text_t text;
    bool valid = content_source_read(path, &text, &report) &&
                 content_source_parse(text, &content, &report);
    content_source_print(stderr, path, &report);
    if (!valid) return 1;
    deck_t deck;
    deck_build(&content, &deck);
    fit_check_result_t fit = fit_check(path, text, &content, &deck, stderr);
    if (fit.errors) {
        fprintf(stderr, "%s: %u texts do not fit at their minimum size\n",
                path, fit.errors);
        return 1;
    }
    uint32_t warnings = report.warnings + fit.warnings;
    const char *s = warnings == 1 ? "" : "s";
    if (strict && warnings) {
        fprintf(stderr, "%s: %u warning%s, and --strict counts them as "
                        "errors\n", path, warnings, s);
        return 1;
    }
    if (warnings)
        printf("%s: valid, %u slides, %u warning%s\n", path, deck.count,
               warnings, s);
    else printf("%s: valid, %u slides\n", path, deck.count);
    return 0;
}

static int list_slides(const kiosk_t *k)
{
    char title[512];
    for (uint32_t i = 0; i < k->deck.count; i++) {
        deck_slide_title(&k->deck, &k->content, i, k->sm.lang, title,
                         sizeof title);
        const slide_t *s = &k->deck.slides[i];
        /* Its time in attract mode, in the language listed: the reading
         * time depends on it. */
        printf("%3u  %-10s  %4u s  %s\n", i + 1, deck_kind_name(s->kind),
               s->duration_ms[k->sm.lang] / 1000u, title);
    }
    return 0;
}

/* Every mode but help and version: content is checked against the
 * fonts, so they start first. */
static int run_mode(const cli_t *cli)
{
    if (cli->mode == MODE_CHECK_CONTENT) return check_content(cli->check_path, cli->strict);
    if (cli->mode == MODE_FORMAT_CONTENT) return format_content(cli->format_path);
    if (cli->mode == MODE_CHECK_CONFIG) return settings_source_check(cli->check_config);
    static settings_t settings;
    settings_source_load(cli, &settings);
    log_set_level((log_level_t)settings.log_level);
    if (!kiosk_start(&kiosk, &settings)) return 1;
    switch (cli->mode) {
    case MODE_LIST: return list_slides(&kiosk);
    case MODE_LAYOUT_REPORT: return layout_report(&kiosk, cli);
    case MODE_HEADLESS: return run_headless(&kiosk, cli);
    case MODE_REPORT: {
        report_args_t args = {cli->report_dir, cli->report_from, cli->report_to,
                              cli->report_chart};
        return report_run(&kiosk, &args);
    }
    default: return run_live(&kiosk, cli);
    }
}

int main(int argc, char **argv)
{
    /* A reader gone away (journald's stream socket on its restart, a pipe
     * the log or --list goes to, a notify socket) must not kill the kiosk
     * on its next write: with SIGPIPE ignored the write fails with EPIPE
     * and the kiosk goes on. */
    signal(SIGPIPE, SIG_IGN);
    cli_t cli;
    char err[256];
    if (!cli_parse(argc, argv, &cli, err, sizeof err)) {
        fprintf(stderr, "kiosk: %s\nTry 'kiosk --help'.\n", err);
        return 2;
    }
    if (cli.mode == MODE_HELP) {
        cli_print_help();
        return 0;
    }
    if (cli.mode == MODE_VERSION) {
        printf("kiosk %s\n", KIOSK_VERSION);
        return 0;
    }
    if (!platform_init()) return 1;
    int rc = run_mode(&cli);
    platform_quit();
    return rc;
}
