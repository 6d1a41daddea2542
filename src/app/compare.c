/* compare.c - --compare DIR: which slides did a content edit change?
 *
 * A curator renders the show once (--shots DIR), edits the content, then
 * compares the new rendering with DIR. Each slide is compared as the golden
 * tests compare theirs (imgcmp, IMGCMP_TOLERANCE per channel), so a change
 * reported here is one a visitor could see, never a PNG encoder's whim.
 * Only diff pictures are written to DIR: the references are never touched.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/imgcmp.h"
#include "../platform/log.h"
#include "../platform/pngio.h"
#include "headless.h"

/* Enough for DIR plus "/slide-NNN.diff.png", with room to spare. */
#define COMPARE_PATH (LIMIT_SCRIPT_PATH + 32)

/* Stale references named one by one; beyond this they are only counted
 * (a directory with that many is a wrong DIR, not a shrunken deck). */
#define COMPARE_MAX_NAMED_EXTRAS 1000

typedef struct {
    const char *dir;
    uint8_t *actual, *diff; /* RGB of the frame and the diff picture */
    size_t bytes;           /* the size of each of the two buffers */
    uint32_t changed;       /* slides that differ, lack or misfit a reference */
    bool failed;            /* out of memory: stop the walk */
} compare_t;

static void slide_path(char *out, const char *dir, uint32_t number,
                       const char *suffix)
{
    snprintf(out, COMPARE_PATH, "%s/slide-%03u%s", dir, number, suffix);
}

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

/* ---------------------------------------------------- one slide, one line */

/* The diff picture of an earlier run must not outlive the difference it
 * showed, or a curator would look at a change that is gone. */
static void remove_stale_diff(const char *diff_path)
{
    if (remove(diff_path) != 0 && errno != ENOENT)
        log_warn("%s: cannot remove the old diff: %s", diff_path, strerror(errno));
}

/* What became of one slide. Every outcome but a match is a change; only
 * a difference whose picture was written leaves a diff in DIR. */
typedef enum { OUTCOME_MATCH, OUTCOME_DIFF_WRITTEN, OUTCOME_NO_DIFF } outcome_t;

/* Compares a loaded reference with the frame's RGB; prints the slide's line
 * and writes its diff when they differ. */
static outcome_t compare_pixels(compare_t *c, const pngio_image_t *ref,
                                uint32_t number, const char *diff_path)
{
    imgcmp_result_t r = imgcmp_compare(ref->rgb, c->actual, ref->w, ref->h,
                                       IMGCMP_TOLERANCE, c->diff);
    if (r.differing == 0) return OUTCOME_MATCH;
    /* Singular or plural: the line is read by a person, not a parser. */
    const char *what = r.differing == 1 ? "pixel differs" : "pixels differ";
    if (pngio_save_rgb(diff_path, ref->w, ref->h, c->diff)) {
        printf("slide-%03u.png: %llu %s (see %s)\n", number,
               (unsigned long long)r.differing, what, diff_path);
        return OUTCOME_DIFF_WRITTEN;
    }
    printf("slide-%03u.png: %llu %s (and %s could not be written)\n", number,
           (unsigned long long)r.differing, what, diff_path);
    return OUTCOME_NO_DIFF;
}

/* Loads the reference and says what keeps it from matching. A reference
 * that is simply not there is told apart before loading, so it is one
 * plain line and not also a libpng error in the log. */
static outcome_t check_reference(compare_t *c, const fb_t *frame,
                                 uint32_t number, const char *ref_path,
                                 const char *diff_path)
{
    struct stat st;
    if (stat(ref_path, &st) != 0) {
        printf("slide-%03u.png: missing\n", number);
        return OUTCOME_NO_DIFF;
    }
    pngio_image_t ref;
    if (!pngio_load(ref_path, &ref)) {
        printf("slide-%03u.png: missing (not a readable PNG)\n", number);
        return OUTCOME_NO_DIFF;
    }
    outcome_t o = OUTCOME_NO_DIFF;
    if (ref.w != frame->w || ref.h != frame->h)
        printf("slide-%03u.png: the reference is %dx%d, the slide is now "
               "%dx%d\n", number, ref.w, ref.h, frame->w, frame->h);
    else
        o = compare_pixels(c, &ref, number, diff_path);
    pngio_release(&ref);
    return o;
}

/* headless_each_slide's visit: one slide against its reference. */
static bool visit(kiosk_t *k, const fb_t *frame, uint32_t index, void *ctx)
{
    (void)k;
    compare_t *c = ctx;
    if (!ensure_buffers(c, frame->w, frame->h)) {
        c->failed = true;
        return false;
    }
    frame_rgb(frame, c->actual);
    char ref_path[COMPARE_PATH], diff_path[COMPARE_PATH];
    slide_path(ref_path, c->dir, index + 1, ".png");
    slide_path(diff_path, c->dir, index + 1, ".diff.png");
    outcome_t o = check_reference(c, frame, index + 1, ref_path, diff_path);
    /* Only a difference just found keeps a diff picture: a slide that
     * matches, or whose reference is missing or misfits, has none to
     * show, and one left from an earlier run would point at a change
     * that is not there. */
    if (o != OUTCOME_DIFF_WRITTEN) remove_stale_diff(diff_path);
    if (o != OUTCOME_MATCH) c->changed++;
    return true;
}

/* ------------------------------------------- references past the deck */

/* The slide number of a name "slide-NNN" + suffix, written exactly as
 * --shots writes it (at least three digits, no sign); 0 if it is not one.
 * Only such names are ours: a curator's notes.png is none of our business. */
static uint32_t slide_number(const char *name, const char *suffix)
{
    if (strncmp(name, "slide-", 6) != 0) return 0;
    const char *p = name + 6;
    size_t digits = strspn(p, "0123456789");
    if (digits < 3 || digits > 9 || strcmp(p + digits, suffix) != 0) return 0;
    uint32_t n = (uint32_t)strtoul(p, NULL, 10);
    char canonical[32];
    snprintf(canonical, sizeof canonical, "slide-%03u%s", n, suffix);
    return strcmp(canonical, name) == 0 ? n : 0;
}

static int by_number(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Reference numbers beyond the deck, sorted; returns how many there are
 * (more than fit in `found` when the count exceeds `cap`). Diff pictures
 * of slides that no longer exist are removed on the way, like any stale
 * diff. */
static uint32_t find_extras(DIR *d, const char *dir, uint32_t count,
                            uint32_t *found, uint32_t cap)
{
    uint32_t n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        uint32_t ref = slide_number(e->d_name, ".png");
        uint32_t diff = slide_number(e->d_name, ".diff.png");
        if (ref > count && n++ < cap) found[n - 1] = ref;
        if (diff > count) {
            char path[COMPARE_PATH];
            slide_path(path, dir, diff, ".diff.png");
            remove_stale_diff(path);
        }
    }
    /* readdir's order is the file system's; a report is read in order. */
    qsort(found, n < cap ? n : cap, sizeof *found, by_number);
    return n;
}

/* Reports every reference with no slide to compare it with: after a
 * content edit removed a slide, its old picture would otherwise pass
 * unnoticed. Returns how many. */
static uint32_t report_extras(const char *dir, uint32_t count)
{
    static uint32_t found[COMPARE_MAX_NAMED_EXTRAS];
    DIR *d = opendir(dir);
    if (!d) return 0; /* the caller has checked it opens */
    uint32_t n = find_extras(d, dir, count, found, COMPARE_MAX_NAMED_EXTRAS);
    closedir(d);
    for (uint32_t i = 0; i < n && i < COMPARE_MAX_NAMED_EXTRAS; i++)
        printf("slide-%03u.png: no such slide any more\n", found[i]);
    if (n > COMPARE_MAX_NAMED_EXTRAS)
        printf("... and %u more references with no such slide\n",
               n - COMPARE_MAX_NAMED_EXTRAS);
    return n;
}

/* ------------------------------------------------------------- the run */

/* A DIR that cannot be read is one error, not a "missing" per slide. */
static bool dir_readable(const char *dir)
{
    if (strlen(dir) >= LIMIT_SCRIPT_PATH) {
        fprintf(stderr, "%s: path too long\n", dir);
        return false;
    }
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "%s: cannot open: %s\n", dir, strerror(errno));
        return false;
    }
    closedir(d);
    return true;
}

static void print_summary(uint32_t changed, uint32_t count, uint32_t extras)
{
    if (changed == 0 && extras == 0) {
        printf("all %u slides match\n", count);
        return;
    }
    printf("%u of %u slides changed", changed, count);
    if (extras)
        printf(", and %u %s no slide any more", extras,
               extras == 1 ? "reference has" : "references have");
    printf("\n");
}

int run_compare(kiosk_t *k, board_t *b, const char *dir)
{
    if (!dir_readable(dir)) return 1;
    compare_t c = {.dir = dir};
    headless_each_slide(k, b, visit, &c);
    free(c.actual);
    free(c.diff);
    if (c.failed) return 1;
    uint32_t extras = report_extras(dir, k->deck.count);
    print_summary(c.changed, k->deck.count, extras);
    return c.changed == 0 && extras == 0 ? 0 : 1;
}
