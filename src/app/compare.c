/* compare.c - --compare DIR [--report OUT]: what did a content edit change?
 *
 * A curator renders the show once (--shots DIR: the pictures and
 * DIR/slides.tsv, manifest.h), edits the content, then compares. Slides
 * are matched by id, not by number: an event added at the start moves
 * every later slide's number, and would otherwise make every slide look
 * changed. A slide is drawn with its reference's counter ("5 / 25") for
 * the comparison: the counter is not content. Nor is an event slide's
 * timeline, which marks every event of the show: one event added would
 * change them all, so it is left out of the comparison (the slide's own
 * date stays in it, as its heading). Each pair is compared as
 * the golden tests compare theirs (imgcmp, IMGCMP_TOLERANCE per channel),
 * so a change reported here is one a visitor could see.
 *
 * One line per slide, "same|changed|added|removed ID title"; with
 * --report OUT, the old and new pictures and the differences go to OUT
 * with OUT/index.html to look at them (compare_html.h). DIR is only read.
 */
/* realpath() (to tell OUT from DIR) is XSI, beyond the build's POSIX. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/imgcmp.h"
#include "../core/rotate.h"
#include "../platform/log.h"
#include "../platform/pngio.h"
#include "compare_html.h"
#include "headless.h"
#include "manifest.h"

/* Enough for DIR or OUT plus "/slide-NNN.png" or "/ID.diff.png". */
#define COMPARE_PATH (LIMIT_SCRIPT_PATH + LIMIT_ID + 32)

typedef enum { SAME, CHANGED, ADDED, REMOVED, OUTCOMES } outcome_t;
static const char *const outcome_word[OUTCOMES] = {"same", "changed",
                                                   "added", "removed"};

typedef struct {
    const char *dir, *out;  /* the references; the report's directory */
    board_t *board;
    manifest_t old;         /* the references' slides */
    bool matched[LIMIT_SLIDES]; /* old slides a new one took */
    uint8_t *actual, *diff; /* RGB of the frame and the diff picture */
    size_t bytes;           /* the size of each of the two buffers */
    uint32_t counts[OUTCOMES];
    compare_html_t html;
    bool failed;            /* out of memory or a report file: stop */
} compare_t;

/* ----------------------------------------------------- the frame's RGB */

/* Packs the XRGB8888 frame into RGB bytes, the layout imgcmp and the
 * loaded references share. The top byte is dropped: a shot is written
 * without it, so the reference never had it either. */
static void frame_rgb(const fb_t *frame, uint8_t *rgb)
{
    for (int y = 0; y < frame->h; y++) {
        const uint32_t *px = fb_row(frame, y);
        for (int x = 0; x < frame->w; x++, rgb += 3) {
            rgb[0] = (uint8_t)(px[x] >> 16);
            rgb[1] = (uint8_t)(px[x] >> 8);
            rgb[2] = (uint8_t)px[x];
        }
    }
}

/* Buffers sized by the first frame, not the board: a rotated panel's frame
 * is the board's size turned. Kept for the whole walk, as every frame of a
 * run has the same size. */
static bool ensure_buffers(compare_t *c, int w, int h)
{
    size_t bytes = (size_t)w * (size_t)h * 3;
    if (bytes == c->bytes) return true;
    free(c->actual);
    free(c->diff);
    c->actual = malloc(bytes);
    c->diff = malloc(bytes);
    c->bytes = bytes;
    if (c->actual && c->diff) return true;
    log_error("out of memory for a %dx%d comparison", w, h);
    return false;
}

/* ------------------------------------------------------------- report */

/* OUT/ID.KIND.png */
static void report_path(char *path, const compare_t *c, const char *id,
                        const char *kind)
{
    snprintf(path, COMPARE_PATH, "%s/%s.%s.png", c->out, id, kind);
}

/* A diff picture of an earlier run must not outlive the difference it
 * showed, or a curator would look at a change that is gone. */
static void remove_stale(const compare_t *c, const char *id, const char *kind)
{
    char path[COMPARE_PATH];
    report_path(path, c, id, kind);
    if (remove(path) != 0 && errno != ENOENT)
        log_warn("%s: cannot remove the old picture: %s", path, strerror(errno));
}

static bool save_rgb(compare_t *c, const char *id, const char *kind,
                     const pngio_image_t *img, const uint8_t *rgb)
{
    char path[COMPARE_PATH];
    report_path(path, c, id, kind);
    return pngio_save_rgb(path, img->w, img->h, rgb);
}

static bool save_frame(compare_t *c, const char *id, const fb_t *frame)
{
    char path[COMPARE_PATH];
    report_path(path, c, id, "new");
    return pngio_save(frame, path);
}

/* The slide's line, and its row of the report with the pictures it has. */
static void tell(compare_t *c, outcome_t o, const char *id, const char *title,
                 bool has_old, bool has_new)
{
    printf("%s %s %s\n", outcome_word[o], id, title);
    c->counts[o]++;
    if (!c->out) return;
    if (o != CHANGED) remove_stale(c, id, "diff");
    if (!has_old) remove_stale(c, id, "old");
    if (!has_new) remove_stale(c, id, "new");
    compare_html_row(&c->html, outcome_word[o], id, title, has_old, has_new,
                     o == CHANGED && has_old && has_new);
}

/* ---------------------------------------------------- one slide, one line */

/* DIR/slide-NNN.png of old slide `j` (0-based); false, saying why on
 * stderr, when it is missing or not a PNG. */
static bool load_reference(const compare_t *c, uint32_t j, pngio_image_t *ref)
{
    char path[COMPARE_PATH];
    snprintf(path, sizeof path, "%s/slide-%03u.png", c->dir, j + 1);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: missing: %s\n", path, strerror(errno));
        return false;
    }
    fclose(f);
    if (pngio_load(path, ref)) return true;
    fprintf(stderr, "%s: not a readable PNG\n", path);
    return false;
}

/* The frame again, drawn with old slide j's counter. */
static const fb_t *redraw_with_counter(compare_t *c, kiosk_t *k, uint32_t j)
{
    k->screen.counter_number = j + 1;
    k->screen.counter_total = c->old.count;
    screen_invalidate(&k->screen);
    const fb_t *frame = headless_frame(k, c->board);
    k->screen.counter_number = k->screen.counter_total = 0;
    return frame;
}

/* Where the frame's pixels are not the slide's own content: an event
 * slide's timeline strip, on the panel as the frame has it (turned with
 * --rotate). Empty when there is none. */
static fb_rect_t context_box(const kiosk_t *k, const board_t *b)
{
    view_rect_t strip = k->screen.view.timeline.strip;
    if (strip.w <= 0 || strip.h <= 0) return (fb_rect_t){0, 0, 0, 0};
    return rotate_map_rect(strip, b->fb.w, b->fb.h, k->settings.rotate);
}

/* The reference's pixels copied into the new frame's in `box`, so that
 * they compare alike there (the report's new picture keeps its own). */
static void mask(uint8_t *actual, const pngio_image_t *ref, fb_rect_t box)
{
    for (int y = box.y; y < box.y + box.h && y < ref->h; y++) {
        if (y < 0 || box.x < 0 || box.x >= ref->w) continue;
        int w = box.x + box.w <= ref->w ? box.w : ref->w - box.x;
        size_t at = ((size_t)y * (size_t)ref->w + (size_t)box.x) * 3;
        memcpy(actual + at, ref->rgb + at, (size_t)w * 3);
    }
}

/* A slide with a reference: same or changed. */
static outcome_t compare_with(compare_t *c, const fb_t *frame, uint32_t j,
                              fb_rect_t context, const char *id, bool *has_old)
{
    pngio_image_t ref;
    *has_old = load_reference(c, j, &ref);
    if (!*has_old) return CHANGED;
    outcome_t o = CHANGED;
    if (ref.w != frame->w || ref.h != frame->h)
        fprintf(stderr, "%s/slide-%03u.png: the reference is %dx%d, the "
                        "slide is now %dx%d\n", c->dir, j + 1, ref.w, ref.h,
                frame->w, frame->h);
    else {
        mask(c->actual, &ref, context);
        if (imgcmp_compare(ref.rgb, c->actual, ref.w, ref.h, IMGCMP_TOLERANCE,
                           c->diff).differing == 0)
            o = SAME;
    }
    bool sizes_match = ref.w == frame->w && ref.h == frame->h;
    if (c->out && (!save_rgb(c, id, "old", &ref, ref.rgb) ||
                   (o == CHANGED && sizes_match &&
                    !save_rgb(c, id, "diff", &ref, c->diff))))
        c->failed = true;
    pngio_release(&ref);
    return o;
}

/* headless_each_slide's visit: one new slide, matched by id. */
static bool visit(kiosk_t *k, const fb_t *frame, uint32_t index, void *ctx)
{
    compare_t *c = ctx;
    char title[MANIFEST_TITLE + 1];
    const char *id = deck_slide_id(&k->deck, &k->content, index);
    deck_slide_title(&k->deck, &k->content, index, k->sm.lang, title,
                     sizeof title);
    uint32_t j = manifest_find(&c->old, id);
    if (j != UINT32_MAX) {
        c->matched[j] = true;
        frame = redraw_with_counter(c, k, j);
    }
    if (!ensure_buffers(c, frame->w, frame->h)) {
        c->failed = true;
        return false;
    }
    frame_rgb(frame, c->actual);
    bool has_old = false;
    outcome_t o = j == UINT32_MAX
                      ? ADDED
                      : compare_with(c, frame, j, context_box(k, c->board), id,
                                     &has_old);
    if (c->out && !save_frame(c, id, frame)) c->failed = true;
    tell(c, o, id, title, has_old, true);
    return !c->failed;
}

/* Every old slide no new one took. */
static void tell_removed(compare_t *c)
{
    for (uint32_t j = 0; j < c->old.count && !c->failed; j++) {
        if (c->matched[j]) continue;
        const manifest_entry_t *e = &c->old.entries[j];
        pngio_image_t ref;
        bool has_old = c->out && load_reference(c, j, &ref);
        if (has_old) {
            if (!save_rgb(c, e->id, "old", &ref, ref.rgb)) c->failed = true;
            pngio_release(&ref);
        }
        tell(c, REMOVED, e->id, e->title, has_old, false);
    }
}

/* ------------------------------------------------------------- the run */

/* The directory's real path, for telling OUT from DIR; false if none. */
static bool real_dir(const char *dir, char out[PATH_MAX])
{
    if (realpath(dir, out)) return true;
    fprintf(stderr, "%s: cannot open: %s\n", dir, strerror(errno));
    return false;
}

/* Where OUT would be, before it is made: the real path of its nearest
 * ancestor that exists, and the rest of it as written. */
static bool real_target(const char *out, char res[PATH_MAX])
{
    static char path[PATH_MAX];
    snprintf(path, sizeof path, "%s", out);
    size_t kept = strlen(path);
    while (!realpath(kept ? path : ".", res)) {
        char *slash = strrchr(path, '/');
        if (!slash) kept = 0;
        else if (slash == path) kept = 1; /* the root itself */
        else kept = (size_t)(slash - path);
        if (kept == 0 || kept == 1) break;
        path[kept] = '\0';
    }
    if (kept <= 1 && !realpath(kept ? "/" : ".", res)) return false;
    const char *rest = out + kept;
    if (*rest && *rest != '/') strncat(res, "/", PATH_MAX - strlen(res) - 1);
    strncat(res, rest, PATH_MAX - strlen(res) - 1);
    return true;
}

/* OUT is neither DIR nor inside it (the references stay as they were
 * taken); then OUT is made. */
static bool report_dir_ok(const char *dir, const char *out)
{
    static char d[PATH_MAX], o[PATH_MAX];
    if (strlen(out) >= LIMIT_SCRIPT_PATH) {
        fprintf(stderr, "%s: path too long\n", out);
        return false;
    }
    if (!real_dir(dir, d) || !real_target(out, o)) return false;
    size_t n = strlen(d);
    if (strncmp(o, d, n) == 0 && (o[n] == '\0' || o[n] == '/')) {
        fprintf(stderr, "%s: the report cannot go into the references' "
                        "directory %s\n", out, dir);
        return false;
    }
    return headless_make_dirs(out);
}

static void print_summary(const compare_t *c)
{
    printf("%u same, %u changed, %u added, %u removed\n", c->counts[SAME],
           c->counts[CHANGED], c->counts[ADDED], c->counts[REMOVED]);
    if (c->out) printf("report: %s/index.html\n", c->out);
}

static bool walk(compare_t *c, kiosk_t *k)
{
    if (c->out && !compare_html_open(&c->html, c->out, c->dir)) return false;
    headless_each_slide(k, c->board, visit, c);
    if (!c->failed) tell_removed(c);
    bool closed = !c->out || compare_html_close(&c->html);
    return !c->failed && closed;
}

int run_compare(kiosk_t *k, board_t *b, const char *dir, const char *out)
{
    /* Tens of KiB (the old slides' titles): static, not on the stack. */
    static compare_t c;
    memset(&c, 0, sizeof c);
    c.dir = dir;
    c.out = out;
    c.board = b;
    if (strlen(dir) >= LIMIT_SCRIPT_PATH) {
        fprintf(stderr, "%s: path too long\n", dir);
        return 1;
    }
    if (!manifest_read(dir, &c.old)) return 1;
    if (out && !report_dir_ok(dir, out)) return 1;
    bool ok = walk(&c, k);
    free(c.actual);
    free(c.diff);
    if (!ok) return 1;
    print_summary(&c);
    return c.counts[SAME] == k->deck.count && c.counts[REMOVED] == 0 ? 0 : 1;
}
