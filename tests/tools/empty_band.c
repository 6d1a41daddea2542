/* empty_band.c - the tallest run of empty rows in each picture.
 *
 *   empty-band N/D FILE.png...
 *
 * A row is empty when every pixel in it is the background, the colour of
 * the top-left pixel (the margin is always background), within
 * IMGCMP_TOLERANCE per channel. Prints for each file the tallest run of
 * empty rows, where it lies and its share of the height; exit 1 when any
 * run is taller than N/D of its picture's height (or a file cannot
 * be read), 0 otherwise. A portrait slide that leaves most of the panel
 * blank fails it (tests/portrait.sh).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/imgcmp.h"
#include "platform/pngio.h"

typedef struct {
    int start, rows; /* the run's first row and its length */
} band_t;

static bool same_colour(const uint8_t *a, const uint8_t *b)
{
    for (int c = 0; c < 3; c++)
        if (abs((int)a[c] - (int)b[c]) > IMGCMP_TOLERANCE) return false;
    return true;
}

static bool row_empty(const pngio_image_t *img, int y, const uint8_t *bg)
{
    const uint8_t *row = img->rgb + (size_t)y * (size_t)img->w * 3;
    for (int x = 0; x < img->w; x++)
        if (!same_colour(row + (size_t)x * 3, bg)) return false;
    return true;
}

static band_t tallest_empty_band(const pngio_image_t *img)
{
    band_t best = {0, 0}, run = {0, 0};
    for (int y = 0; y < img->h; y++) {
        if (!row_empty(img, y, img->rgb)) {
            run.rows = 0;
            continue;
        }
        if (run.rows == 0) run.start = y;
        run.rows++;
        if (run.rows > best.rows) best = run;
    }
    return best;
}

int main(int argc, char **argv)
{
    long num, den;
    if (argc < 3 || sscanf(argv[1], "%ld/%ld", &num, &den) != 2 || den <= 0) {
        fprintf(stderr, "usage: empty-band N/D FILE.png...\n");
        return 2;
    }
    int rc = 0;
    for (int i = 2; i < argc; i++) {
        pngio_image_t img;
        if (!pngio_load(argv[i], &img)) {
            fprintf(stderr, "%s: cannot read it\n", argv[i]);
            rc = 1;
            continue;
        }
        band_t b = tallest_empty_band(&img);
        bool too_tall = (long)b.rows * den > num * img.h;
        printf("%s: %s tallest empty band %d rows (%d to %d), %.1f%% of %d\n",
               argv[i], too_tall ? "FAIL" : "ok", b.rows, b.start,
               b.start + b.rows - 1, 100.0 * b.rows / img.h, img.h);
        if (too_tall) rc = 1;
        pngio_release(&img);
    }
    return rc;
}
