/* cli.c - the command line; see cli.h and `kiosk --help`. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

/* The largest panel side we accept: twice 8K, far past any real panel. */
#define CLI_MAX_SIDE 16384

void cli_print_help(void)
{
    puts("Usage: kiosk [options]\n"
         "A museum kiosk: a fullscreen slideshow on Mexico - North Korea "
         "relations.\n"
         "\n"
         "  --windowed             a window instead of fullscreen "
         "(Escape quits)\n"
         "  --size WxH             resolution (default: the desktop's "
         "fullscreen,\n"
         "                         1280x720 windowed, 1920x1080 headless)\n"
         "  --content FILE         content from FILE instead of the built-in "
         "content\n"
         "  --check-content FILE   validate FILE, print every error as "
         "FILE:LINE: message,\n"
         "                         exit 0 if valid, 1 if not\n"
         "  --headless             no window, no display: render offscreen "
         "with a simulated\n"
         "                         clock (needs --shots or --script)\n"
         "  --shots DIR            with --headless: write every slide as "
         "DIR/slide-001.png...\n"
         "  --script FILE          with --headless: run a script of events "
         "(see README.md)\n"
         "  --lang es|en           the language of the show (default es); L "
         "switches it\n"
         "  --list                 print the slides: number, kind, title "
         "(in --lang)\n"
         "  --version, --help\n"
         "\n"
         "Keys: Right next, Left previous, Home first, End last, Space "
         "pause/resume,\n"
         "L Spanish/English.\n"
         "Exit status: 0 success, 1 runtime or content error, 2 bad usage.");
}

static bool parse_size(const char *s, int *w, int *h)
{
    char x;
    char tail;
    if (sscanf(s, "%d%c%d%c", w, &x, h, &tail) != 3 || (x != 'x' && x != 'X'))
        return false;
    return *w > 0 && *h > 0 && *w <= CLI_MAX_SIDE && *h <= CLI_MAX_SIDE;
}

/* Options that take a value; returns the slot to store it in. */
static const char **value_slot(cli_t *c, const char *opt)
{
    if (strcmp(opt, "--content") == 0) return &c->content_path;
    if (strcmp(opt, "--check-content") == 0) return &c->check_path;
    if (strcmp(opt, "--shots") == 0) return &c->shots_dir;
    if (strcmp(opt, "--script") == 0) return &c->script_path;
    return NULL;
}

static bool check_combination(cli_t *c, bool headless, char *err, int cap)
{
    if ((c->shots_dir || c->script_path) && !headless) {
        snprintf(err, (size_t)cap, "--shots and --script need --headless");
        return false;
    }
    if (c->shots_dir && c->script_path) {
        snprintf(err, (size_t)cap, "--shots and --script cannot be combined");
        return false;
    }
    if (headless && !c->shots_dir && !c->script_path &&
        c->mode == MODE_KIOSK) {
        snprintf(err, (size_t)cap, "--headless needs --shots DIR or --script FILE");
        return false;
    }
    if (headless && c->windowed) {
        snprintf(err, (size_t)cap, "--headless and --windowed cannot be combined");
        return false;
    }
    if (c->check_path && c->mode == MODE_KIOSK) c->mode = MODE_CHECK_CONTENT;
    if (headless && c->mode == MODE_KIOSK) c->mode = MODE_HEADLESS;
    return true;
}

bool cli_parse(int argc, char **argv, cli_t *c, char *err, int cap)
{
    memset(c, 0, sizeof *c);
    c->lang = LANG_DEFAULT;
    bool headless = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = value_slot(c, a);
        if (slot || strcmp(a, "--size") == 0 || strcmp(a, "--lang") == 0) {
            if (i + 1 >= argc) {
                snprintf(err, (size_t)cap, "%s needs a value", a);
                return false;
            }
            const char *v = argv[++i];
            if (slot) *slot = v;
            else if (strcmp(a, "--lang") == 0) {
                if (!lang_parse(v, &c->lang)) {
                    snprintf(err, (size_t)cap, "--lang wants es or en, not '%s'", v);
                    return false;
                }
            }
            else if (!parse_size(v, &c->width, &c->height)) {
                snprintf(err, (size_t)cap, "--size wants WxH, like 1920x1080, not '%s'", v);
                return false;
            }
        } else if (strcmp(a, "--windowed") == 0) c->windowed = true;
        else if (strcmp(a, "--headless") == 0) headless = true;
        else if (strcmp(a, "--list") == 0) c->mode = MODE_LIST;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) c->mode = MODE_HELP;
        else if (strcmp(a, "--version") == 0) c->mode = MODE_VERSION;
        else {
            snprintf(err, (size_t)cap, "unknown option '%s'", a);
            return false;
        }
    }
    if (c->mode == MODE_HELP || c->mode == MODE_VERSION) return true;
    return check_combination(c, headless, err, cap);
}
