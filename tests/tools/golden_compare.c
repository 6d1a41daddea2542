/* golden_compare.c - compares rendered PNGs with their references.
 *
 *   golden-compare REFERENCE ACTUAL DIFF
 *
 * Exit 0 when they match within IMGCMP_TOLERANCE per channel. Exit 1 when
 * the reference is missing (references are made only by
 * `make update-golden`), unreadable, of another size, or different; a
 * difference also writes DIFF, the reference dimmed with every differing
 * pixel in magenta.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core/imgcmp.h"
#include "platform/pngio.h"

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: golden-compare REFERENCE ACTUAL DIFF\n");
        return 2;
    }
    const char *ref_path = argv[1], *act_path = argv[2], *diff_path = argv[3];
    pngio_image_t ref, act;
    if (!pngio_load(ref_path, &ref)) {
        fprintf(stderr, "%s: missing or unreadable reference (make update-golden makes it)\n", ref_path);
        return 1;
    }
    if (!pngio_load(act_path, &act)) {
        pngio_release(&ref);
        return 1;
    }
    int rc = 0;
    if (ref.w != act.w || ref.h != act.h) {
        fprintf(stderr, "%s: %dx%d, but the reference is %dx%d\n", act_path,
                act.w, act.h, ref.w, ref.h);
        rc = 1;
    } else {
        uint8_t *diff = malloc((size_t)ref.w * (size_t)ref.h * 3);
        imgcmp_result_t r = imgcmp_compare(ref.rgb, act.rgb, ref.w, ref.h,
                                           IMGCMP_TOLERANCE, diff);
        if (r.differing) {
            fprintf(stderr, "%s: %llu pixels differ from %s (first at %d,%d; "
                    "largest channel difference %d); see %s\n", act_path,
                    (unsigned long long)r.differing, ref_path, r.first_x,
                    r.first_y, r.max_delta, diff_path);
            if (diff) pngio_save_rgb(diff_path, ref.w, ref.h, diff);
            rc = 1;
        }
        free(diff);
    }
    pngio_release(&ref);
    pngio_release(&act);
    return rc;
}
